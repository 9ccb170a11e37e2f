// Layout for the Double 11 chart: pure functions from rows and a size to bars, ticks and labels.
// No React and no DOM, so it is unit-tested and snapshot-tested.
import { scaleBand, scaleLinear, scaleLog } from "d3-scale";
import { max } from "d3-array";
import type { SeriesRow } from "@/lib/data/schema";
import type { Locale } from "@/lib/i18n";
import { formatFigure, formatTick } from "@/lib/data/format";
import { units } from "@/lib/data/units";

export type TrafficOptions = { width: number; height: number; locale: Locale; scale?: "linear" | "log" };

export type Bar = {
  key: string;
  year: number;
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
  valueText: string;
  /** The 2020 change of the sales window from 24 hours to 11 days. */
  window: "day" | "eleven-days";
  confidence: SeriesRow["confidence"];
  sources: string[];
  note?: string;
};

export type Tick = { pos: number; label: string };

export type TrafficScene = {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  scale: "linear" | "log";
  bars: Bar[];
  xTicks: Tick[];
  yTicks: Tick[];
  /** Vertical dashed line where the measurement window changes. */
  windowBreak: { x: number; label: string } | null;
};

/** Years from 2020 on are totals over Nov 1–11, not one day. */
export const ELEVEN_DAY_WINDOW_FROM = 2020;

export function layoutDouble11Traffic(rows: SeriesRow[], opts: TrafficOptions, labels: { windowBreak: string }): TrafficScene {
  const scale = opts.scale ?? "linear";
  const narrow = opts.width < 480;
  const margin = { top: 16, right: 8, bottom: 28, left: narrow ? 44 : 56 };
  const innerW = opts.width - margin.left - margin.right;
  const innerH = opts.height - margin.top - margin.bottom;
  const data = rows.filter((r): r is SeriesRow & { value: number } => r.value !== null);
  const years = data.map((r) => r.year);

  const x = scaleBand<number>().domain(years).range([0, innerW]).paddingInner(narrow ? 0.2 : 0.25).paddingOuter(0.1);
  const top = max(data, (r) => r.value) ?? 1;
  const unit = units["cny-100m"];
  const y =
    scale === "log"
      ? scaleLog().domain([Math.min(...data.map((r) => r.value)) / 2, top]).range([innerH, 0]).nice()
      : scaleLinear().domain([0, top]).range([innerH, 0]).nice();

  const bars: Bar[] = data.map((r) => {
    const y0 = scale === "log" ? innerH : y(0);
    const yv = y(r.value);
    return {
      key: String(r.year),
      year: r.year,
      x: margin.left + (x(r.year) ?? 0),
      y: margin.top + yv,
      width: x.bandwidth(),
      height: Math.max(0, y0 - yv),
      value: r.value,
      valueText: formatFigure(r.value, "cny-100m", opts.locale),
      window: r.year >= ELEVEN_DAY_WINDOW_FROM ? "eleven-days" : "day",
      confidence: r.confidence,
      sources: r.source,
      note: r.note,
    };
  });

  const tickCount = narrow ? 4 : 6;
  const yTicks = (scale === "log" ? (y as ReturnType<typeof scaleLog>).ticks(tickCount).filter((v) => [1, 10, 100, 1000, 10000].includes(Math.round(v * 100) / 100) || v < 1) : y.ticks(tickCount)).map((v) => ({
    pos: margin.top + y(v),
    label: formatTick(v * unit.scale, opts.locale, "cny-100m"),
  }));

  // On narrow screens label every third year, plus 2020 where the window changes; drop a label that
  // would sit right beside 2020's so the two never collide.
  const every = narrow ? 3 : 1;
  const breakIndex = years.findIndex((yr) => yr >= ELEVEN_DAY_WINDOW_FROM);
  const xTicks = years
    .filter((yr, i) => (i === breakIndex ? true : i % every === 0 && (every === 1 || breakIndex < 0 || Math.abs(i - breakIndex) >= 2)))
    .map((yr) => ({ pos: margin.left + (x(yr) ?? 0) + x.bandwidth() / 2, label: narrow ? `’${String(yr).slice(2)}` : String(yr) }));

  const breakYear = years.find((yr) => yr >= ELEVEN_DAY_WINDOW_FROM);
  const windowBreak =
    breakYear === undefined
      ? null
      : { x: margin.left + (x(breakYear) ?? 0) - (x.step() * x.paddingInner()) / 2, label: labels.windowBreak };

  return { width: opts.width, height: opts.height, margin, scale, bars, xTicks, yTicks, windowBreak };
}
