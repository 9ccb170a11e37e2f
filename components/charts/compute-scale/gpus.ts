// The cluster panel: one row per landmark AI cluster (year, name, GPU count) and its mark in the track, a
// dot on a log axis (step 0) or a block of unit squares (step 3). The dot and the block are one mark under
// the cluster's machine key: entering the unit view the dot stretches into the block's outline while its
// squares pour out of it, ten by ten (app/chart.css staggers them by their index). Folded, the panel waits
// in the view of the step next to it, drawn off. Pure.
import { scaleLog, type ScaleLogarithmic } from "d3-scale";
import { formatFigure, formatTick } from "@/lib/data/format";
import { fill } from "@/lib/fill";
import { group, line, r1, rect, text, type Mark, type PathMark, type RectMark } from "@/lib/charts/scene";
import { xAxis, type Tick } from "@/lib/charts/axes";
import { keepClear, markBox } from "@/lib/charts/labels";
import { measure, wrap } from "@/lib/charts/text";
import { GPUS_PER_SQUARE, clusterEnds, clusterOrder, sharedMachines, type Item } from "@/components/charts/compute-scale/items";
import { clusterValue, headHeight, headingMark, lh, offIf, unitKeyText, type Box, type Ctx } from "@/components/charts/compute-scale/scales";
import { sharedOwner } from "@/components/charts/compute-scale/steps";
import { tipFor } from "@/components/charts/compute-scale/tips";

/** Vertical offsets inside a row, from its top. */
type RowGeom = { nameY: number; valueY: number; dotY: number; blockY: number; min: number; pad: number };

function rowGeom(c: Ctx): RowGeom {
  const { T, stacked, dot } = c.m;
  const nameY = Math.round(4 + T.label * 0.9);
  if (stacked) {
    // One line of words, the mark under it.
    const blockY = nameY + 6;
    return { nameY, valueY: nameY, dotY: blockY + dot, blockY, min: blockY + 2 * dot + 7, pad: 8 };
  }
  if (c.m.inline) {
    // Name and count on one line, the mark level with them.
    const dotY = nameY - T.label * 0.35;
    return { nameY, valueY: nameY, dotY, blockY: nameY - T.label * 0.72, min: Math.round(nameY + T.label * 0.3 + 12), pad: 12 };
  }
  const valueY = nameY + lh(T.note);
  return {
    nameY,
    valueY,
    dotY: (nameY - T.label * 0.35 + valueY - T.note * 0.35) / 2,
    blockY: nameY - T.label * 0.72,
    min: Math.round(valueY + T.note * 0.3 + 10),
    pad: 10,
  };
}

/** The unit grid: squares per row (in tens), their pitch and size. */
type Grid = { perRow: number; pitch: number; size: number; groupGap: number };
const PITCHES = { narrow: [9, 8, 7], pocket: [8, 7, 6], wide: [13, 12, 11, 10, 9], slide: [17, 16, 14, 12, 11] } as const;

function gridFor(c: Ctx, pitch: number): Grid {
  const size = Math.round((pitch - Math.max(1.5, pitch * 0.2)) * 10) / 10;
  const groupGap = Math.round(pitch * 0.3 * 10) / 10;
  const track = c.m.x1 - c.m.x0;
  const tens = Math.max(1, Math.floor((track + groupGap - (pitch - size)) / (10 * pitch + groupGap)));
  return { perRow: 10 * tens, pitch, size, groupGap };
}

const blockRows = (value: number, g: Grid) => Math.max(1, Math.ceil(value / GPUS_PER_SQUARE / g.perRow - 1e-9));
const blockHeight = (value: number, g: Grid) => (blockRows(value, g) - 1) * g.pitch + g.size;

/** The unit key's height (one square and its words) above the rows. */
const keyHeight = (c: Ctx) => Math.round(Math.max(c.m.T.note, 10) + 12);
/** Tick labels and the axis caption under the dots. */
const axisHeight = (c: Ctx) => (c.m.stacked ? 2 * (c.m.T.tick + 5) + 4 : c.m.T.tick + 10);

const unitRowHeight = (r: RowGeom, g: Grid, value: number) => Math.max(r.min, Math.ceil(r.blockY + blockHeight(value, g) + r.pad));

/** The smallest height the panel needs in a view (the unit view with its smallest squares). */
export function gpuHeight(c: Ctx, view: "dots" | "units"): number {
  const r = rowGeom(c);
  const rows = c.input.clusters;
  const head = headHeight(c, c.copy.labels.gpuHeading);
  if (view === "dots") return head + rows.length * r.min + axisHeight(c);
  const g = gridFor(c, PITCHES[c.m.frame.id].at(-1)!);
  return head + keyHeight(c) + rows.reduce((sum, it) => sum + unitRowHeight(r, g, it.value), 0);
}

/** The largest squares whose rows fit the panel. */
function fitGrid(c: Ctx, box: Box, rows: Item[]): Grid {
  const r = rowGeom(c);
  const avail = box.bottom - box.top - headHeight(c, c.copy.labels.gpuHeading) - keyHeight(c);
  for (const pitch of PITCHES[c.m.frame.id]) {
    const g = gridFor(c, pitch);
    if (rows.reduce((sum, it) => sum + unitRowHeight(r, g, it.value), 0) <= avail) return g;
  }
  return gridFor(c, PITCHES[c.m.frame.id].at(-1)!);
}

/** Squares for a count: one per GPUS_PER_SQUARE, the remainder as a narrower last square. */
export function unitSquares(count: number, x0: number, y0: number, g: Grid): { x: number; y: number; w: number; h: number }[] {
  const n = count / GPUS_PER_SQUARE;
  const full = Math.floor(n + 1e-9);
  const frac = n - full;
  const at = (i: number) => {
    const col = i % g.perRow;
    return { x: x0 + col * g.pitch + Math.floor(col / 10) * g.groupGap, y: y0 + Math.floor(i / g.perRow) * g.pitch };
  };
  const out = Array.from({ length: full }, (_, i) => ({ ...at(i), w: g.size, h: g.size }));
  if (frac > 0.02) out.push({ ...at(full), w: Math.round(g.size * frac * 10) / 10, h: g.size });
  return out;
}

/**
 * A block's squares as paths of ten (the groups the grid spaces apart; a row holds whole tens): 45 elements
 * for the nine blocks rather than 429, so the chapter stays light. The block fills ten by ten.
 */
export function tens(cells: { x: number; y: number; w: number; h: number }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < cells.length; i += 10) {
    out.push(
      cells
        .slice(i, i + 10)
        .map((c) => `M${r1(c.x)} ${r1(c.y)}h${r1(c.w)}v${r1(c.h)}h${r1(-c.w)}Z`)
        .join(""),
    );
  }
  return out;
}

/** The largest 1-2-5 value at or below v. */
const floor125 = (v: number) => {
  const e = 10 ** Math.floor(Math.log10(v));
  return ([5, 2, 1].find((k) => k * e <= v) ?? 1) * e;
};

/** The log axis the dots sit on. */
export function gpuScale(c: Ctx): ScaleLogarithmic<number, number> {
  const values = c.input.clusters.map((r) => r.value);
  const lo = floor125(Math.min(...values) / 1.08);
  const hi = Math.max(...values) * 1.12;
  return scaleLog()
    .domain([lo, hi])
    .range([c.m.x0 + c.m.dot + 2, c.m.x1 - c.m.dot]);
}

type RowPlace = { item: Item; top: number; height: number };

/** Row tops in a view: the dots share one row height; in the unit view each row is as tall as its block. */
function placeRows(c: Ctx, box: Box, rows: Item[], view: "dots" | "units", g: Grid): { places: RowPlace[]; first: number; end: number } {
  const r = rowGeom(c);
  let y = box.top + headHeight(c, c.copy.labels.gpuHeading) + (view === "units" ? keyHeight(c) : 0);
  const first = y;
  const avail = box.bottom - y - axisHeight(c);
  const even = Math.min(r.min * 1.3, Math.max(r.min, avail / rows.length));
  const places = rows.map((item) => {
    const height = view === "dots" ? even : unitRowHeight(r, g, item.value);
    const p = { item, top: y, height };
    y += height;
    return p;
  });
  return { places, first, end: y };
}

export function gpuPanel(c: Ctx, box: Box): Mark[] {
  const { m, plan, copy, locale } = c;
  const { T } = m;
  const L = copy.labels;
  const rows = clusterOrder(c.input.clusters);
  if (!rows.length) return [];
  const open = plan.gpus.open;
  const view = plan.gpus.view;
  const off = !open;
  const r = rowGeom(c);
  const x = gpuScale(c);
  const grid = fitGrid(c, box, rows);
  const here = placeRows(c, box, rows, view, grid);
  // The unit view's rows, where the squares sit in every state that draws them.
  const units = view === "units" ? here : placeRows(c, box, rows, "units", grid);
  const shared = sharedMachines(c.input);
  const owned = (key: string) => !shared.has(key) || sharedOwner(plan) === "gpus";
  const { smallest, largest } = clusterEnds(rows);
  const focused = (it: Item) => plan.gpus.focus === "all" || it.key === smallest?.key || it.key === largest?.key;
  const emphasis = plan.gpus.focus === "ends";

  const marks: Mark[] = [offIf(headingMark(c, "gpu-head", L.gpuHeading, box.top), off)];
  const grid125: Mark[] = [];
  const rowMarks: Mark[] = [];
  const squares: Mark[] = [];
  let prevYear: number | undefined;
  for (const [i, p] of here.places.entries()) {
    const it = p.item;
    const firstOfYear = it.year !== prevYear;
    prevYear = it.year;
    if (firstOfYear && i > 0) rowMarks.push(offIf(line(`gpu-rule-${it.year}`, 0, p.top, m.width, p.top, "chart-grid"), off));
    if (firstOfYear)
      rowMarks.push(offIf(text(`gpu-year-${it.year}`, 0, p.top + r.nameY, String(it.year), T.label, { weight: 600, className: "chart-text" }), off));
    const strong = emphasis && focused(it);
    if (owned(it.key))
      rowMarks.push(offIf(text(`name-${it.key}`, m.nameX, p.top + r.nameY, it.label, T.label, { weight: strong ? 600 : 400, className: "chart-text" }), off));
    const valueText = clusterValue(it.value, it.key, locale, copy);
    rowMarks.push(
      offIf(
        m.stacked
          ? text(`gpu-value-${it.key}`, m.x1, p.top + r.valueY, valueText, T.note, { anchor: "end", className: "chart-text chart-muted" })
          : m.inline
            ? text(`gpu-value-${it.key}`, m.x0 - T.label * 0.6, p.top + r.valueY, valueText, T.note, { anchor: "end", className: "chart-text chart-muted" })
            : text(`gpu-value-${it.key}`, m.nameX, p.top + r.valueY, valueText, T.note, { className: "chart-text chart-muted" }),
        off,
      ),
    );

    // The cluster's mark: a dot, or the outline of its block of squares.
    const u = units.places[i]!;
    const blockTop = u.top + r.blockY;
    const cells = unitSquares(it.value, m.x0, blockTop, grid);
    const tip = tipFor(c, it, formatFigure(it.value, "gpu", locale));
    const tone = focused(it) ? "chart-cs-dot" : "chart-cs-dot chart-cs-quiet";
    if (owned(it.key)) {
      let mark: RectMark;
      if (view === "dots") {
        const cx = x(it.value);
        const cy = p.top + r.dotY;
        mark = rect(`m-${it.key}`, cx - m.dot, cy - m.dot, 2 * m.dot, 2 * m.dot, { rx: m.dot, className: tone, tip });
      } else {
        const right = Math.max(...cells.map((s) => s.x + s.w));
        const pad = 3;
        mark = rect(`m-${it.key}`, m.x0 - pad, blockTop - pad, right - m.x0 + 2 * pad, blockHeight(it.value, grid) + 2 * pad, {
          rx: 2,
          className: "chart-cs-block",
          tip,
        });
      }
      rowMarks.push(offIf(mark, off));
    }
    if (view === "units") {
      // Squares pour out of where the dot would sit in this row (--ox, --oy: the origin they scale from).
      const ox = Math.round(x(it.value) * 10) / 10;
      const oy = Math.round((u.top + r.dotY) * 10) / 10;
      const cls = `chart-cs-units${focused(it) ? "" : " chart-cs-quiet"}`;
      squares.push(
        offIf(
          group(
            `units-${it.key}`,
            tens(cells).map((d, k): PathMark => ({ type: "path", key: `u-${it.key}-${k}`, d, className: "chart-cs-unit", attrs: { style: `--i:${k}` } })),
            { className: cls, attrs: { style: `--ox:${ox}px;--oy:${oy}px`, "data-confidence": it.confidence === "low" ? "low" : undefined } },
          ),
          off,
        ),
      );
    }
  }

  if (view === "dots") {
    // Gridlines at 1-2-5 values, keyed by value; labels thinned until they fit.
    const ticks: Tick[] = x
      .ticks(10)
      .filter((v) => /^[125]0*$/.test(String(v)))
      .map((v) => ({ value: v, pos: x(v), label: formatTick(v, locale) }));
    const rowsTop = here.first;
    const rowsBottom = here.end;
    for (const t of ticks) grid125.push(offIf(line(`gpu-grid-${t.value}`, t.pos, rowsTop, t.pos, rowsBottom, "chart-grid"), off));
    const tickY = rowsBottom + T.tick + 4;
    marks.push(
      ...xAxis(
        ticks.filter((t) => t.pos + measure(t.label, T.tick) / 2 <= m.width),
        { key: "gpu-tick", y: tickY, size: T.tick, gap: T.tick * 0.6 },
      ).map((t) => offIf(t, off)),
    );
    const caption = m.stacked
      ? text("gpu-axis", m.x1, tickY + T.tick + 5, L.gpuAxis, T.tick, { anchor: "end", className: "chart-text chart-muted" })
      : text("gpu-axis", 0, tickY, L.gpuAxis, T.tick, { className: "chart-text chart-muted" });
    marks.push(offIf(caption, off));
    if (plan.gpus.growth) marks.push(...growthLabel(c, here.places, rowMarks).map((t) => offIf(t, off)));
  } else {
    // The key: one square and what it stands for.
    const ky = box.top + headHeight(c, L.gpuHeading);
    const s = grid.size;
    marks.push(
      offIf(rect("gpu-key-square", m.x0, ky, s, s, { className: "chart-cs-key" }), off),
      offIf(
        text("gpu-key-text", m.x0 + s + 6, ky + s / 2, unitKeyText(m, copy, GPUS_PER_SQUARE), T.note, { baseline: "middle", className: "chart-text" }),
        off,
      ),
    );
  }
  return [...grid125, ...marks, ...rowMarks, ...squares];
}

/** "20× the 2020 cluster", left of the largest dot, when it clears the other rows' marks and words. */
function growthLabel(c: Ctx, places: RowPlace[], rowMarks: Mark[]): Mark[] {
  const { first, largest } = clusterEnds(places.map((p) => p.item));
  if (!first || !largest || first.key === largest.key) return [];
  const dot = rowMarks.find((mk) => mk.key === `m-${largest.key}`);
  if (dot?.type !== "rect") return [];
  const T = c.m.T;
  const words = fill(c.copy.labels.growth, { ratio: formatFigure(Math.round(largest.value / first.value), "times", c.locale), year: first.year });
  const lines = wrap(words, Math.max(80, dot.x - c.m.x0 - 8), T.label, 600);
  const label = text("gpu-growth", dot.x - 6, dot.y + dot.height / 2 - ((lines.length - 1) * lh(T.label)) / 2, lines, T.label, {
    anchor: "end",
    baseline: "middle",
    weight: 600,
    halo: true,
    className: "chart-text chart-cs-accent",
  });
  const obstacles = rowMarks.filter((mk) => mk !== dot && mk.key.startsWith("m-")).map((mk) => markBox(mk, 2)!);
  return keepClear([label], obstacles);
}
