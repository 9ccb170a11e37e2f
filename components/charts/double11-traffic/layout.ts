// Layout for the Double 11 chart: pure functions from rows and a size to panels, marks, ticks and labels.
// No React and no DOM, so it is unit-tested and snapshot-tested.
//
// Three panels share one year axis: sales (bars), the busiest second (orders, with Alipay's payments as a
// separate faint line) and the share bought on phones. The 2020 change of the sales window is a dashed
// break through all three; 2022, when no total was published, is a hatched "not disclosed" column.
import { scaleBand, scaleLinear, scaleLog, type ScaleContinuousNumeric } from "d3-scale";
import { max, min } from "d3-array";
import type { SeriesRow } from "@/lib/data/schema";
import type { Locale } from "@/lib/i18n";
import { formatFigure, formatNumber, formatTick } from "@/lib/data/format";
import type { UnitId } from "@/lib/data/units";
import { units } from "@/lib/data/units";
import type copyFile from "@/content/charts/double11-traffic.json";

/** Years from 2020 on are totals over 1–11 November, not one day. */
export const ELEVEN_DAY_WINDOW_FROM = 2020;

/** Steps, as the chapter tells them. */
export const STEP_COUNT = 5;
export const STEP_FOCUS: Record<number, { years: number[]; panel: PanelId }> = {
  0: { years: [], panel: "gmv" },
  1: { years: [2010], panel: "gmv" },
  2: { years: [2012, 2013], panel: "gmv" },
  3: { years: [2016], panel: "mobile" },
  4: { years: [2019, 2020], panel: "orders" },
};

export type Row = Pick<SeriesRow, "year" | "value" | "confidence" | "source" | "note">;

/** Everything the chart draws, by series. Notes are already in the reader's language. */
export type TrafficInput = {
  gmv: Row[];
  orders: Row[];
  payments: Row[];
  mobile: Row[];
  /** Taobao Mall alone in 2010 (the same value as the headline series), for the zoomed 2010 view. */
  tmall2010?: Row | null;
  /** The article's ¥1.95bn for Taobao as a whole in 2010: unconfirmed. */
  claim2010?: Row | null;
  /** The article's shares of orders run on the cloud (2012, 2013): unconfirmed. */
  cloudShare?: Row[];
  /** Seconds Alipay was from collapse at midnight in 2010. */
  margin2010?: Row | null;
};

/** The words the chart uses: one locale's copy, as in content/charts/double11-traffic.json. */
export type TrafficCopy = (typeof copyFile)["en"];

export type TypeScale = { tick: number; label: number; head: number; small: number; note: number; dot: number; dotAlt: number };
export const TYPE: Record<"wide" | "narrow", TypeScale> = {
  wide: { tick: 13.5, label: 13.5, head: 15, small: 12.5, note: 12.5, dot: 5, dotAlt: 3.5 },
  narrow: { tick: 10, label: 10, head: 11, small: 9.5, note: 9, dot: 3.5, dotAlt: 2.75 },
};

export type TrafficOptions = { width: number; height: number; locale: Locale; scale?: "linear" | "log"; step?: number };

export type PanelId = "gmv" | "orders" | "mobile";

/** What a reader can inspect on a mark: the tooltip and the sentence announced on arrow keys. */
export type Tip = {
  year: number;
  label: string;
  tipTitle: string;
  tipValue: string;
  tipNote?: string;
  sources: string[];
  confidence: Row["confidence"];
};

export type RectMark = Tip & {
  key: string;
  kind: "day" | "eleven-days" | "claim" | "gap" | "mobile";
  x: number;
  y: number;
  width: number;
  height: number;
  value: number | null;
  valueText: string;
};

export type DotMark = Tip & { key: string; kind: "orders" | "payments"; cx: number; cy: number; value: number; valueText: string };

export type Tick = { pos: number; label: string };
export type TextLabel = { x: number; y: number; lines: string[]; anchor: "start" | "middle" | "end"; className: string; size: number; bold?: boolean; /** Runs upward, turned 90° about (x, y). */ rotate?: boolean };
export type Line = { x1: number; y1: number; x2: number; y2: number; className: string };

export type Panel = {
  id: PanelId;
  top: number;
  bottom: number;
  title: string;
  /** Baseline of the panel's title, in the gap above it. */
  titleY: number;
  focus: boolean;
  yTicks: Tick[];
  /** Present when the panel's axis is logarithmic: where to write "log scale". */
  logLabel: { x: number; y: number; text: string } | null;
};

export type Inset = {
  x: number;
  y: number;
  width: number;
  height: number;
  title: TextLabel;
  bars: RectMark[];
  labels: TextLabel[];
  connectors: Line[];
  baseline: Line;
};

export type TrafficScene = {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  scale: "linear" | "log";
  step: number;
  narrow: boolean;
  type: TypeScale;
  panels: Panel[];
  xTicks: Tick[];
  /** Columns that the current step highlights. */
  focusBands: { x: number; width: number; y1: number; y2: number }[];
  /** Vertical dashed line where the sales window changes. */
  windowBreak: { x: number; y1: number; y2: number; label: TextLabel } | null;
  bars: RectMark[];
  claim: RectMark | null;
  gap: (RectMark & { text: TextLabel }) | null;
  orders: { dots: DotMark[]; segments: string[] };
  payments: { dots: DotMark[]; segments: string[]; label: TextLabel | null };
  mobile: { bars: RectMark[]; labels: TextLabel[]; hundred: Tick | null };
  /** The article's cloud shares, as small dashed tags above the 2012 and 2013 bars (step 2). */
  cloudTags: (Tip & { key: string; x: number; y: number; width: number; height: number; share: number; text: string })[];
  valueLabels: TextLabel[];
  callout: { text: TextLabel; leader: Line | null } | null;
  inset: Inset | null;
};

type Valued = Row & { value: number };
const hasValue = (r: Row): r is Valued => r.value !== null && Number.isFinite(r.value);

import { fill as fillText } from "@/lib/fill";
export { fillText };

/** Rough width of a string in the chart's sans: CJK glyphs are square, Latin about 0.56 em on average. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) {
    if (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch)) w += size;
    else if (/[ilI.,:;'’|!()\[\]]/.test(ch)) w += size * 0.3;
    else if (/[mwMW%¥—–]/.test(ch)) w += size * 0.85;
    else if (ch === " ") w += size * 0.28;
    else w += size * 0.56;
  }
  return w;
}

/** Breaks text into lines no wider than maxWidth: Latin at spaces, CJK between any two characters (not before punctuation). */
export function wrapText(text: string, maxWidth: number, size: number): string[] {
  const tokens: string[] = [];
  // Latin words stay whole (with their trailing space); each CJK character is its own token.
  for (const m of text.matchAll(/[\u2E80-\u9FFF\uF900-\uFAFF][，。、；：！？）》”’,.;:!?)]*|[^\s\u2E80-\u9FFF\uF900-\uFAFF]+\s*|\s+/g)) tokens.push(m[0]);
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    const next = line + token;
    if (line && textWidth(next.trimEnd(), size) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export type Box = { x0: number; y0: number; x1: number; y1: number };

/** The box a label covers (estimated from textWidth), for overlap checks. */
export function labelBox(l: TextLabel): Box {
  const w = Math.max(...l.lines.map((line) => textWidth(line, l.size)));
  const h = l.size * 1.05 + (l.lines.length - 1) * (l.size + 3);
  const start = l.anchor === "start" ? 0 : l.anchor === "middle" ? -w / 2 : -w;
  if (l.rotate) return { x0: l.x - l.size * 0.8, y0: l.y - start - w, x1: l.x + l.size * 0.25, y1: l.y - start };
  return { x0: l.x + start, y0: l.y - l.size * 0.8, x1: l.x + start + w, y1: l.y - l.size * 0.8 + h };
}

export const overlaps = (a: Box, b: Box, gap = 0) => a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;

const pow10Floor = (v: number) => 10 ** Math.floor(Math.log10(v));
const pow10Ceil = (v: number) => 10 ** Math.ceil(Math.log10(v));
/** A figure for a label on the chart: four significant digits are plenty (2684亿元, not 2684.44亿元). */
const short = (v: number) => Number(v.toPrecision(4));

export function layoutDouble11Traffic(input: TrafficInput, opts: TrafficOptions, copy: TrafficCopy): TrafficScene {
  const scale = opts.scale ?? "linear";
  const step = Math.max(0, Math.min(STEP_COUNT - 1, opts.step ?? 0));
  const { locale, width, height } = opts;
  const narrow = width < 480;
  // Type sizes. The wide scene is often drawn at about 500 px (the pinned scrollytelling column), so its
  // type is set large enough to stay readable at 70% scale.
  const T: TypeScale = narrow ? TYPE.narrow : TYPE.wide;
  const fsLabel = T.label;
  const margin = narrow ? { top: 76, right: 10, bottom: 22, left: 56 } : { top: 80, right: 14, bottom: 28, left: 80 };
  const focus = STEP_FOCUS[step]!;
  const plotLeft = margin.left;
  const plotRight = width - margin.right;
  const yearText = (y: number) => fillText(copy.year, { year: y });

  // Panels, top to bottom. Each header sits in the gap above its panel.
  const gapH = narrow ? 34 : 46;
  const avail = height - margin.top - margin.bottom - 2 * gapH;
  const heights = { gmv: avail * 0.56, orders: avail * 0.29, mobile: avail * 0.15 };
  const gmvTop = margin.top;
  const gmvBottom = gmvTop + heights.gmv;
  const ordersTop = gmvBottom + gapH;
  const ordersBottom = ordersTop + heights.orders;
  const mobileTop = ordersBottom + gapH;
  const mobileBottom = mobileTop + heights.mobile;

  const gmv = input.gmv;
  const gmvValued = gmv.filter(hasValue);
  const orders = input.orders.filter(hasValue);
  const payments = input.payments.filter(hasValue);
  const mobile = input.mobile.filter(hasValue);
  const claim = input.claim2010 && hasValue(input.claim2010) ? input.claim2010 : null;

  const allYears = [...gmv, ...orders, ...payments, ...mobile].map((r) => r.year);
  const firstYear = min(allYears) ?? 2009;
  const lastYear = max(allYears) ?? 2022;
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const x = scaleBand<number>()
    .domain(years)
    .range([margin.left, width - margin.right])
    .paddingInner(narrow ? 0.22 : 0.28)
    .paddingOuter(0.1);
  const bw = x.bandwidth();
  const cx = (yr: number) => (x(yr) ?? 0) + bw / 2;
  const halfGap = (x.step() * x.paddingInner()) / 2;

  // Sales: linear from zero, or log over whole decades.
  const gmvValues = [...gmvValued.map((r) => r.value), ...(claim ? [claim.value] : [])];
  const yGmv: ScaleContinuousNumeric<number, number> =
    scale === "log"
      ? scaleLog().domain([pow10Floor(min(gmvValues) ?? 0.1), pow10Ceil(max(gmvValues) ?? 1e4)]).range([gmvBottom, gmvTop])
      : scaleLinear().domain([0, max(gmvValues) ?? 1]).range([gmvBottom, gmvTop]).nice(narrow ? 3 : 6);
  const gmvFloor = scale === "log" ? gmvBottom : yGmv(0);

  // The busiest second: orders and Alipay payments share the panel's axis but never a line.
  const peakValues = [...orders.map((r) => r.value), ...payments.map((r) => r.value)];
  const yPeak: ScaleContinuousNumeric<number, number> =
    scale === "log"
      ? scaleLog().domain([pow10Floor(min(peakValues) ?? 100), pow10Ceil(max(peakValues) ?? 1e6)]).range([ordersBottom, ordersTop])
      : scaleLinear().domain([0, max(peakValues) ?? 1]).range([ordersBottom, ordersTop]).nice(narrow ? 3 : 4);

  // Share on phones: always 0–100%, linear (a share has no log view).
  const yMobile = scaleLinear().domain([0, 100]).range([mobileBottom, mobileTop]);

  const logTicks = (s: ScaleContinuousNumeric<number, number>) => {
    const [a, b] = s.domain() as [number, number];
    const out: number[] = [];
    for (let v = a; v <= b * 1.0001; v *= 10) out.push(v);
    return out;
  };
  const ticksFor = (s: ScaleContinuousNumeric<number, number>, count: number, unit: UnitId): Tick[] =>
    (scale === "log" ? logTicks(s) : s.ticks(count)).map((v) => ({ pos: s(v), label: v === 0 ? "0" : formatTick(v * units[unit].scale, locale, unit) }));

  const panelTitle = (id: PanelId) => (narrow ? copy.panelsShort[id] : copy.panels[id]);
  const logLabel = (top: number, bottom: number) => (scale === "log" ? { x: narrow ? 8 : 12, y: (top + bottom) / 2, text: copy.logScale } : null);
  const panels: Panel[] = [
    { id: "gmv", top: gmvTop, bottom: gmvBottom, title: panelTitle("gmv"), titleY: gmvTop - (narrow ? 12 : 16), focus: focus.panel === "gmv", yTicks: ticksFor(yGmv, narrow ? 3 : 6, "cny-100m"), logLabel: logLabel(gmvTop, gmvBottom) },
    { id: "orders", top: ordersTop, bottom: ordersBottom, title: panelTitle("orders"), titleY: ordersTop - (narrow ? 12 : 16), focus: focus.panel === "orders", yTicks: ticksFor(yPeak, narrow ? 3 : 4, "orders-per-second"), logLabel: logLabel(ordersTop, ordersBottom) },
    { id: "mobile", top: mobileTop, bottom: mobileBottom, title: panelTitle("mobile"), titleY: mobileTop - (narrow ? 12 : 16), focus: focus.panel === "mobile", yTicks: [], logLabel: null },
  ];

  const fmt = (v: number, unit: UnitId) => formatFigure(v, unit, locale);
  const sourcesOf = (r: Row) => r.source;

  // Sales bars.
  const bars: RectMark[] = gmvValued.map((r) => {
    const eleven = r.year >= ELEVEN_DAY_WINDOW_FROM;
    const valueText = fmt(r.value, "cny-100m");
    const y = yGmv(r.value);
    return {
      key: `gmv-${r.year}`,
      kind: eleven ? "eleven-days" : "day",
      year: r.year,
      x: x(r.year) ?? 0,
      y,
      width: bw,
      height: Math.max(0, gmvFloor - y),
      value: r.value,
      valueText,
      label: fillText(copy.marks.gmv, { year: yearText(r.year), value: valueText }) + (eleven ? ` (${copy.windowNote})` : ""),
      tipTitle: `${yearText(r.year)} · ${copy.series.gmv}`,
      tipValue: valueText,
      tipNote: r.note ?? (eleven ? copy.windowNote : undefined),
      sources: sourcesOf(r),
      confidence: r.confidence,
    };
  });

  // The article's 2010 figure: a dashed ghost over the Taobao Mall bar, reaching the height it claims.
  let claimMark: RectMark | null = null;
  if (claim) {
    const y = yGmv(claim.value);
    const valueText = fmt(claim.value, "cny-100m");
    claimMark = {
      key: `claim-${claim.year}`,
      kind: "claim",
      year: claim.year,
      x: x(claim.year) ?? 0,
      y,
      width: bw,
      height: Math.max(0, gmvFloor - y),
      value: claim.value,
      valueText,
      label: fillText(copy.marks.claim, { year: yearText(claim.year), value: valueText }),
      tipTitle: `${yearText(claim.year)} · ${copy.series.claim}`,
      tipValue: valueText,
      tipNote: claim.note ?? copy.claimNote,
      sources: claim.source,
      confidence: "low",
    };
  }

  // Years with a row but no value (2022 onward): a hatched column that says so, never a zero.
  const gapRow = gmv.find((r) => !hasValue(r));
  let gap: TrafficScene["gap"] = null;
  if (gapRow) {
    const gx = x(gapRow.year) ?? 0;
    const top = gmvTop + (gmvBottom - gmvTop) * 0.05;
    gap = {
      key: `gap-${gapRow.year}`,
      kind: "gap",
      year: gapRow.year,
      x: gx,
      y: top,
      width: bw,
      height: gmvBottom - top,
      value: null,
      valueText: copy.notDisclosed,
      label: fillText(copy.marks.gap, { year: yearText(gapRow.year) }),
      tipTitle: `${yearText(gapRow.year)} · ${copy.series.gmv}`,
      tipValue: copy.notDisclosed,
      tipNote: gapRow.note,
      sources: gapRow.source,
      confidence: gapRow.confidence,
      // Rotated to run up the column, from just above the baseline.
      text: { x: gx + bw / 2, y: gmvBottom - 6, lines: [copy.notDisclosed], anchor: "start", className: "chart-text chart-muted", size: T.small },
    };
  }

  // Peaks: dots, joined only between consecutive years; a missing year is a break in the line.
  const dotsFor = (rows: Valued[], kind: "orders" | "payments"): DotMark[] =>
    rows.map((r) => {
      const unit: UnitId = kind === "orders" ? "orders-per-second" : "payments-per-second";
      const valueText = fmt(r.value, unit);
      return {
        key: `${kind}-${r.year}`,
        kind,
        year: r.year,
        cx: cx(r.year),
        cy: yPeak(r.value),
        value: r.value,
        valueText,
        label: fillText(copy.marks[kind], { year: yearText(r.year), value: valueText }),
        tipTitle: `${yearText(r.year)} · ${copy.series[kind]}`,
        tipValue: valueText,
        tipNote: r.note,
        sources: r.source,
        confidence: r.confidence,
      };
    });
  const segmentsFor = (dots: DotMark[]) => {
    const runs: DotMark[][] = [];
    for (const d of dots) {
      const run = runs.at(-1);
      if (run && run.at(-1)!.year === d.year - 1) run.push(d);
      else runs.push([d]);
    }
    return runs.filter((r) => r.length > 1).map((r) => r.map((d, i) => `${i ? "L" : "M"}${round(d.cx)},${round(d.cy)}`).join(""));
  };
  const orderDots = dotsFor(orders, "orders");
  const paymentDots = dotsFor(payments, "payments");
  const lastPayment = paymentDots.at(-1);
  const paymentsLabel: TextLabel | null = lastPayment
    ? { x: lastPayment.cx + 6, y: lastPayment.cy + fsLabel + (scale === "log" ? 1 : 3), lines: [copy.payments], anchor: "start", className: "chart-text chart-muted", size: T.small }
    : null;

  // Share on phones.
  const mobileBars: RectMark[] = mobile.map((r) => {
    const valueText = fmt(r.value, "percent");
    const y = yMobile(r.value);
    return {
      key: `mobile-${r.year}`,
      kind: "mobile",
      year: r.year,
      x: x(r.year) ?? 0,
      y,
      width: bw,
      height: Math.max(0, mobileBottom - y),
      value: r.value,
      valueText,
      label: fillText(copy.marks.mobile, { year: yearText(r.year), value: valueText }),
      tipTitle: `${yearText(r.year)} · ${copy.series.mobile}`,
      tipValue: valueText,
      tipNote: r.note,
      sources: r.source,
      confidence: r.confidence,
    };
  });
  // Value labels on the share bars: every one where there is room, else the ends and the focus year.
  const mobileLabelYears = narrow
    ? new Set([mobile[0]?.year, mobile.at(-1)?.year, ...(step === 3 ? focus.years : [])])
    : new Set(mobile.map((r) => r.year));
  if (narrow && step === 3) for (const yr of focus.years) mobileLabelYears.delete(yr + 1);
  const mobileLabels: TextLabel[] = mobileBars
    .filter((b) => mobileLabelYears.has(b.year))
    .map((b) => ({
      x: b.x + bw / 2,
      y: b.y - 4,
      lines: [fmt(Math.round(b.value!), "percent")],
      anchor: "middle",
      className: step === 3 && focus.years.includes(b.year) ? "chart-text chart-d11-value-strong" : "chart-text chart-d11-value",
      size: T.small,
      bold: step === 3 && focus.years.includes(b.year),
    }));

  // Year axis under the last panel: every year when wide; on narrow screens every third, plus 2020.
  const breakIndex = years.findIndex((yr) => yr >= ELEVEN_DAY_WINDOW_FROM);
  const every = narrow ? 3 : 1;
  const xTicks = years
    .filter((yr, i) => (i === breakIndex ? true : i % every === 0 && (every === 1 || breakIndex < 0 || Math.abs(i - breakIndex) >= 2)))
    .map((yr) => ({ pos: cx(yr), label: narrow ? `’${String(yr).slice(2)}` : String(yr) }));

  const breakYear = years.find((yr) => yr >= ELEVEN_DAY_WINDOW_FROM && gmvValued.some((r) => r.year === yr));
  const breakX = breakYear === undefined ? 0 : (x(breakYear) ?? 0) - halfGap;
  const windowBreak: TrafficScene["windowBreak"] =
    breakYear === undefined
      ? null
      : {
          x: breakX,
          y1: gmvTop - 14,
          y2: mobileBottom,
          label: { x: breakX + 4, y: gmvTop - 4, lines: [narrow ? copy.windowBreakShort : copy.windowBreak], anchor: "start", className: "chart-text chart-muted", size: T.small },
        };

  const focusBands = focus.years.length
    ? [
        {
          x: (x(Math.min(...focus.years)) ?? 0) - halfGap * 0.8,
          width: (x(Math.max(...focus.years)) ?? 0) + bw - (x(Math.min(...focus.years)) ?? 0) + halfGap * 1.6,
          y1: gmvTop - 6,
          y2: mobileBottom,
        },
      ]
    : [];

  // Value labels on the sales bars.
  const valueLabels: TextLabel[] = [];
  const strongCls = "chart-text chart-d11-value-strong";
  const softCls = "chart-text chart-d11-value";
  const labelBar = (year: number, strong = false) => {
    const b = bars.find((d) => d.year === year);
    if (!b) return;
    valueLabels.push({ x: b.x + bw / 2, y: b.y - 5, lines: [fmt(short(b.value!), "cny-100m")], anchor: "middle", className: strong ? strongCls : softCls, size: fsLabel, bold: strong });
  };
  const lastDay = gmvValued.filter((r) => r.year < ELEVEN_DAY_WINDOW_FROM).at(-1);
  const lastAny = gmvValued.at(-1);
  if (step === 0) {
    if (!narrow && gmvValued[0]) labelBar(gmvValued[0].year);
    if (lastDay) labelBar(lastDay.year, true);
    if (lastAny && lastAny !== lastDay) labelBar(lastAny.year);
  }

  // Peak labels (step 4): the first peak above its dot, the one before last below its dot, the last above.
  if (step === 4 && orderDots.length) {
    const first = orderDots[0]!;
    const last = orderDots.at(-1)!;
    const prev = orderDots.find((d) => d.year === last.year - 1);
    const num = (d: DotMark) => formatNumber(d.value, locale);
    valueLabels.push({ x: first.cx, y: first.cy - 9, lines: [num(first)], anchor: "middle", className: strongCls, size: fsLabel, bold: true });
    if (prev) {
      // Below its dot, unless that lands on the Alipay label; then above it.
      const below: TextLabel = { x: prev.cx + (narrow ? 4 : 0), y: prev.cy + fsLabel + 7, lines: [num(prev)], anchor: narrow ? "end" : "middle", className: strongCls, size: fsLabel, bold: true };
      const above: TextLabel = { ...below, x: prev.cx - 4, y: prev.cy - 9, anchor: "end" };
      const clash = (l: TextLabel) => paymentsLabel !== null && overlaps(labelBox(l), labelBox(paymentsLabel), 2);
      valueLabels.push(clash(below) ? above : below);
    }
    valueLabels.push({ x: Math.min(last.cx, width - margin.right - textWidth(num(last), fsLabel) / 2), y: last.cy - 9, lines: [num(last)], anchor: "middle", className: strongCls, size: fsLabel, bold: true });
  }

  // The article's cloud shares (step 2): a small dashed meter above each bar, filled to the share.
  const cloudTags: TrafficScene["cloudTags"] = [];
  if (step === 2) {
    const rows = (input.cloudShare ?? []).filter(hasValue);
    const h = narrow ? 16 : 22;
    const w = narrow ? 32 : 54;
    const top = Math.min(...rows.map((r) => bars.find((d) => d.year === r.year)?.y ?? gmvBottom)) - 10 - h;
    rows.forEach((r, i) => {
      const b = bars.find((d) => d.year === r.year);
      if (!b) return;
      const text = fmt(r.value, "percent");
      // Side by side when they fit, else stepped up like the shares themselves.
      const y = top - (narrow ? i * (h + 5) : i * 8);
      cloudTags.push({
        key: `cloud-${r.year}`,
        year: r.year,
        x: b.x + bw / 2 - w / 2,
        y,
        width: w,
        height: h,
        share: Math.max(0, Math.min(100, r.value)) / 100,
        text,
        label: fillText(copy.marks.cloud, { year: yearText(r.year), value: text }),
        tipTitle: `${yearText(r.year)} · ${copy.series.cloud}`,
        tipValue: text,
        tipNote: r.note ?? copy.cloudNote,
        sources: r.source,
        confidence: "low",
      });
    });
  }

  // Step 1 on a linear axis: 2010 is a sliver, so a magnified view sets it beside the article's claim.
  let inset: Inset | null = null;
  if (step === 1 && scale === "linear") {
    // On small screens the magnifier holds only the 2010 pair.
    const y2010 = STEP_FOCUS[1]!.years[0]!;
    const b2009 = narrow ? undefined : gmvValued.find((r) => r.year === firstYear && r.year < y2010);
    const tmall = input.tmall2010 && hasValue(input.tmall2010) ? input.tmall2010 : gmvValued.find((r) => r.year === y2010);
    if (tmall && claim) {
      const ix = margin.left + 6;
      const iy = gmvTop + 2;
      const pad = narrow ? 8 : 10;
      const captionH = narrow ? 16 : 20;
      const ibw = narrow ? 17 : 30;
      const gapBars = narrow ? 9 : 52;
      const fsIn = T.small;
      const noteSize = T.note;
      const innerTop = iy + (narrow ? 26 : 46);
      const items: { row: Valued; kind: RectMark["kind"]; x: number; series: string; note?: string }[] = [];
      // On small screens the Taobao Mall value sits left of its bar, so leave it room.
      const tmallText = [fmt(short(tmall.value), "cny-100m"), copy.insetTmallLabel];
      let cursor = ix + pad + (narrow ? Math.max(...tmallText.map((t) => textWidth(t, fsIn))) + 6 : 4);
      if (b2009) {
        items.push({ row: b2009, kind: "day", x: cursor, series: copy.series.gmv, note: b2009.note });
        cursor += ibw + gapBars;
      }
      items.push({ row: tmall, kind: "day", x: cursor, series: copy.series.gmv, note: tmall.note });
      items.push({ row: claim, kind: "claim", x: cursor + ibw + 2, series: copy.series.claim, note: claim.note ?? copy.claimNote });
      const noteX = items.at(-1)!.x + ibw + (narrow ? 8 : 12);
      // As wide as the bars below allow (it ends before the first bar that reaches its bottom edge), and as
      // tall as the note beside the 2010 pair needs. A taller box may have to be narrower, so settle both.
      let ih = (gmvBottom - gmvTop) * (narrow ? 0.58 : 0.66);
      let iw = 0;
      let noteLines: string[] = [];
      for (let pass = 0; pass < 4; pass++) {
        const bottom = iy + ih;
        const clearYear = years.find((yr) => yr > y2010 && (bars.find((b) => b.year === yr)?.y ?? gmvBottom) < bottom + 6);
        iw = Math.min(narrow ? 200 : 380, (clearYear !== undefined ? (x(clearYear) ?? plotRight) - halfGap : plotRight) - 6 - ix);
        const noteW = ix + iw - pad - noteX;
        // Small screens label the two bars directly instead (below).
        noteLines = !narrow && noteW > 40 ? wrapText(copy.claimLabel, noteW, noteSize) : [];
        const needed = innerTop + noteSize + (noteLines.length - 1) * (noteSize + 3) + 4 + pad - iy;
        if (needed <= ih || needed > (gmvBottom - gmvTop) * 0.85) break;
        ih = needed;
      }
      const innerBottom = iy + ih - captionH - 4;
      const yi = scaleLinear().domain([0, claim.value]).range([innerBottom, innerTop]);
      const ibars: RectMark[] = items.map((it) => {
        const valueText = fmt(it.row.value, "cny-100m");
        const y = yi(it.row.value);
        return {
          key: `inset-${it.kind}-${it.row.year}`,
          kind: it.kind,
          year: it.row.year,
          x: it.x,
          y,
          width: ibw,
          height: Math.max(0, innerBottom - y),
          value: it.row.value,
          valueText,
          label: fillText(it.kind === "claim" ? copy.marks.claim : copy.marks.gmv, { year: yearText(it.row.year), value: valueText }),
          tipTitle: `${yearText(it.row.year)} · ${it.series}`,
          tipValue: valueText,
          tipNote: it.note,
          sources: it.row.source,
          confidence: it.kind === "claim" ? "low" : it.row.confidence,
        };
      });
      const labels: TextLabel[] = [];
      for (const b of ibars) {
        const text = [fmt(short(b.value!), "cny-100m")];
        // The Taobao Mall bar stands against the claim, so its label goes on its left, level with its top;
        // on small screens each 2010 bar also says what it is, the claim on its right.
        if (b.kind === "day" && b.year === tmall.year) labels.push({ x: b.x - 3, y: b.y + fsIn * 0.8, lines: narrow ? tmallText : text, anchor: "end", className: strongCls, size: fsIn, bold: true });
        else if (b.kind === "claim" && narrow) {
          const lx = b.x + ibw + 4;
          labels.push({ x: lx, y: b.y + fsIn * 0.8, lines: [...text, ...wrapText(copy.insetClaimLabel, ix + iw - pad - lx, fsIn)], anchor: "start", className: softCls, size: fsIn });
        } else labels.push({ x: b.x + ibw / 2, y: b.y - 4, lines: text, anchor: "middle", className: b.kind === "claim" ? softCls : strongCls, size: fsIn, bold: b.kind !== "claim" });
      }
      // Year captions: one under 2009, one under the 2010 pair.
      const capY = innerBottom + fsIn + 3;
      if (b2009) labels.push({ x: ibars[0]!.x + ibw / 2, y: capY, lines: [yearText(b2009.year)], anchor: "middle", className: "chart-text chart-muted", size: fsIn });
      const pairX = (ibars.at(-2)!.x + ibars.at(-1)!.x + ibw) / 2;
      labels.push({ x: pairX, y: capY, lines: [yearText(tmall.year)], anchor: "middle", className: "chart-text chart-muted", size: fsIn });
      if (noteLines.length) labels.push({ x: noteX, y: innerTop + noteSize, lines: noteLines, anchor: "start", className: "chart-text chart-d11-note", size: noteSize });
      inset = {
        x: ix,
        y: iy,
        width: iw,
        height: ih,
        title: { x: ix + pad, y: iy + fsIn + 6, lines: [b2009 ? fillText(copy.insetTitle, { from: b2009.year, to: tmall.year }) : fillText(copy.insetTitleOne, { year: tmall.year })], anchor: "start", className: "chart-text chart-muted", size: fsIn },
        bars: ibars,
        labels,
        connectors: [
          { x1: ix, y1: iy + ih, x2: (x(b2009?.year ?? tmall.year) ?? 0) - 1, y2: gmvBottom, className: "chart-d11-leader" },
          { x1: Math.min(ix + iw, (x(tmall.year) ?? 0) + bw + 40), y1: iy + ih, x2: (x(tmall.year) ?? 0) + bw + 1, y2: gmvBottom, className: "chart-d11-leader" },
        ],
        baseline: { x1: ibars[0]!.x - 4, y1: innerBottom, x2: ibars.at(-1)!.x + ibw + 4, y2: innerBottom, className: "chart-axis" },
      };
    }
  }
  // On a log axis the claim is visible on the main chart: label the two 2010 heights where the axis labels
  // and the neighbouring bars leave room, running up the column: the Taobao Mall value inside its bar, the
  // claim above the dashed outline.
  let claimLabelTop: number | null = null;
  if (step === 1 && scale === "log" && claimMark) {
    const b = bars.find((d) => d.year === claimMark!.year);
    const claimText = fmt(short(claimMark.value!), "cny-100m");
    const fsIn = T.small;
    const lx = claimMark.x + bw / 2 + fsIn * 0.35;
    valueLabels.push({ x: lx, y: claimMark.y - 4, lines: [claimText], anchor: "start", className: softCls, size: fsIn, rotate: true });
    claimLabelTop = claimMark.y - 4 - textWidth(claimText, fsIn);
    if (b) valueLabels.push({ x: lx, y: b.y + 4, lines: [fmt(short(b.value!), "cny-100m")], anchor: "end", className: "chart-text chart-d11-value-inverse", size: fsIn, bold: true, rotate: true });
  }

  // The step's callout. Steps about a single column (0–2) write it in the strip above the panels with a
  // leader down; the phone and peak steps write it inside their own panel, where there is empty room.
  const calloutText = narrow ? copy.calloutsShort : copy.callouts;
  const figureVars: Record<string, string | number> = {};
  const ordersFirst = orderDots[0];
  const ordersLast = orderDots.at(-1);
  if (ordersFirst && ordersLast) {
    figureVars.peak = formatNumber(ordersLast.value, locale);
    figureVars.peakYear = ordersLast.year;
    figureVars.firstPeak = formatNumber(ordersFirst.value, locale);
    figureVars.firstPeakYear = ordersFirst.year;
    figureVars.peakRatio = formatNumber(Math.round(ordersLast.value / ordersFirst.value), locale);
  }
  const mFocus = mobile.find((r) => STEP_FOCUS[3]!.years.includes(r.year));
  if (mFocus) {
    figureVars.mobile = fmt(mFocus.value, "percent");
    figureVars.mobileYear = mFocus.year;
  }
  const cloud = (input.cloudShare ?? []).filter(hasValue);
  if (cloud.length >= 2) {
    figureVars.cloudFrom = fmt(cloud[0]!.value, "percent");
    figureVars.cloudTo = fmt(cloud.at(-1)!.value, "percent");
    figureVars.cloudFromYear = cloud[0]!.year;
    figureVars.cloudToYear = cloud.at(-1)!.year;
  }
  if (input.margin2010 && hasValue(input.margin2010)) {
    figureVars.seconds = fmt(input.margin2010.value, "second");
    figureVars.marginYear = input.margin2010.year;
  }
  if (breakYear !== undefined) figureVars.breakYear = breakYear;

  const calloutKey = (["windowChange", "fourSeconds", "cloudShare", "mobile", "peaks"] as const)[step]!;
  const stripTop = 14;
  const lineH = fsLabel + 3;
  const raw = fillText(calloutText[calloutKey], figureVars);
  const calloutCls = step === 1 ? "chart-text chart-d11-callout-alarm" : "chart-text chart-d11-callout";
  let callout: TrafficScene["callout"] = null;
  if (step === 3 && mobile.length) {
    // Right of the last share bar, inside the phone panel.
    const tx = (x(mobile.at(-1)!.year) ?? 0) + bw + halfGap * 2 + 2;
    // Stop before the window break if that leaves room for the text; otherwise run across it on a halo.
    const right = windowBreak && windowBreak.x - 8 - tx >= 80 ? windowBreak.x - 8 : plotRight;
    callout = { text: { x: tx, y: mobileTop + fsLabel, lines: wrapText(raw, right - tx, fsLabel), anchor: "start", className: `${calloutCls} chart-halo`, size: fsLabel }, leader: null };
  } else if (step === 4 && orders.length > 1) {
    // Inside the peaks panel, wherever the dots leave room: top left (before the line resumes after the
    // years with no figure), else bottom right, under the lines.
    const lh = fsLabel + 3;
    const dotBoxes: Box[] = [...orderDots, ...paymentDots].map((d) => ({ x0: d.cx - 6, y0: d.cy - 6, x1: d.cx + 6, y1: d.cy + 6 }));
    const candidates: TextLabel[] = [];
    {
      const tx = plotLeft + 6;
      const lines = wrapText(raw, (x(orders[1]!.year) ?? plotRight) - 8 - tx, fsLabel);
      candidates.push({ x: tx, y: ordersTop + fsLabel, lines, anchor: "start", className: `${calloutCls} chart-halo`, size: fsLabel });
    }
    {
      const tx = plotRight - 2;
      const lines = wrapText(raw, Math.min(narrow ? 200 : 380, plotRight - plotLeft - 40), fsLabel);
      candidates.push({ x: tx, y: ordersBottom - 6 - (lines.length - 1) * lh, lines, anchor: "end", className: `${calloutCls} chart-halo`, size: fsLabel });
    }
    const fits = (l: TextLabel) => {
      const b = labelBox(l);
      return b.y0 >= ordersTop - 4 && b.y1 <= ordersBottom && !dotBoxes.some((d) => overlaps(b, d));
    };
    callout = { text: candidates.find(fits) ?? candidates[0]!, leader: null };
  } else {
    // Where it points: the focus column's most telling mark.
    let target: { x: number; y: number } | null = null;
    if (step === 0 && windowBreak) target = { x: windowBreak.x, y: windowBreak.y1 };
    if (step === 1) {
      const top = inset ? inset.y : (claimLabelTop ?? Math.min(claimMark?.y ?? gmvBottom, bars.find((b) => b.year === 2010)?.y ?? gmvBottom)) - 3;
      target = { x: cx(focus.years[0]!), y: top };
    }
    if (step === 2 && cloudTags.length) target = { x: cloudTags.at(-1)!.x + cloudTags.at(-1)!.width / 2, y: Math.min(...cloudTags.map((t) => t.y)) - 2 };
    const maxW = narrow ? plotRight - 4 : Math.min(480, plotRight - plotLeft);
    const lines = wrapText(raw, maxW, fsLabel);
    const w = Math.max(...lines.map((l) => textWidth(l, fsLabel)));
    const anchorX = target ? target.x : plotLeft;
    // Beside the leader, or to its left if it would run off the right edge; full width on small screens.
    let tx: number;
    let anchor: "start" | "end" = "start";
    if (narrow) tx = 4;
    else if (anchorX + 6 + w <= plotRight) tx = anchorX + 6;
    else {
      anchor = "end";
      tx = Math.max(anchorX - 6, w + 4);
    }
    if (step === 0 && windowBreak && (!narrow || lines.length === 1) && windowBreak.x - 8 - w >= 4) {
      // To the left of the break it explains, which rises to meet it.
      anchor = "end";
      tx = windowBreak.x - 8;
      windowBreak.y1 = stripTop - 2;
    }
    const textBottom = stripTop + lines.length * lineH;
    const leader =
      target && step !== 0 && target.y > textBottom + 4
        ? { x1: target.x, y1: narrow ? textBottom + 1 : stripTop - 2, x2: target.x, y2: target.y, className: step === 1 ? "chart-d11-leader-alarm" : "chart-d11-leader" }
        : null;
    callout = { text: { x: tx, y: stripTop + fsLabel * 0.8, lines, anchor, className: calloutCls, size: fsLabel }, leader };
  }

  // Value labels were pushed in order of importance: keep each one that does not collide with one before it.
  const placed: TextLabel[] = [];
  for (const l of valueLabels) if (!placed.some((p) => overlaps(labelBox(p), labelBox(l), 1))) placed.push(l);

  const mobileHundred: Tick | null = mobile.length ? { pos: yMobile(100), label: formatTick(100, locale) + "%" } : null;

  return {
    width,
    height,
    margin,
    scale,
    step,
    narrow,
    type: T,
    panels,
    xTicks,
    focusBands,
    windowBreak,
    bars,
    claim: claimMark,
    gap,
    orders: { dots: orderDots, segments: segmentsFor(orderDots) },
    payments: { dots: paymentDots, segments: segmentsFor(paymentDots), label: paymentsLabel },
    mobile: { bars: mobileBars, labels: mobileLabels, hundred: mobileHundred },
    cloudTags,
    valueLabels: placed,
    callout,
    inset,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Title, description and the figures copy needs, computed from the data for a step. */
export function trafficText(
  input: TrafficInput,
  copy: { titles: string[]; desc: string; steps: string[]; notes: string[] },
  locale: Locale,
  step = 0,
): { title: string; desc: string; notes: string[]; vars: Record<string, string | number> } {
  const gmv = input.gmv.filter(hasValue);
  const first = gmv[0];
  const lastDay = gmv.filter((r) => r.year < ELEVEN_DAY_WINDOW_FROM).at(-1);
  const last = gmv.at(-1);
  const undisclosed = input.gmv.find((r) => !hasValue(r));
  const orders = input.orders.filter(hasValue);
  const mobile = input.mobile.filter(hasValue);
  const cloud = (input.cloudShare ?? []).filter(hasValue);
  const m = mobile.find((r) => r.year === 2016) ?? mobile.at(-1);
  const fmt = (v: number, unit: UnitId) => formatFigure(v, unit, locale);
  const vars: Record<string, string | number> = {};
  if (first && lastDay) {
    vars.first = first.year;
    vars.last = lastDay.year;
    vars.firstValue = fmt(first.value, "cny-100m");
    vars.lastDayValue = fmt(lastDay.value, "cny-100m");
    // Rounded as the chapter's <Ratio> rounds it, so text and chart agree.
    vars.ratio = formatNumber(Math.round(lastDay.value / first.value), locale);
    vars.decade = lastDay.year - first.year;
  }
  if (last) {
    vars.lastYear = last.year;
    vars.lastValue = fmt(last.value, "cny-100m");
  }
  vars.undisclosedYear = undisclosed?.year ?? "";
  vars.breakYear = ELEVEN_DAY_WINDOW_FROM;
  const y2010 = gmv.find((r) => r.year === 2010);
  if (y2010) vars.value2010 = fmt(y2010.value, "cny-100m");
  if (input.claim2010 && hasValue(input.claim2010)) {
    vars.claim = fmt(input.claim2010.value, "cny-100m");
    vars.claimYear = input.claim2010.year;
  }
  if (input.margin2010 && hasValue(input.margin2010)) {
    vars.seconds = fmt(input.margin2010.value, "second");
    vars.marginYear = input.margin2010.year;
  }
  if (cloud.length >= 2) {
    vars.cloudFrom = fmt(cloud[0]!.value, "percent");
    vars.cloudTo = fmt(cloud.at(-1)!.value, "percent");
    vars.cloudFromYear = cloud[0]!.year;
    vars.cloudToYear = cloud.at(-1)!.year;
  }
  if (m) {
    vars.mobile = fmt(m.value, "percent");
    vars.mobileYear = m.year;
  }
  if (mobile.length) {
    vars.mobileFirstYear = mobile[0]!.year;
    vars.mobileLastYear = mobile.at(-1)!.year;
    vars.mobileLast = fmt(mobile.at(-1)!.value, "percent");
  }
  if (orders.length >= 2) {
    const a = orders[0]!;
    const b = orders.at(-1)!;
    vars.firstPeak = formatNumber(a.value, locale);
    vars.firstPeakYear = a.year;
    vars.peak = formatNumber(b.value, locale);
    vars.peakYear = b.year;
    vars.peakRatio = formatNumber(Math.round(b.value / a.value), locale);
    vars.peakYears = b.year - a.year;
    const gapYears = [];
    for (let y = a.year + 1; y < (orders[1]?.year ?? a.year); y++) gapYears.push(y);
    vars.ordersGapFrom = gapYears[0] ?? "";
    vars.ordersGapTo = gapYears.at(-1) ?? "";
  }
  const s = Math.max(0, Math.min(copy.titles.length - 1, step));
  return {
    title: fillText(copy.titles[s]!, vars),
    desc: `${fillText(copy.desc, vars)} ${fillText(copy.steps[s] ?? "", vars)}`.trim(),
    notes: copy.notes.map((n) => fillText(n, vars)),
    vars,
  };
}
