// The cloud-footprint chart's words and guides: panel headings, gridlines and count ticks, years under each
// panel, each snapshot's count over its dot, and the article's count labelled under its mark with a leader.
// Pure.
import { fill } from "@/lib/fill";
import { formatNumber } from "@/lib/data/format";
import { line, text, type Mark, type TextMark } from "@/lib/charts/scene";
import { xAxis, yAxis } from "@/lib/charts/axes";
import { firstFit, keepClear, markBox, overlaps, textBox, type Box } from "@/lib/charts/labels";
import type { SeriesId } from "@/components/charts/cloud-footprint/input";
import { yearLabelY } from "@/components/charts/cloud-footprint/scales";
import type { Ctx, SeriesMarks } from "@/components/charts/cloud-footprint/marks";

const muted = "chart-text chart-muted";

/** A panel's heading, gridlines, count ticks, baseline and years. */
export function axes(c: Ctx, id: SeriesId): Mark[] {
  const { g, copy } = c;
  const T = g.frame.type;
  const p = g.panels[id];
  return [
    text(`head-${id}`, p.left, p.headY, copy.headings[id], T.head, { weight: 600, className: "chart-text" }),
    ...yAxis(p.yTicks, { key: `y-${id}`, x0: p.x0, x1: p.x1, labelX: p.x0 - 6, size: T.tick, skipGridAt: 0 }),
    line(`base-${id}`, p.x0, p.bottom, p.x1, p.bottom, "chart-axis"),
    ...xAxis(p.xTicks, { key: `x-${id}`, y: yearLabelY(g, p), size: T.tick, gap: T.tick * 0.6 }),
  ];
}

/** Each snapshot's count over its dot, kept where it clears every other dot and the labels before it. */
export function valueLabels(c: Ctx, m: SeriesMarks): TextMark[] {
  const T = c.g.frame.type;
  const dots = [...m.points, ...m.claims].map((pt) => pt.dot);
  const labels = m.points
    .map(({ row, dot }) =>
      text(`value-${dot.key}`, dot.cx, dot.cy - dot.r - 5, formatNumber(row.value, c.locale), T.label, {
        anchor: "middle",
        halo: true,
        className: "chart-text chart-cloud-value",
      }),
    )
    .filter((l) => !dots.some((d) => `value-${d.key}` !== l.key && overlaps(textBox(l), markBox(d)!, 1)));
  return keepClear(labels);
}

/** The article's count, under its mark, with a leader up to it. */
export function claimLabels(c: Ctx, m: SeriesMarks, taken: TextMark[]): Mark[] {
  const { g, copy } = c;
  const T = g.frame.type;
  const p = g.panels[m.id];
  return m.claims.flatMap(({ row, dot: d }) => {
    const words = fill(copy.claim, { n: formatNumber(row.value, c.locale) });
    const rec = m.points.find((pt) => pt.row.year === row.year);
    const y = Math.min(p.bottom - 6, Math.max(d.cy, rec?.dot.cy ?? d.cy) + T.label * 2.6);
    const obstacles: Box[] = [...m.points, ...m.claims].map((pt) => markBox(pt.dot, 2)!).concat(taken.map((t) => textBox(t)));
    const bounds: Box = { x0: 0, y0: p.top - T.label, x1: g.width, y1: p.bottom };
    const at = (anchor: "start" | "middle" | "end") =>
      text(`${d.key}-label`, d.cx + (anchor === "end" ? 4 : anchor === "start" ? -4 : 0), y, words, T.note, { anchor, className: muted });
    const label = firstFit([at("end"), at("middle"), at("start")], obstacles, bounds) ?? at("end");
    return [line(`${d.key}-leader`, d.cx, d.cy + d.r + 2, d.cx, y - T.note - 2, "chart-axis"), label];
  });
}
