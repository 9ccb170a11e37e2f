// The last step: the performance lost to virtualization, era by era, as ranges on one scale from 0 to
// 100% (a share of performance lost cannot pass 100%). Each row says what kind of figure it is (measured,
// an engineer's expectation, the article's illustration, a vendor's claim) from the row's own kind, and its
// tooltip carries the row's own note; rows of low confidence are drawn hollow and dashed, claims in the
// accent colour. A row stored past 100% (extra run time, not a share) is cut at the scale's end and
// says so. Rows come in one after another. Pure.
import { scaleLinear } from "d3-scale";
import { fill } from "@/lib/fill";
import type { Confidence } from "@/lib/data/schema";
import { line, rect, text, type Mark } from "@/lib/charts/scene";
import { ticksOf, xAxis } from "@/lib/charts/axes";
import { measure } from "@/lib/charts/text";
import { figure } from "@/components/charts/virtualization-loss/model";
import { lead } from "@/components/charts/virtualization-loss/geometry";
import type { Ctx, VirtCopy } from "@/components/charts/virtualization-loss/context";

/** A row of the virtualization-overhead dataset, its note in the reader's language. */
export type OverheadRow = { key: string; year: number; low: number; high: number; kind: string; confidence: Confidence; source: string[]; note?: string };

/** The scale ends here: a share of performance lost. */
export const STRIP_MAX = 100;

export type StripCtx = Ctx & { strip: VirtCopy["strip"]; publishers: (ids: string[]) => string };

/** A row's words: its name, what kind of figure it is, and its value as text. */
export function rowWords(c: Pick<StripCtx, "strip" | "locale">, row: OverheadRow) {
  const s = c.strip;
  const name = (s.rows as Record<string, string>)[row.key] ?? row.key;
  const kind = (s.kinds as Record<string, string>)[row.kind] ?? row.kind;
  const range = row.low === row.high ? figure(row.low, "percent", c.locale) : figure({ min: row.low, max: row.high }, "percent", c.locale);
  // Stored past 100%, the figure is extra run time: n% more time is (1 + n/100) times slower.
  const times = figure({ min: 1 + row.low / 100, max: 1 + row.high / 100 }, "times", c.locale);
  const value = row.kind === "claim" ? fill(s.claimValue, { value: range }) : row.high > STRIP_MAX ? fill(s.offScale, { range, times }) : range;
  return { name, kind, range, times, value, meta: fill(s.rowMeta, { kind, year: row.year }) };
}

export const sortRows = (rows: OverheadRow[]) => [...rows].sort((a, b) => a.year - b.year);

export function stripMarks(c: StripCtx, input: OverheadRow[]): { marks: Mark[]; bottom: number } {
  const { g } = c;
  const T = g.T;
  const rows = sortRows(input).map((row) => ({ row, w: rowWords(c, row) }));
  const W = g.width;
  const barH = g.narrow ? 10 : 14 * g.k;
  const dot = g.narrow ? 5.5 : 7 * g.k;
  const top = 4;
  const ext = 48 * Math.max(g.k, 0.8);

  // Wide: names and kinds in a column at the left, bars beside them. Narrow: each row's words above its bar.
  const nameW = Math.max(...rows.map((r) => Math.max(measure(r.w.name, T.label, 600), measure(r.w.meta, T.note))));
  const x0 = g.narrow ? 8 : Math.min(W * 0.42, nameW + 22 * g.k);
  // The scale's end leaves room for each value label after its bar (and for the cut-off arrow).
  let x1 = W - measure(figure(STRIP_MAX, "percent", c.locale), T.tick) / 2 - 2;
  for (const { row, w } of rows) {
    const vw = measure(w.value, T.label);
    if (row.high > STRIP_MAX) x1 = Math.min(x1, W - ext - 14);
    else if (row.high > 0) x1 = Math.min(x1, x0 + (W - 2 - 8 - vw - x0) / (row.high / STRIP_MAX));
  }
  const x = scaleLinear().domain([0, STRIP_MAX]).range([x0, x1]);

  const marks: Mark[] = [];
  const rowMarks: Mark[] = [];
  let y = top;
  rows.forEach(({ row, w }, i) => {
    const style = { style: `--i:${i}` };
    let cy: number;
    if (g.narrow) {
      const oneLine = measure(w.name, T.label, 600) + 12 + measure(w.meta, T.note) <= W;
      const nameY = y + T.label * 0.8;
      // The words cross the scale's gridlines: a paper halo keeps them legible.
      rowMarks.push(text(`row-${row.key}-name`, 0, nameY, w.name, T.label, { weight: 600, halo: true, className: "chart-text chart-vl-row", attrs: style }));
      const metaY = oneLine ? nameY : nameY + lead(T.note);
      rowMarks.push(
        text(`row-${row.key}-meta`, oneLine ? W : 0, metaY, w.meta, T.note, {
          anchor: oneLine ? "end" : "start",
          halo: true,
          className: "chart-text chart-muted chart-vl-row",
          attrs: style,
        }),
      );
      cy = metaY + T.note * 0.25 + 8 + Math.max(barH, 2 * dot) / 2;
      y = cy + Math.max(barH, 2 * dot) / 2 + 12;
    } else {
      const rowH = lead(T.label) + lead(T.note) + 9 * g.k;
      cy = y + rowH / 2;
      rowMarks.push(text(`row-${row.key}-name`, 0, cy - 3, w.name, T.label, { weight: 600, className: "chart-text chart-vl-row", attrs: style }));
      rowMarks.push(text(`row-${row.key}-meta`, 0, cy + T.note * 0.8 + 3, w.meta, T.note, { className: "chart-text chart-muted chart-vl-row", attrs: style }));
      y += rowH;
    }
    const tone = row.kind === "claim" ? "accent" : "alarm";
    const tipData = {
      title: fill(c.strip.tipTitle, { label: w.name, year: row.year }),
      value: `${w.value} · ${w.kind}`,
      note: row.note,
      source: c.publishers(row.source),
      year: row.year,
      confidence: row.confidence,
      label: fill(c.words.tips.label, { year: row.year, title: w.name, value: c.locale === "en" ? `${w.value} (${w.kind})` : `${w.value}（${w.kind}）` }),
    };
    const common = { className: `chart-vl-range chart-vl-range-${tone} chart-vl-row`, tip: tipData, attrs: { "data-kind": row.kind, ...style } };
    const valueAt = (vx: number, anchor: "start" | "end" = "start") =>
      text(`row-${row.key}-value`, vx, cy + T.label * 0.35, w.value, T.label, {
        anchor,
        halo: true,
        className: "chart-text chart-vl-soft chart-vl-row",
        attrs: style,
      });
    if (row.high > STRIP_MAX) {
      // Cut at the scale's end: the bar runs on past a break and ends in an arrow.
      const start = x(Math.min(row.low, STRIP_MAX));
      const end = x1 + ext;
      const bx = x1 + ext / 2;
      const t = cy - barH / 2;
      const b = cy + barH / 2;
      rowMarks.push(
        rect(`row-${row.key}`, start, t, end - start, barH, common),
        {
          type: "path",
          key: `row-${row.key}-break`,
          d: `M${bx - 6} ${b + 4}L${bx} ${t - 4}L${bx + 5} ${t - 4}L${bx - 1} ${b + 4}Z`,
          className: "chart-vl-break chart-vl-row",
          attrs: style,
        },
        {
          type: "path",
          key: `row-${row.key}-arrow`,
          d: `M${end} ${t - 4}L${end + 11} ${cy}L${end} ${b + 4}Z`,
          className: `chart-vl-range-${tone} chart-vl-row`,
          attrs: style,
        },
        valueAt(start - 8, "end"),
      );
    } else if (row.low === row.high) {
      rowMarks.push({ type: "circle", key: `row-${row.key}`, cx: x(row.low), cy, r: dot, ...common }, valueAt(x(row.low) + dot + 6));
    } else {
      const a = x(row.low);
      const bw = Math.max(3, x(row.high) - a);
      rowMarks.push(rect(`row-${row.key}`, a, cy - barH / 2, bw, barH, { rx: 2, ...common }), valueAt(a + bw + 7));
    }
  });

  // The scale: gridlines keyed by value, thinned tick labels, and what the axis measures.
  const y1 = y;
  const ticks = ticksOf(x, g.narrow ? 2 : 5, (v) => figure(v, "percent", c.locale));
  for (const t of ticks) marks.push(line(`grid-${t.value}`, t.pos, top, t.pos, y1 + 4, t.value === 0 ? "chart-axis chart-vl-row" : "chart-grid chart-vl-row"));
  const tickY = y1 + T.tick + 6;
  const tickLabels = xAxis(ticks, { key: "tick", y: tickY, size: T.tick }).map((m) =>
    m.type === "text" && m.x - measure(m.lines[0]!, T.tick) / 2 < 0 ? { ...m, anchor: "start" as const, x: 0 } : m,
  );
  marks.push(...tickLabels);
  const titleY = tickY + lead(T.note) + 4;
  marks.push(text("axis-title", x0, titleY, c.strip.axisTitle, T.note, { className: "chart-text chart-muted" }));
  return { marks: [...marks, ...rowMarks], bottom: titleY + T.note * 0.25 };
}
