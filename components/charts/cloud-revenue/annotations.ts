// The cloud-revenue chart's words and guides: panel headings, gridlines and yuan ticks, period labels (every
// fiscal year there is room for; each quarter, with its year where it changes), the break between the
// panels, the first year's value, the label of the outline before elimination, the quarters' growth and
// the words in an empty slot. Pure.
import { fill } from "@/lib/fill";
import { line, text, type Mark, type RectMark, type TextMark } from "@/lib/charts/scene";
import { thinTicks, xAxis, yAxis, type Tick } from "@/lib/charts/axes";
import { firstFit, markBox, textBox, type Box } from "@/lib/charts/labels";
import { balance, lineHeight, measure } from "@/lib/charts/text";
import { hasValue, parseQuarterKey, quarterKey } from "@/components/charts/cloud-revenue/input";
import type { PanelId } from "@/components/charts/cloud-revenue/scales";
import { cny, growthText } from "@/components/charts/cloud-revenue/text";
import type { Ctx } from "@/components/charts/cloud-revenue/marks";

const muted = "chart-text chart-muted";

/** Headings, gridlines, tick labels and baselines of both panels. */
export function axes(c: Ctx): Mark[] {
  const { g, copy } = c;
  const T = g.frame.type;
  const marks: Mark[] = [];
  for (const id of ["years", "quarters"] as PanelId[]) {
    const p = g.panels[id];
    const ticks = yAxis(p.ticks, { key: `y-${id}`, x0: p.x0, x1: p.x1, labelX: g.labelX, size: T.tick, skipGridAt: 0 });
    marks.push(...(p.tickLabels ? ticks : ticks.filter((m) => m.type !== "text")));
    marks.push(text(`head-${id}`, g.narrow ? 2 : p.x0, p.headY, copy.headings[id], T.head, { weight: 600, className: "chart-text" }));
  }
  return marks;
}

export function baselines(c: Ctx): Mark[] {
  return (["years", "quarters"] as PanelId[]).map((id) => {
    const p = c.g.panels[id];
    return line(`base-${id}`, p.x0, p.bottom, p.x1, p.bottom, "chart-axis");
  });
}

/** Fiscal years under their bars (thinned to fit, always keeping the last); quarters with their year where it changes. */
export function periodLabels(c: Ctx): Mark[] {
  const { g, copy } = c;
  const T = g.frame.type;
  const years = c.input.years.filter(hasValue);
  const half = g.fx.bandwidth() / 2;
  const last = years.at(-1)?.year;
  const gap = T.tick * 0.25;
  const keep = (t: Tick) => t.value === last;
  const ticksWith = (label: (year: number, i: number) => string): Tick[] =>
    years.map((r, i) => ({ value: r.year, pos: (g.fx(r.year) ?? 0) + half, label: label(r.year, i) }));
  let yearTicks = ticksWith((y) => String(y));
  // On a desktop or a slide every year keeps a label: where four digits crowd, the first year is written
  // in full and the rest as ’15, ’16… A phone thins them instead (always keeping the last).
  if (!g.narrow && thinTicks(yearTicks, T.tick, gap, keep).length < yearTicks.length)
    yearTicks = ticksWith((y, i) => (i === 0 ? String(y) : `’${String(y).slice(-2)}`));
  const marks: Mark[] = xAxis(yearTicks, { key: "x-fy", y: g.panels.years.labelY, size: T.tick, gap, keep });
  const q = g.panels.quarters;
  let shownYear: number | null = null;
  for (const r of c.input.quarters) {
    const key = quarterKey(r);
    const parsed = parseQuarterKey(key);
    const x = (g.qx(key) ?? 0) + g.qx.bandwidth() / 2;
    marks.push(text(`x-q-${key}`, x, q.labelY, parsed ? fill(copy.quarter, { q: parsed.quarter }) : key, T.tick, { anchor: "middle", className: muted }));
    const year = parsed?.year ?? r.year;
    if (year !== shownYear) marks.push(text(`x-qy-${year}`, x, q.labelY + lineHeight(T.tick), String(year), T.tick, { anchor: "middle", className: muted }));
    shownYear = year;
  }
  return marks;
}

export function breakLine(c: Ctx): Mark[] {
  const b = c.g.breakLine;
  return [line("break", b.x1, b.y1, b.x2, b.y2, "chart-axis chart-cloud-break")];
}

/**
 * The first year's value over its bar, left-aligned: its neighbours are slivers. Wider than its bar, it
 * clears every bar it spans (the next year's is a little taller).
 */
export function firstLabel(c: Ctx, bars: RectMark[]): TextMark[] {
  const first = bars[0];
  const row = c.input.years.filter(hasValue)[0];
  if (!first || !row) return [];
  const words = cny(row.value, c.locale);
  const size = c.g.frame.type.label;
  const x1 = first.x + measure(words, size);
  const top = Math.min(...bars.filter((b) => b.x < x1 && b.x + b.width > first.x).map((b) => b.y));
  return [text(`value-fy-${row.year}`, first.x, top - 6, words, size, { className: "chart-text chart-cloud-value" })];
}

/** The outline's two lines, left of it (beside its top, or lower), else over the bars to its left. */
export function ghostLabel(c: Ctx, ghost: RectMark | null, bars: RectMark[]): TextMark[] {
  if (!ghost || !hasValue(c.input.ghost)) return [];
  const { g, copy } = c;
  const T = g.frame.type;
  const vars = { ghostValue: cny(c.input.ghost.value, c.locale) };
  const lines = copy.beforeElimination.map((l) => fill(l, vars));
  const lh = lineHeight(T.note);
  const obstacles: Box[] = [...bars, ghost].map((b) => markBox(b, 3)!);
  const bounds: Box = { x0: 0, y0: g.panels.years.top - T.tick, x1: g.width, y1: g.panels.years.bottom };
  const at = (x: number, y: number, anchor: "start" | "end") => text("ghost-label", x, y, lines, T.note, { anchor, baseline: "hanging", className: muted });
  const candidates = [
    at(ghost.x - 6, ghost.y, "end"),
    at(ghost.x - 6, ghost.y + lh, "end"),
    at(ghost.x - 6, ghost.y - 2 * lh - 4, "end"),
    at(ghost.x + ghost.width + 6, ghost.y, "start"),
  ];
  return [firstFit(candidates, obstacles, bounds) ?? candidates[0]!];
}

/**
 * Growth over each quarter's bar. An empty slot says why it is empty at its foot, and carries its growth
 * level with its neighbours' (so the run of growth figures reads as one sequence), or above its words.
 */
export function growthLabels(c: Ctx, bars: RectMark[]): TextMark[] {
  const { g, copy, locale } = c;
  const T = g.frame.type;
  const p = g.panels.quarters;
  const out: TextMark[] = [];
  const ys = bars.map((b) => (b.attrs && "data-missing" in b.attrs ? null : b.y - 6));
  bars.forEach((b, i) => {
    const key = b.key.slice(2);
    const growth = c.input.growth[key];
    const cx = b.x + b.width / 2;
    let y = ys[i];
    if (y === null || y === undefined) {
      // As wide as keeps 4 units clear of the neighbouring bars (scales.ts makes the slot wide enough for each word).
      const lines = balance(copy.missingValue, 2 * g.qx.step() - b.width - 8, T.note);
      const lh = lineHeight(T.note);
      const words = text(`missing-${key}`, cx, p.bottom - 6 - (lines.length - 1) * lh, lines, T.note, { anchor: "middle", className: muted });
      out.push(words);
      const near = [ys[i - 1], ys[i + 1]].filter((v): v is number => typeof v === "number");
      y = Math.min(near.length ? near.reduce((a, v) => a + v, 0) / near.length : p.bottom - 24, textBox(words).y0 - 6);
    }
    if (growth !== undefined)
      out.push(text(`growth-${key}`, cx, y, growthText(growth, locale), T.label, { anchor: "middle", weight: 600, className: "chart-text chart-accent-text" }));
  });
  return out;
}
