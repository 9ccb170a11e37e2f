// Geometry of the cloud-revenue chart for a frame: a panel of fiscal years and a panel of recent quarters
// on one yuan scale (the same yuan per unit of height in both), side by side on a desktop column or a
// slide, stacked on a phone, where the quarters' panel is only as tall as its values need. Pure.
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from "d3-scale";
import { max, tickStep } from "d3-array";
import { isPhone, type Frame } from "@/lib/charts/frames";
import { ticksOf, type Tick } from "@/lib/charts/axes";
import { lineHeight, measure, wrap } from "@/lib/charts/text";
import { formatTick } from "@/lib/data/format";
import type { Locale } from "@/lib/i18n";
import { hasValue, quarterKey, type RevenueInput } from "@/components/charts/cloud-revenue/input";
import { growthText } from "@/components/charts/cloud-revenue/text";

export type PanelId = "years" | "quarters";

export type Panel = {
  id: PanelId;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Baseline of the panel's heading. */
  headY: number;
  y: ScaleLinear<number, number>;
  ticks: Tick[];
  /** Whether the panel prints its tick labels (side by side, the quarters share the years' labels). */
  tickLabels: boolean;
  /** Baseline of the first line of period labels under the panel. */
  labelY: number;
};

export type Geometry = {
  frame: Frame;
  narrow: boolean;
  width: number;
  height: number;
  /** Right end of the tick labels. */
  labelX: number;
  right: number;
  panels: Record<PanelId, Panel>;
  fx: ScaleBand<number>;
  qx: ScaleBand<string>;
  /** The dashed line between the panels: the series does not run on across the segment change. */
  breakLine: { x1: number; y1: number; x2: number; y2: number };
};

/** `words`: what an empty slot says (its longest word sets the slot's least width). */
export function geometry(input: RevenueInput, frame: Frame, locale: Locale, words: string): Geometry {
  const T = frame.type;
  const narrow = isPhone(frame);
  const width = frame.width;
  const years = input.years.filter(hasValue);
  const quarters = input.quarters;
  const top = Math.max(max(years, (r) => r.value) ?? 0, max(quarters, (r) => r.value ?? 0) ?? 0, hasValue(input.ghost) ? input.ghost.value : 0) || 1;
  const step = tickStep(0, top, 5);
  const yMax = Math.ceil(top / step) * step;
  const qTop = max(quarters, (r) => r.value ?? 0) || step;
  const qMax = Math.ceil(qTop / step) * step;
  const fmt = (v: number) => formatTick(v * 1e6, locale, "cny-m");

  const labelX = Math.ceil(measure(fmt(yMax), T.tick)) + 2;
  const left = labelX + 8;
  const right = width - (narrow ? 4 : 6);
  const headY = T.head * 0.85 + 2;
  // Room for the heading, then for the top tick label's upper half.
  const plotTop = headY + T.head * 0.45 + T.tick * 0.6 + 6;
  const plotH = narrow ? 170 : frame.id === "slide" ? 430 : 250;
  const pxPerUnit = plotH / yMax;
  const periodLh = lineHeight(T.tick);
  const yearsBottom = plotTop + plotH;
  const gap = narrow ? 0 : T.label * 2.4;
  // Side by side, a quarter's slot is at least as wide as a year's, and wide enough for the words in an
  // empty slot (each word clear of the neighbouring bars: see annotations.ts).
  const qPad = narrow ? 0.3 : 0.4;
  // In at most three lines, and no narrower than its longest word.
  const need = Math.max(measure(words, T.note) / 3, ...wrap(words, 1, T.note).map((w) => measure(w, T.note)));
  const wordsNeed = quarters.some((r) => !hasValue(r)) ? (need + 10) / (1 + qPad) : 0;
  // ...and wide enough that neighbouring growth figures (over the bars) keep clear of each other.
  const growthNeed = Math.max(0, ...Object.values(input.growth).map((v) => measure(growthText(v, locale), T.label) + T.label * 0.5));
  const qNeed = Math.max(wordsNeed, growthNeed);
  const yearSlot = (right - left - gap - quarters.length * qNeed) / years.length;
  const slot = narrow ? (right - left) / years.length : Math.min(yearSlot, (right - left - gap) / (years.length + quarters.length));
  const yearsX1 = left + slot * years.length;
  const panelY = (bottom: number, domainMax: number) =>
    scaleLinear()
      .domain([0, domainMax])
      .range([bottom, bottom - domainMax * pxPerUnit]);

  const yearsY = panelY(yearsBottom, yMax);
  const yearsPanel: Panel = {
    id: "years",
    x0: left,
    x1: yearsX1,
    top: plotTop,
    bottom: yearsBottom,
    headY,
    y: yearsY,
    ticks: ticksOf(yearsY, yMax / step, fmt),
    tickLabels: true,
    labelY: yearsBottom + T.tick + 4,
  };

  // On a phone: a rule under the years' labels, the quarters' heading, room for the growth labels, then
  // the quarters' panel at the same yuan per unit of height.
  const ruleY = yearsPanel.labelY + T.tick * 0.3 + 10;
  const qHeadY = narrow ? ruleY + 10 + T.head * 0.85 : headY;
  const qBottom = narrow ? qHeadY + T.head * 0.45 + T.label * 1.6 + 8 + qMax * pxPerUnit : yearsBottom;
  const qDomain = narrow ? qMax : yMax;
  const quartersY = panelY(qBottom, qDomain);
  const quartersPanel: Panel = {
    id: "quarters",
    x0: narrow ? left : yearsX1 + gap,
    x1: right,
    top: qBottom - qDomain * pxPerUnit,
    bottom: qBottom,
    headY: qHeadY,
    y: quartersY,
    ticks: ticksOf(quartersY, qDomain / step, fmt),
    tickLabels: narrow,
    labelY: qBottom + T.tick + 4,
  };

  const fx = scaleBand<number>()
    .domain(years.map((r) => r.year))
    .range([yearsPanel.x0, yearsPanel.x1])
    .paddingInner(narrow ? 0.22 : 0.25)
    .paddingOuter(0.1);
  const qx = scaleBand<string>().domain(quarters.map(quarterKey)).range([quartersPanel.x0, quartersPanel.x1]).paddingInner(qPad).paddingOuter(0.1);
  const breakX = (yearsX1 + quartersPanel.x0) / 2;
  const breakLine = narrow ? { x1: 2, y1: ruleY, x2: right, y2: ruleY } : { x1: breakX, y1: 2, x2: breakX, y2: yearsBottom + 4 };
  // Quarters' labels take two lines (the quarter, and the year where it changes).
  const height = Math.ceil(quartersPanel.labelY + periodLh + T.tick * 0.3 + 4);
  return { frame, narrow, width, height, labelX, right, panels: { years: yearsPanel, quarters: quartersPanel }, fx, qx, breakLine };
}
