// The computing-power panel: announced AI peaks as bars from zero, each row tagged with its year and its
// precision (the bars are not like-for-like). Lingjun is drawn as what it is, Zhangbei and Ulanqab side by
// side in one bar; Tesla's H100 cluster, quoted at INT8, is set apart below a rule. Folded, the bars wait
// at zero width, so opening the panel grows them. Tesla's two rows are machines the cluster panel also
// draws: while that panel is folded they take its marks and names, so a dot becomes a bar. Pure.
import { scaleLinear, type ScaleLinear } from "d3-scale";
import { formatFigure, formatNumber } from "@/lib/data/format";
import { isUnitId, type UnitId } from "@/lib/data/units";
import { fill } from "@/lib/fill";
import { line, rect, text, type Mark } from "@/lib/charts/scene";
import { ticksOf, xAxis } from "@/lib/charts/axes";
import { measure, wrap } from "@/lib/charts/text";
import {
  ALIBABA_KEYS,
  computeRows,
  machineOf,
  rowItem,
  rowPrecision,
  rowValue,
  sharedMachines,
  type ComputeRow,
} from "@/components/charts/compute-scale/items";
import { computeTag, headHeight, headingMark, lh, offIf, type Box, type Ctx } from "@/components/charts/compute-scale/scales";
import { sharedOwner } from "@/components/charts/compute-scale/steps";
import { tipFor } from "@/components/charts/compute-scale/tips";

type RowGeom = { nameY: number; tagY: number; barY: number; bar: number; min: number; partsH: number };

function rowGeom(c: Ctx, dense: boolean): RowGeom {
  const { T, stacked } = c.m;
  const nameY = Math.round(4 + T.label * 0.9);
  const partsH = Math.round(lh(T.note) + 3);
  if (stacked) {
    const bar = Math.round(T.label * (dense ? 0.9 : 1.3));
    // Name left and tag right on one line; the tag under the name where some row's pair will not fit.
    const tagY = tagsFitBeside(c) ? nameY : nameY + lh(T.note);
    const barY = tagY + 6;
    return { nameY, tagY, barY, bar, min: barY + bar + (dense ? 7 : 12), partsH };
  }
  const tagY = nameY + lh(T.note);
  const bar = Math.round(T.label * (dense ? 1.05 : 1.7));
  const textTop = nameY - T.label * 0.72;
  const textBottom = tagY + T.note * 0.25;
  const barY = Math.round((textTop + textBottom) / 2 - bar / 2);
  return { nameY, tagY, barY, bar, min: Math.round(Math.max(textBottom, barY + bar) + (dense ? 5 : 16)), partsH };
}

/** Whether every row's name and tag fit side by side on one line of a phone frame, with a gap between. */
function tagsFitBeside(c: Ctx): boolean {
  const { T } = c.m;
  return computeRows(c.input.compute).every((row) => {
    const it = rowItem(row);
    const tag = computeTag(it.year, rowPrecision(row), it.key, c.copy);
    return measure(it.name, T.label, ALIBABA_KEYS.has(it.key) ? 600 : 400) + T.label + measure(tag, T.note) <= c.m.x1;
  });
}

const axisHeight = (c: Ctx) => (c.m.stacked ? 2 * (c.m.T.tick + 5) + 4 : c.m.T.tick + 10);

function separatorLines(c: Ctx) {
  return wrap(c.copy.labels.separate, c.m.width - 4, c.m.T.note);
}
const separatorHeight = (c: Ctx) => separatorLines(c).length * lh(c.m.T.note) + 7;

const rowBase = (r: RowGeom, row: ComputeRow) => r.min + (row.kind === "stack" ? r.partsH : 0);

/** The smallest height the panel needs, packed tight or loose. */
export function computeHeight(c: Ctx, dense: boolean): number {
  const rows = computeRows(c.input.compute);
  if (!rows.length) return 0;
  const r = rowGeom(c, dense);
  const sep = rows.some((x) => x.kind === "bar" && x.separate) ? separatorHeight(c) : 0;
  return headHeight(c, c.copy.labels.computeHeading) + rows.reduce((sum, row) => sum + rowBase(r, row), 0) + sep + axisHeight(c);
}

/** The bars' axis: from zero to the largest row, leaving room for its value label. */
export function computeScale(c: Ctx): ScaleLinear<number, number> {
  const rows = computeRows(c.input.compute);
  const widest = Math.max(...rows.map(rowValue));
  const labelW = measure(formatFigure(widest, "eflops", c.locale), c.m.T.label, 600);
  const x0 = c.m.stacked ? 0 : c.m.x0;
  return scaleLinear()
    .domain([0, widest])
    .range([x0, c.m.x1 - labelW - 8])
    .nice();
}

export function computePanel(c: Ctx, box: Box): Mark[] {
  const { m, plan, copy, locale } = c;
  const { T } = m;
  const L = copy.labels;
  const rows = computeRows(c.input.compute);
  if (!rows.length) return [];
  const { open, dense, quiet } = plan.compute;
  const off = !open;
  const r = rowGeom(c, dense);
  const x = computeScale(c);
  const shared = sharedMachines(c.input);
  const mine = sharedOwner(plan) === "compute";
  /** A shared machine's mark and name: under its machine key when this panel owns it, a panel key when both panels draw it, else not here. */
  const keyOf = (base: string, key: string): string | null => {
    const machine = machineOf(key);
    if (!shared.has(machine)) return `${base}-${key}`;
    if (mine) return `${base}-${machine}`;
    return open ? `cmp-${base}-${key}` : null;
  };

  // Loose rows share out the room the panel has (up to 70% more each; 40% on a phone).
  const sep = rows.some((x) => x.kind === "bar" && x.separate) ? separatorHeight(c) : 0;
  const natural = rows.reduce((sum, row) => sum + rowBase(r, row), 0);
  const head = headHeight(c, L.computeHeading);
  const room = box.bottom - box.top - head - sep - axisHeight(c) - natural;
  const extra = dense ? 0 : Math.max(0, Math.min(r.min * (m.stacked ? 0.4 : 0.7), room / rows.length));

  const marks: Mark[] = [offIf(headingMark(c, "cmp-head", L.computeHeading, box.top), off)];
  const bars: Mark[] = [];
  const words: Mark[] = [];
  const rowsTop = box.top + head;
  let y = rowsTop;
  let startedSeparate = false;
  for (const row of rows) {
    const it = rowItem(row);
    if (row.kind === "bar" && row.separate && !startedSeparate) {
      startedSeparate = true;
      words.push(offIf(line("cmp-sep", 0, y + 3, m.width, y + 3, "chart-cs-rule"), off));
      const lines = separatorLines(c);
      words.push(offIf(text("cmp-sep-text", 0, y + 6 + T.note * 0.9, lines, T.note, { halo: true, className: "chart-text chart-cs-note" }), off));
      y += sep;
    }
    const pad = extra / 2;
    const top = y + pad;
    const alibaba = ALIBABA_KEYS.has(it.key);
    const precision = rowPrecision(row);
    const nameKey = keyOf("name", it.key);
    if (nameKey) words.push(offIf(text(nameKey, 0, top + r.nameY, it.name, T.label, { weight: alibaba ? 600 : 400, className: "chart-text" }), off));
    const tag = computeTag(it.year, precision, it.key, copy);
    words.push(
      offIf(
        m.stacked && r.tagY === r.nameY
          ? text(`cmp-tag-${it.key}`, m.x1, top + r.tagY, tag, T.note, { anchor: "end", className: "chart-text chart-muted" })
          : text(`cmp-tag-${it.key}`, 0, top + r.tagY, tag, T.note, { className: "chart-text chart-muted" }),
        off,
      ),
    );
    const barY = top + r.barY;
    const value = rowValue(row);
    // In the row's own unit where it has one: an INT8 peak is operations (EOPS), not floating point.
    const own = rowItem(row).unit;
    const unit: UnitId = own && isUnitId(own) ? own : "eflops";
    const valueText = formatFigure(value, unit, locale);
    const tone = `chart-cs-bar${alibaba ? "" : " chart-cs-alt"}${quiet ? " chart-cs-quiet" : ""}`;
    const precisionNote = fill(L.precision, { p: precision ?? L.unstated });
    const width = (v0: number, v1: number) => (off ? 0 : Math.max(1.5, x(v1) - x(v0)));

    if (row.kind === "stack") {
      // The two centres side by side in one bar, each named under its own segment; the last name says the
      // total is their sum.
      let acc = 0;
      let labelRight = -Infinity;
      for (const [i, p] of row.parts.entries()) {
        const x0 = x(acc);
        const w = width(acc, acc + p.value);
        acc += p.value;
        const v = formatFigure(p.value, "eflops", locale);
        const key = keyOf("m", p.key)!;
        bars.push(
          offIf(
            rect(key, off ? x(0) : x0, barY, w, r.bar, {
              className: `${tone}${i > 0 ? " chart-cs-segment" : ""}`,
              tip: tipFor(c, p, v, {
                name: p.name,
                precision: p.precision ?? L.unstated,
                note: [fill(L.partOf, { total: valueText }), fill(L.precision, { p: p.precision ?? L.unstated })].join(" "),
              }),
            }),
            off,
          ),
        );
        const last = i === row.parts.length - 1;
        const partText = `${i > 0 ? "+ " : ""}${p.name} ${formatNumber(p.value, locale)}${last ? `${L.derived.startsWith("（") ? "" : " "}${L.derived}` : ""}`;
        const lx = Math.max(x0 + (i === 0 ? 3 : 0), labelRight + T.note * 0.6);
        words.push(offIf(text(`cmp-part-${p.key}`, lx, barY + r.bar + T.note + 2, partText, T.note, { halo: true, className: "chart-text chart-muted" }), off));
        labelRight = lx + measure(partText, T.note);
      }
    } else {
      const key = keyOf("m", it.key);
      if (key)
        bars.push(
          offIf(
            rect(key, x(0), barY, width(0, value), r.bar, {
              rx: 0,
              className: tone,
              tip: tipFor(c, it, valueText, { name: it.name, precision: precision ?? L.unstated, note: [precisionNote, it.note].filter(Boolean).join(" ") }),
            }),
            off,
          ),
        );
    }
    const vx = (off ? x(0) : x(value)) + 6;
    words.push(
      offIf(
        text(`cmp-value-${it.key}`, vx, barY + r.bar / 2, valueText, T.label, {
          baseline: "middle",
          halo: true,
          weight: alibaba && !quiet ? 600 : 400,
          className: quiet ? "chart-text chart-muted" : "chart-text",
        }),
        off,
      ),
    );
    y += rowBase(r, row) + extra;
  }

  // Gridlines and tick labels under the bars; the unit in the label column (or on its own line).
  const rowsBottom = y;
  const ticks = ticksOf(x, m.stacked ? 4 : 5, (v) => formatNumber(v, locale));
  const grid = ticks.map((t) => offIf(line(`cmp-grid-${t.value}`, t.pos, rowsTop, t.pos, rowsBottom, t.value === 0 ? "chart-axis" : "chart-grid"), off));
  const tickY = rowsBottom + T.tick + 4;
  const labels = xAxis(ticks, { key: "cmp-tick", y: tickY, size: T.tick, gap: T.tick * 0.6 }).map((t) =>
    // Zero sits at the panel's left edge on a phone: start its label there.
    t.type === "text" && t.key === "cmp-tick-0" && m.stacked ? { ...t, anchor: "start" as const, x: 0 } : t,
  );
  marks.push(...labels.map((t) => offIf(t, off)));
  marks.push(
    offIf(
      m.stacked
        ? text("cmp-axis", m.x1, tickY + T.tick + 5, L.computeAxis, T.tick, { anchor: "end", className: "chart-text chart-muted" })
        : text("cmp-axis", 0, tickY, L.computeAxis, T.tick, { className: "chart-text chart-muted" }),
      off,
    ),
  );
  return [...grid, ...marks, ...bars, ...words];
}
