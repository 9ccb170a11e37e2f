// The reference panel: the TOP500 leader's measured FP64 score each year, on its own log axis, apart from
// the AI peaks (a different yardstick). The year the AI figures were announced is marked in ink, with the
// exascale line (1 EFLOPS, a unit conversion) for scale. Folded, the plot lies flat on its baseline, so
// opening the panel raises the line and its dots. Pure.
import { scaleLinear, scaleLog } from "d3-scale";
import { formatFigure, formatNumber } from "@/lib/data/format";
import { fill } from "@/lib/fill";
import { line, text, type CircleMark, type Mark, type TextMark } from "@/lib/charts/scene";
import { polyline } from "@/lib/charts/tree";
import { ticksOf, xAxis, yAxis, type Tick } from "@/lib/charts/axes";
import { firstFit, markBox, textBox, type Box as LabelBox } from "@/lib/charts/labels";
import { measure, wrap } from "@/lib/charts/text";
import { referenceYear } from "@/components/charts/compute-scale/items";
import { headingLines, headingMark, lh, offIf, type Box, type Ctx } from "@/components/charts/compute-scale/scales";
import { tipFor } from "@/components/charts/compute-scale/tips";

/** 1 EFLOPS in PFLOPS: a unit conversion, not a data value. */
const EXA = 1000;

const subLines = (c: Ctx) => wrap(c.copy.labels.top500Sub, c.m.width - 4, c.m.T.note);
/** Offsets from the panel's top: the subtitle's first baseline, the axis caption's, and the plot's top. */
function header(c: Ctx) {
  const { T } = c.m;
  const headLines = headingLines(c, c.copy.labels.top500Heading).length;
  const sub = T.head + (headLines - 1) * lh(T.head) + lh(T.note) + 1;
  const cap = sub + (subLines(c).length - 1) * lh(T.note) + lh(T.tick) + 2;
  return { sub, cap, plot: Math.round(cap + T.tick * 0.5 + 6) };
}
const yearsHeight = (c: Ctx) => Math.round(c.m.T.tick * 1.3 + 6);

/** The smallest height the panel needs (a plot of at least a sixth of the frame). */
export const top500Height = (c: Ctx) => Math.round(header(c).plot + Math.max(80, c.m.frame.height * 0.155) + yearsHeight(c));

export function top500Panel(c: Ctx, box: Box): Mark[] {
  const { m, plan, copy, locale } = c;
  const { T } = m;
  const L = copy.labels;
  const rows = [...c.input.top500].sort((a, b) => a.year - b.year);
  if (!rows.length) return [];
  const off = !plan.top500.open;
  const sub = subLines(c);
  const at = header(c);
  const marks: Mark[] = [
    headingMark(c, "top-head", L.top500Heading, box.top),
    text("top-sub", 0, box.top + at.sub, sub, T.note, { className: "chart-text chart-muted" }),
    text("top-axis", 0, box.top + at.cap, L.top500Axis, T.tick, { className: "chart-text chart-muted" }),
  ];
  const plotTop = box.top + at.plot;
  const plotBottom = box.bottom - yearsHeight(c);
  const values = rows.map((r) => r.value);
  const lo = 10 ** Math.floor(Math.log10(Math.min(...values)));
  const hi = Math.max(...values) * 1.6;
  // Folded, the plot lies on its baseline: every value maps to it.
  const y = scaleLog()
    .domain([lo, hi])
    .range(off ? [plotBottom, plotBottom] : [plotBottom, plotTop]);
  const yTicks = ticksOf(y, 4, (v) => formatNumber(v, locale), true);
  const x0 = Math.ceil(Math.max(...yTicks.map((t) => measure(t.label, T.tick)))) + 10;
  const last = rows.at(-1)!;
  const years = rows.map((r) => r.year);
  const x = scaleLinear()
    .domain([years[0]!, last.year])
    // The first year's label starts right of the axis, clear of the lowest tick label.
    .range([x0 + measure(String(years[0]), T.tick) / 2 + 2, m.x1 - measure(last.name, T.note) - 10]);
  marks.push(...yAxis(yTicks, { key: "top-y", x0, x1: m.x1, labelX: x0 - 6, size: T.tick, skipGridAt: EXA }));
  if (EXA <= hi) {
    marks.push(line("top-exa", x0, y(EXA), m.x1, y(EXA), "chart-cs-exa"));
    marks.push(
      text("top-exa-label", x0 + 6, y(EXA) + T.note + 3, fill(L.exascale, { exa: formatFigure(1, "eflops", locale) }), T.note, {
        halo: true,
        className: "chart-text chart-cs-note",
      }),
    );
  }
  const focusYear = referenceYear(c.input.compute);
  const dots: CircleMark[] = rows.map((r) => {
    const focus = r.year === focusYear;
    const v = formatFigure(r.value, "pflops", locale);
    return {
      type: "circle",
      key: `top-dot-${r.year}`,
      cx: x(r.year),
      cy: y(r.value),
      r: focus ? m.dot : Math.max(3, m.dot * 0.6),
      className: focus ? "chart-cs-ref chart-cs-ref-focus" : "chart-cs-ref",
      tip: tipFor(c, r, v, { precision: "FP64", note: [L.fp64, r.note].filter(Boolean).join(" ") }),
    };
  });
  marks.push({ type: "path", key: "top-line", d: polyline(dots.map((d) => [d.cx, d.cy])), className: "chart-cs-ref-line" });
  marks.push(...dots);

  // Name the latest machine at the line's end, then the reference year's beside its dot: above it, below
  // it, or (where the plot is short, on a phone) in the empty corner under the line, with a leader.
  if (last.year !== focusYear) {
    const d = dots.at(-1)!;
    marks.push(text("top-last", d.cx + d.r + 5, d.cy, last.name, T.note, { baseline: "middle", className: "chart-text chart-muted" }));
  }
  const focusDot = dots.find((d) => d.key === `top-dot-${focusYear}`);
  const focusRow = rows.find((r) => r.year === focusYear);
  if (focusDot && focusRow) {
    const words = fill(L.point, { name: focusRow.name, year: focusRow.year, value: formatFigure(focusRow.value, "pflops", locale) });
    const opts = { weight: 600, halo: true, className: "chart-text" } as const;
    const gap = focusDot.r + 5;
    const w = measure(words, T.label, 600);
    const bounds: LabelBox = { x0: 0, y0: box.top, x1: m.width, y1: plotBottom };
    // The line as boxes between consecutive dots, the dots, and every word already placed.
    const segments = dots.slice(1).map((d, i) => ({
      x0: Math.min(d.cx, dots[i]!.cx),
      y0: Math.min(d.cy, dots[i]!.cy) - 1,
      x1: Math.max(d.cx, dots[i]!.cx),
      y1: Math.max(d.cy, dots[i]!.cy) + 1,
    }));
    const obstacles = [...segments, ...dots.map((d) => markBox(d, 2)!), ...marks.filter((mk): mk is TextMark => mk.type === "text").map(textBox)];
    const cornerX = Math.max(x0 + 4, Math.min(m.x1 - w, focusDot.cx - w / 2));
    const candidates = [
      text("top-focus", focusDot.cx - gap, focusDot.cy - gap, words, T.label, { ...opts, anchor: "end" }),
      text("top-focus", focusDot.cx - gap, focusDot.cy + gap + T.label * 0.7, words, T.label, { ...opts, anchor: "end" }),
      text("top-focus", focusDot.cx + gap, focusDot.cy + gap + T.label * 0.7, words, T.label, { ...opts, anchor: "start" }),
      text("top-focus", cornerX, plotBottom - T.label * 0.4, words, T.label, opts),
    ];
    const label = firstFit(candidates, obstacles, bounds) ?? candidates[0]!;
    marks.push(label);
    if (label === candidates[3])
      marks.push(line("top-focus-leader", focusDot.cx, focusDot.cy + focusDot.r + 2, focusDot.cx, textBox(label).y0 - 2, "chart-cs-leader"));
  }
  const yearTicks: Tick[] = years.map((yr) => ({ value: yr, pos: x(yr), label: String(yr) }));
  marks.push(...xAxis(yearTicks, { key: "top-year", y: plotBottom + T.tick + 5, size: T.tick, gap: T.tick * 0.9 }));
  return marks.map((mk) => offIf(mk, off));
}
