// Layout for the elasticity explorable: pure functions from a simulated day and a size to paths, ticks,
// labels and inspectable hour marks. No d3, no React, no DOM, no registry: the "use client" explorer runs
// this in the browser after every change, and the tests run it in Node.
import type { Locale } from "@/lib/i18n";
import { formatFigure, formatNumber } from "@/lib/data/format";
import {
  ASSUMPTIONS,
  DAY,
  MIDNIGHT,
  WINDOW_START_HOUR,
  hourly,
  period,
  simulate,
  strategyFor,
  type DelayOption,
  type HourRow,
  type PeriodRow,
  type ModelResult,
  type Scenario,
} from "@/components/charts/elasticity/model";

/** All words the layout places, from content/charts/elasticity.json (already in the reader's locale). */
export type ElasticityCopy = {
  title: string;
  subtitle: string;
  desc: string;
  plotLabel: string;
  controls: { strategy: string; delay: string; headroom: string; headroomHint: string };
  strategies: Record<Scenario["kind"], string>;
  delays: Record<DelayOption, string>;
  delayNames: Record<DelayOption, string>;
  margin: { some: string; none: string };
  scenario: Record<Scenario["kind"], string>;
  tally: { heading: string; lost: string; lostNone: string; lostUnder: string; lostValue: string; serverHours: string; utilisation: string; sentence: string };
  axis: { unit: string; unitShort: string };
  labels: { demand: string; capacity: string; idle: string; zoom: string; overrun: string; busiest: string; offChart: string };
  dates: { before: string; day: string; beforeShort: string; dayShort: string };
  tip: { title: string; value: string; hour: string; tenMinutes: string; dropped: string; idle: string; source: string };
  tableCaption: string;
  columns: { hour: string; demand: string; capacity: string; dropped: string };
  notes: string[];
  steps: string[];
};

export type Tick = { pos: number; label: string; sub?: string; anchor: "start" | "middle" | "end" };
export type SceneLabel = { x: number; y: number; text: string; anchor: "start" | "middle" | "end"; tone: "ink" | "muted" | "accent" | "alarm" };
export type PeriodMark = { key: string; x: number; y: number; width: number; height: number; title: string; value: string; note: string; label: string };
export type Rect = { x: number; y: number; width: number; height: number };

/** One plot: the whole day, or the minutes around midnight. Both share the y scale's values. */
export type Panel = {
  kind: "day" | "zoom";
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  yTicks: Tick[];
  /** Whether this panel prints the y tick labels (side-by-side panels share the left one's). */
  yLabels: boolean;
  xTicks: Tick[];
  midnightX: number;
  paths: { demand: string; capacity: string; idle: string; dropped: string };
  /** Capacity runs above the top of the scale: drawn along the top edge, dashed, with its value in a label. */
  capacityClipped: boolean;
};

export type ElasticityScene = {
  width: number;
  height: number;
  panels: Panel[];
  /** In the day panel: the stretch the zoom panel enlarges. */
  zoomWindow: Rect;
  labels: SceneLabel[];
  marks: PeriodMark[];
};

export type LayoutOptions = { width: number; height: number; locale: Locale; /** Top of the y scale (× normal peak). */ yMax: number };

export const SIZES = { wide: { width: 720, height: 380 }, narrow: { width: 340, height: 420 } } as const;

/** The zoom panel: from ten minutes before midnight to seventy after. */
export const ZOOM = { from: MIDNIGHT - 10, to: MIDNIGHT + 70 } as const;

import { fill } from "@/lib/fill";
export { fill };

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

// The explorer lays out every frame of a transition; Intl formatters are slow to build, and the rounded
// values repeat, so formatted strings are kept.
const memo = new Map<string, string>();
const cached = (value: number, unit: "times" | "percent", locale: Locale) => {
  const key = `${locale}|${unit}|${value}`;
  let text = memo.get(key);
  if (text === undefined) {
    text = formatFigure(value, unit, locale);
    if (memo.size > 5000) memo.clear();
    memo.set(key, text);
  }
  return text;
};

/** A multiple of a normal peak: 2.9× / 2.9倍. */
export const formatTimes = (v: number, locale: Locale) => cached(round(v, 1), "times", locale);

/** A share (0–1) as a percentage with as many decimals as a small value needs: 32%, 5.6%, 0.08%. */
export function formatShare(share: number, locale: Locale): string {
  const p = share * 100;
  const places = p >= 10 ? 0 : p >= 0.1 ? 1 : 2;
  return cached(round(p, places), "percent", locale);
}

/** "00:00", "00:10", "18:00" from a clock time in hours. */
const hhmm = (clock: number) => {
  const total = Math.round((((clock % 24) + 24) % 24) * 60);
  return `${String(Math.floor(total / 60) % 24).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
};
const clockAt = (minute: number) => (WINDOW_START_HOUR + minute / 60) % 24;
const dateAt = (minute: number, copy: ElasticityCopy) => (minute < MIDNIGHT ? copy.dates.before : copy.dates.day);

/** Rough text width for placement (Latin ≈ 0.56 em, CJK ≈ 1 em). */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? size : size * 0.56;
  return w;
}

type Pt = [number, number];

/** Ramer–Douglas–Peucker: drops points that lie within `tol` px of the line through their neighbours. */
function simplify(points: Pt[], tol = 0.3): Pt[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a]!;
    const [bx, by] = points[b]!;
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy) || 1;
    let worst = -1;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i]!;
      const d = Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > worst) {
        worst = d;
        at = i;
      }
    }
    if (worst > tol && at > 0) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const num = (n: number) => String(Math.round(n * 10) / 10);
const line = (pts: Pt[]) => pts.map(([x, y], i) => `${i ? "L" : "M"}${num(x)},${num(y)}`).join("");
const polygon = (upper: Pt[], lower: Pt[]) => `${line([...simplify(upper), ...simplify([...lower].reverse())])}Z`;

type Bucket = { x: number; xa: number; xb: number; s: number; d: number; i: number };
type Frame = { x0: number; x1: number; y0: number; y1: number; from: number; to: number };

/** Paths for one panel: minutes [from, to) in buckets of `size` minutes, about one per pixel. */
function panelPaths(result: ModelResult, f: Frame, size: number, yMax: number) {
  const x = (m: number) => f.x0 + ((m - f.from) / (f.to - f.from)) * (f.x1 - f.x0);
  const y = (v: number) => f.y1 - (Math.min(v, yMax) / yMax) * (f.y1 - f.y0);
  // Each bucket carries the mean served, dropped and idle load, so served + dropped is the mean demand
  // and served + idle the mean capacity.
  const buckets: Bucket[] = [];
  for (let start = f.from; start < f.to; start += size) {
    const end = Math.min(f.to, start + size);
    let s = 0;
    let d = 0;
    let i = 0;
    for (let m = start; m < end; m++) {
      s += result.served[m]!;
      d += result.dropped[m]!;
      i += result.idle[m]!;
    }
    const k = end - start;
    buckets.push({ x: x((start + end) / 2), xa: x(start), xb: x(end), s: s / k, d: d / k, i: i / k });
  }
  const edge = (pts: Pt[]): Pt[] => [[f.x0, pts[0]![1]], ...pts, [f.x1, pts[pts.length - 1]![1]]];
  const capacityPts = edge(buckets.map((b) => [b.x, y(b.s + b.i)]));
  const servedPts = edge(buckets.map((b) => [b.x, y(b.s)]));
  // Turned-away load: one polygon per run of buckets that drop anything.
  let dropped = "";
  for (let k = 0; k < buckets.length; k++) {
    if (buckets[k]!.d <= 1e-9) continue;
    let j = k;
    while (j + 1 < buckets.length && buckets[j + 1]!.d > 1e-9) j++;
    const run = buckets.slice(k, j + 1);
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const upper: Pt[] = [[first.xa, y(first.s + first.d)], ...run.map((b): Pt => [b.x, y(b.s + b.d)]), [last.xb, y(last.s + last.d)]];
    const lower: Pt[] = [[first.xa, y(first.s)], ...run.map((b): Pt => [b.x, y(b.s)]), [last.xb, y(last.s)]];
    dropped += polygon(upper, lower);
    k = j;
  }
  return {
    x,
    y,
    buckets,
    paths: {
      demand: line(simplify(edge(buckets.map((b) => [b.x, y(b.s + b.d)])))),
      capacity: line(simplify(capacityPts)),
      idle: polygon(capacityPts, servedPts),
      dropped,
    },
  };
}

export function layoutElasticity(
  input: { demand: readonly number[]; result: ModelResult },
  opts: LayoutOptions,
  copy: ElasticityCopy,
): ElasticityScene {
  const { demand, result } = input;
  const { width, height, locale, yMax } = opts;
  const narrow = width < 480;
  const n = demand.length;
  const fontSize = narrow ? 11.5 : 11;
  const left = narrow ? 30 : 34;
  const right = width - (narrow ? 8 : 10);

  // Wide: the day on the left, midnight enlarged on the right, one y scale. Narrow: stacked.
  const dayFrame: Frame = narrow
    ? { x0: left, x1: right, y0: 30, y1: 188, from: 0, to: n }
    : { x0: left, x1: left + Math.round((right - left - 26) * 0.62), y0: 30, y1: height - 40, from: 0, to: n };
  const zoomFrame: Frame = narrow
    ? { x0: left, x1: right, y0: 256, y1: height - 40, from: ZOOM.from, to: ZOOM.to }
    : { x0: dayFrame.x1 + 26, x1: right, y0: 30, y1: height - 40, from: ZOOM.from, to: ZOOM.to };
  const day = panelPaths(result, dayFrame, narrow ? 5 : 4, yMax);
  const zoom = panelPaths(result, zoomFrame, 1, yMax);

  const yTicksFor = (y: (v: number) => number): Tick[] => {
    const ticks: Tick[] = [];
    for (let v = 0; v <= yMax + 1e-9; v += 1) ticks.push({ pos: y(v), label: v === 0 ? "0" : formatTimes(v, locale), anchor: "end" });
    return ticks;
  };
  const dayTicks: Tick[] = [];
  for (let h = 0; h <= 24; h += 6) {
    const minute = h * 60;
    dayTicks.push({
      pos: day.x(minute),
      label: hhmm(WINDOW_START_HOUR + h),
      sub: minute === 0 ? (narrow ? copy.dates.beforeShort : copy.dates.before) : minute === MIDNIGHT ? (narrow ? copy.dates.dayShort : copy.dates.day) : undefined,
      anchor: h === 0 ? "start" : h === 24 ? "end" : "middle",
    });
  }
  const zoomTicks: Tick[] = [];
  const zoomStep = narrow ? 20 : 30;
  for (let m = MIDNIGHT; m <= ZOOM.to; m += zoomStep) zoomTicks.push({ pos: zoom.x(m), label: hhmm(clockAt(m)), anchor: m === ZOOM.to ? "end" : "middle" });
  const clipped = result.capacity.some((c) => c > yMax);
  const zoomClipped = result.capacity.slice(ZOOM.from, ZOOM.to).some((c) => c > yMax);

  const panels: Panel[] = [
    { kind: "day", ...frameOf(dayFrame), yTicks: yTicksFor(day.y), yLabels: true, xTicks: dayTicks, midnightX: day.x(MIDNIGHT), paths: day.paths, capacityClipped: clipped },
    { kind: "zoom", ...frameOf(zoomFrame), yTicks: yTicksFor(zoom.y), yLabels: narrow, xTicks: zoomTicks, midnightX: zoom.x(MIDNIGHT), paths: zoom.paths, capacityClipped: zoomClipped },
  ];
  const zoomWindow: Rect = { x: day.x(ZOOM.from), y: dayFrame.y0, width: day.x(ZOOM.to) - day.x(ZOOM.from), height: dayFrame.y1 - dayFrame.y0 };

  const labels: SceneLabel[] = [];
  // Headings: the unit over the day, and what the second panel enlarges.
  labels.push({ x: 2, y: dayFrame.y0 - 14, text: narrow ? copy.axis.unitShort : copy.axis.unit, anchor: "start", tone: "muted" });
  labels.push({ x: zoomFrame.x0 + (narrow ? -left + 2 : 0), y: zoomFrame.y0 - 14, text: copy.labels.zoom, anchor: "start", tone: "ink" });

  // What happened at midnight, beside the spike in the enlarged panel: above whatever the lines reach
  // under the label, or, when that leaves no room, just above the demand line.
  const t = result.totals;
  const overrunMinutes = result.dropped.filter((d) => d > 1e-9).length;
  const noteX = zoom.x(MIDNIGHT) + 6;
  const note =
    overrunMinutes > 0
      ? { text: fill(copy.labels.overrun, { minutes: formatNumber(overrunMinutes, locale) }), tone: "alarm" as const }
      : { text: fill(copy.labels.busiest, { load: formatShare(t.peakLoad, locale) }), tone: "ink" as const };
  const noteLines = note.text.split("\n");
  const noteW = Math.max(...noteLines.map((l) => textWidth(l, fontSize)));
  const minuteAt = (px: number) => zoomFrame.from + ((px - zoomFrame.x0) / (zoomFrame.x1 - zoomFrame.x0)) * (zoomFrame.to - zoomFrame.from);
  const span = { from: Math.max(zoomFrame.from, Math.floor(minuteAt(noteX)) - 1), to: Math.min(zoomFrame.to, Math.ceil(minuteAt(noteX + noteW)) + 1) };
  let topLine = 0;
  let topDemand = 0;
  for (let m = span.from; m < span.to; m++) {
    topDemand = Math.max(topDemand, demand[m]!);
    topLine = Math.max(topLine, demand[m]!, Math.min(result.capacity[m]!, yMax));
  }
  const needed = fontSize * (1.2 * (noteLines.length - 1) + 0.9);
  let noteY = zoom.y(topLine) - 7;
  if (noteY - needed < zoomFrame.y0) noteY = zoom.y(topDemand) - 7;
  labels.push({ x: noteX, y: Math.max(zoomFrame.y0 + needed, noteY), text: note.text, anchor: "start", tone: note.tone });

  // "Idle, but paid for" where the day's idle band is thickest over the whole width of the words, clear of
  // the enlarged stretch.
  const idleW = textWidth(copy.labels.idle, fontSize);
  let best: { x: number; top: number; bottom: number } | null = null;
  for (const b of day.buckets) {
    const from = b.x - idleW / 2 - 4;
    const to = b.x + idleW / 2 + 4;
    if (from < dayFrame.x0 + 2 || (from < zoomWindow.x + zoomWindow.width + 4 && to > zoomWindow.x - 4) || to > dayFrame.x1 - 2) continue;
    let top = -Infinity;
    let bottom = Infinity;
    const bw = b.xb - b.xa;
    const first = Math.max(0, Math.floor((from - dayFrame.x0) / bw));
    const lastIndex = Math.min(day.buckets.length - 1, Math.ceil((to - dayFrame.x0) / bw));
    for (let k = first; k <= lastIndex; k++) {
      const c = day.buckets[k]!;
      if (c.xb < from || c.xa > to) continue;
      top = Math.max(top, c.d > 1e-9 ? day.y(c.s) : day.y(c.s + c.i));
      bottom = Math.min(bottom, day.y(c.s));
    }
    if (bottom - top >= fontSize * 2.2 && (!best || bottom - top > best.bottom - best.top)) best = { x: b.x, top, bottom };
  }
  if (best) labels.push({ x: best.x, y: (best.top + best.bottom) / 2 + fontSize * 0.35, text: copy.labels.idle, anchor: "middle", tone: "muted" });

  // Line labels in the day panel: capacity above its line at the right end, demand below its line.
  const last = day.buckets[day.buckets.length - 1]!;
  if (clipped) {
    const text = fill(copy.labels.offChart, { value: formatTimes(Math.max(...result.capacity), locale) });
    labels.push({ x: dayFrame.x1 - 2, y: dayFrame.y0 + fontSize + 2, text, anchor: "end", tone: "accent" });
  } else {
    labels.push({ x: dayFrame.x1 - 2, y: day.y(last.s + last.i) - 6, text: copy.labels.capacity, anchor: "end", tone: "accent" });
  }
  const demandAt = day.buckets[Math.floor(((20 * 60) / DAY) * day.buckets.length)]!; // 14:00 on the 11th
  labels.push({ x: demandAt.x, y: day.y(demandAt.s + demandAt.d) + fontSize + 4, text: copy.labels.demand, anchor: "middle", tone: "ink" });

  // Inspectable marks: each hour of the day, then each ten minutes around midnight.
  const marks: PeriodMark[] = [
    ...hourly(demand, result).map((r) => periodMark(r, copy, locale, day.x, dayFrame, "hour")),
    ...Array.from({ length: (ZOOM.to - ZOOM.from) / 10 }, (_, k) => periodMark(period(demand, result, ZOOM.from + 10 * k, 10), copy, locale, zoom.x, zoomFrame, "tenMinutes")),
  ];

  return { width, height, panels, zoomWindow, labels, marks };
}

const frameOf = (f: Frame) => ({ x0: f.x0, x1: f.x1, y0: f.y0, y1: f.y1 });

function periodMark(r: PeriodRow, copy: ElasticityCopy, locale: Locale, x: (m: number) => number, f: Frame, span: "hour" | "tenMinutes"): PeriodMark {
  const title = periodTitle(r, copy);
  const value = fill(copy.tip.value, { demand: formatTimes(r.demand, locale), capacity: formatTimes(r.capacity, locale), span: copy.tip[span] });
  const note = r.droppedShare > 1e-9 ? fill(copy.tip.dropped, { share: formatShare(r.droppedShare, locale) }) : fill(copy.tip.idle, { share: formatShare(r.idleShare, locale) });
  return {
    key: `${span}-${r.start}`,
    x: x(r.start),
    y: f.y0,
    width: x(r.start + r.length) - x(r.start),
    height: f.y1 - f.y0,
    title,
    value,
    note,
    label: `${title}: ${value}. ${note}.`,
  };
}

export const periodTitle = (r: PeriodRow, copy: ElasticityCopy) =>
  fill(copy.tip.title, { from: hhmm(r.clock), to: hhmm(r.clock + r.length / 60), date: dateAt(r.start, copy) });

export const hourTitle = periodTitle;

export type TallyItem = { key: "lost" | "serverHours" | "utilisation"; label: string; value: string; alarm: boolean };

/** The running tally under the chart: payments turned away, server-hours paid for, average use. */
export function tallyFor(result: ModelResult, copy: ElasticityCopy, locale: Locale): TallyItem[] {
  const t = result.totals;
  const lost =
    t.lostShare <= 1e-9
      ? copy.tally.lostNone
      : t.lostShare * 100 < 0.01
        ? fill(copy.tally.lostUnder, { n: formatFigure(0.01, "percent", locale) })
        : fill(copy.tally.lostValue, { n: formatShare(t.lostShare, locale) });
  const serverHours = Math.round((t.capacityHours * ASSUMPTIONS.serversPerNormalPeak) / 10) * 10;
  return [
    { key: "lost", label: copy.tally.lost, value: lost, alarm: t.lostShare > 1e-9 },
    { key: "serverHours", label: copy.tally.serverHours, value: formatFigure(serverHours, "number", locale), alarm: false },
    { key: "utilisation", label: copy.tally.utilisation, value: formatFigure(Math.round(t.utilisation * 100), "percent", locale), alarm: false },
  ];
}

/** One sentence describing the scenario shown: "Alipay's 2010 plan: a forecast of 1.5× …". */
export function scenarioLine(s: Scenario, forecast: number, copy: ElasticityCopy, locale: Locale): string {
  const headroom = formatFigure(Math.round(s.headroom * 100), "percent", locale);
  return fill(copy.scenario[s.kind], {
    margin: s.headroom > 0 ? fill(copy.margin.some, { headroom }) : copy.margin.none,
    forecast: formatTimes(forecast, locale),
    delay: delayName(s.delay, copy, locale),
  });
}

/** The elastic delays in the reader's numbers: { vm: "10", ct: "30" }. */
export const delayVars = (locale: Locale) => ({
  vm: formatNumber(ASSUMPTIONS.vmDelayMinutes, locale),
  ct: formatNumber(ASSUMPTIONS.containerDelayMinutes * 60, locale),
});

export const delayName = (d: DelayOption, copy: ElasticityCopy, locale: Locale) => fill(copy.delayNames[d], delayVars(locale));

export type ElasticityState = {
  scenario: Scenario;
  line: string;
  result: ModelResult;
  wide: ElasticityScene;
  narrow: ElasticityScene;
  tally: TallyItem[];
  /** The SVG's <desc>: what the chart shows, with this state's totals. */
  desc: string;
  rows: HourRow[];
};

export type ElasticityInputs = { demand: readonly number[]; normal: readonly number[]; forecast: number; surge: number };

/** Top of the y scale: the elastic cap or the surge, whichever is higher, plus room for labels. */
export const yMaxFor = (surge: number) => Math.ceil(Math.max(ASSUMPTIONS.elasticCap, surge)) * 1.1;

/** Everything a figure needs for one scenario: the model run, both scenes, the tally and the description. */
export function presentElasticity(inputs: ElasticityInputs, scenario: Scenario, copy: ElasticityCopy, locale: Locale, result?: ModelResult): ElasticityState {
  const res = result ?? simulate({ demand: inputs.demand, normal: inputs.normal, strategy: strategyFor(scenario, inputs.forecast) });
  const yMax = yMaxFor(inputs.surge);
  const line = scenarioLine(scenario, inputs.forecast, copy, locale);
  const tally = tallyFor(res, copy, locale);
  const desc = `${fill(copy.desc, { surge: formatTimes(inputs.surge, locale) })} ${line}. ${fill(copy.tally.sentence, {
    lost: tally[0]!.value,
    serverHours: tally[1]!.value,
    utilisation: tally[2]!.value,
  })}`;
  return {
    scenario,
    line,
    result: res,
    wide: layoutElasticity({ demand: inputs.demand, result: res }, { ...SIZES.wide, locale, yMax }, copy),
    narrow: layoutElasticity({ demand: inputs.demand, result: res }, { ...SIZES.narrow, locale, yMax }, copy),
    tally,
    desc,
    rows: hourly(inputs.demand, res),
  };
}
