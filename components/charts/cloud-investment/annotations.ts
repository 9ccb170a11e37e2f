// The cloud-investment chart's words on the plot: section headings and the ratio column's header, each
// bar's label, value and (Apollo rows) ratio, the labels of Synergy's dots, and each panel's dollar axis
// with its gridlines. Value labels go after the bar's end, or inside it when a dot would be in the way. Pure.
import { line, text, type CircleMark, type Mark, type RectMark, type TextMark } from "@/lib/charts/scene";
import { xAxis } from "@/lib/charts/axes";
import { firstFit, markBox, type Box } from "@/lib/charts/labels";
import { lineHeight, measure } from "@/lib/charts/text";
import { formatTick } from "@/lib/data/format";
import { hasValue, likeForLike } from "@/components/charts/cloud-investment/input";
import { mid, panelOf, usd } from "@/components/charts/cloud-investment/scales";
import { ratioText, type Ctx } from "@/components/charts/cloud-investment/marks";

const muted = "chart-text chart-muted";

/** Section headings; the Apollo heading carries the ratio column's header at the right. */
export function headings(c: Ctx): TextMark[] {
  const { g, copy } = c;
  const T = g.frame.type;
  const out = g.headings.map((h) => text(`head-${h.id}`, panelOf(g, h).left, h.y, h.lines, T.head, { weight: 600, className: "chart-text" }));
  const apollo = g.headings.find((h) => h.id === "apollo");
  if (apollo)
    out.push(
      text("head-ratio", panelOf(g, apollo).right, apollo.y + (apollo.lines.length - 1) * lineHeight(T.head), copy.headings.ratioHeader, T.note, {
        anchor: "end",
        weight: 600,
        className: muted,
      }),
    );
  return out;
}

/** Each bar's label: above it on a phone, else in the column left of it. Low-confidence rows in grey. */
export function rowLabels(c: Ctx): TextMark[] {
  const { g } = c;
  const T = g.frame.type;
  return g.rows.map((r) => {
    const className = r.row.confidence === "low" ? muted : "chart-text";
    const p = panelOf(g, r);
    return r.above
      ? text(`label-${r.id}`, p.x0, r.labelY, r.label, T.label, { className })
      : text(`label-${r.id}`, p.labelX, r.labelY, r.label, T.label, { anchor: "end", baseline: "middle", className });
  });
}

/**
 * Each bar's value: on a phone, after the label on its line; in a panel that keeps its values in a column,
 * there, before the bar; else just past the bar's end, or inside the bar (in paper colour) when a dot or
 * the ratio would be in the way.
 */
export function values(c: Ctx, bars: RectMark[], dots: CircleMark[], ratios: TextMark[]): TextMark[] {
  const { g, locale } = c;
  const T = g.frame.type;
  const obstacles = [...dots.map((d) => markBox(d, 3)!), ...ratios.map((r) => markBox(r, 4)!)];
  return g.rows.map((r, i) => {
    const value = usd(r.row.value, locale);
    const key = `value-${r.id}`;
    const p = panelOf(g, r);
    // A value stays in its panel.
    const bounds: Box = { x0: p.left, y0: 0, x1: p.right, y1: g.height };
    // After a one-line label; under a wrapped one, at the panel's right edge (the wrap left that much room).
    if (r.above && r.label.length > 1)
      return text(key, p.right, r.labelY + (r.label.length - 1) * lineHeight(T.label), value, T.label, {
        anchor: "end",
        weight: 600,
        className: "chart-text chart-cloud-value",
      });
    if (r.above)
      return text(key, p.x0 + measure(r.label.at(-1)!, T.label) + T.label * 0.5, r.labelY + (r.label.length - 1) * lineHeight(T.label), value, T.label, {
        weight: 600,
        className: "chart-text chart-cloud-value",
      });
    if (p.valueX !== null)
      return text(key, p.valueX, mid(g, r), value, T.label, { anchor: "end", baseline: "middle", className: "chart-text chart-cloud-value" });
    const b = bars[i]!;
    const end = b.x + b.width;
    const gap = T.label * 0.35;
    // Past the bar's end (in Chinese, in the axis's short form if need be: 909亿 for 909亿美元); else inside it.
    const words = [...new Set([value, formatTick(r.row.value * 1e9, locale, "usd-bn")])];
    const outside = words.map((w) => text(key, end + gap, mid(g, r), w, T.label, { baseline: "middle", className: "chart-text chart-cloud-value" }));
    const inside = words
      .filter((w) => measure(w, T.label, 600) + 2 * gap <= b.width && r.row.confidence !== "low")
      .map((w) => text(key, end - gap, mid(g, r), w, T.label, { anchor: "end", baseline: "middle", weight: 600, className: "chart-text chart-cloud-inverse" }));
    const candidates = [...outside, ...inside];
    return firstFit(candidates, obstacles, bounds) ?? candidates[0]!;
  });
}

/**
 * The forecast divided by each Apollo estimate, in a column at the right of its panel (grey for
 * low-confidence rows). Only a ratio to an estimate in the forecast's own year's dollars is like for like,
 * so only those are bold; a ratio across two price levels (2019 dollars) stays regular.
 */
export function ratios(c: Ctx): TextMark[] {
  const { g } = c;
  return g.rows.flatMap((r) => {
    const t = ratioText(c, r.row, r.group);
    if (!t) return [];
    return [
      text(`ratio-${r.id}`, panelOf(g, r).right, mid(g, r), t, g.frame.type.label, {
        anchor: "end",
        baseline: "middle",
        weight: likeForLike(c.input, r.row) ? 600 : 400,
        className: r.row.confidence === "low" ? muted : "chart-text",
      }),
    ];
  });
}

/** Each dot's value to its right; the first also names the measure, unless a legend line does. */
export function dotLabels(c: Ctx, dots: CircleMark[]): Mark[] {
  const { g, copy, locale } = c;
  const T = g.frame.type;
  const rows = c.input.wider.filter(hasValue);
  const out: Mark[] = dots.map((d, i) => {
    const r = rows.find((w) => `wider-${w.year}` === d.key)!;
    const words = i === 0 && g.legend === null ? `${usd(r.value, locale)} · ${copy.headings.wider}` : usd(r.value, locale);
    return text(`${d.key}-label`, d.cx + d.r + 5, d.cy, words, T.note, { baseline: "middle", className: muted });
  });
  if (g.legend && dots.length) {
    const r = g.frame.dot;
    const { x } = g.legend;
    out.push(
      { type: "circle", key: "legend-dot", cx: x + r, cy: g.legend.y - T.note * 0.3, r, className: "chart-mark-alt chart-dot" },
      text("legend-text", x + 2 * r + 5, g.legend.y, g.legend.lines, T.note, { className: muted }),
    );
  }
  return out;
}

/** Vertical gridlines behind each section's bars (they stop at the headings). */
export function grid(c: Ctx): Mark[] {
  const { g } = c;
  return g.bands.flatMap((b) =>
    panelOf(g, b)
      .ticks.filter((t) => t.value !== 0)
      .map((t) => line(`grid-${b.id}-${t.value}`, t.pos, b.top, t.pos, b.bottom, "chart-grid")),
  );
}

/** The zero line of each section, and the dollar ticks under the last section of each panel. */
export function axis(c: Ctx): Mark[] {
  const { g } = c;
  const T = g.frame.type;
  return [
    ...g.bands.map((b) => line(`zero-${b.id}`, panelOf(g, b).x0, b.top, panelOf(g, b).x0, b.bottom, "chart-axis")),
    ...g.panels.flatMap((p) => xAxis(p.ticks, { key: p.axisKey, y: p.tickY, size: T.tick, gap: T.tick * 0.8 })),
  ];
}
