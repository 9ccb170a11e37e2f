// Layout for the cloud-revenue chart: Alibaba Cloud's revenue by fiscal year up to the segment change,
// then, as a separate panel, the recent quarters on the new basis with their growth on a year earlier.
// Both panels share one yuan scale, so a quarter's bar can be read against a year's. Pure: no React, no DOM.
import { scaleBand, scaleLinear } from "d3-scale";
import { max } from "d3-array";
import type { SeriesRow } from "@/lib/data/schema";
import type { Locale } from "@/lib/i18n";
import { formatFigure, formatTick } from "@/lib/data/format";

export type RevenueOptions = { width: number; locale: Locale };

export type RevenueInput = {
  /** Fiscal-year rows (year = the calendar year in which the fiscal year ends, in March). */
  years: SeriesRow[];
  /** Quarterly rows on the new segment basis, keyed "2024q3"; a quarter without an amount stays as a slot. */
  quarters: SeriesRow[];
  /** Growth on a year earlier, in percent, where it is registered. */
  growth: (quarter: SeriesRow) => number | undefined;
  /** A fiscal year's figure before inter-segment elimination, drawn as an outline over its bar. */
  beforeElimination?: { year: number; value: number };
};

export type RevenueLabels = {
  years: string;
  quarters: string;
  /** Two short lines beside the outline. */
  beforeElimination: [string, string];
  /** Short lines in a quarter's empty slot. */
  missing: string[];
  /** Tick for a quarter: "Q3". */
  quarter: (q: number) => string;
};

export type Tick = { pos: number; label: string };
export type XTick = { pos: number; lines: string[] };

export type Panel = {
  id: "years" | "quarters";
  heading: { x: number; y: number; text: string };
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  yTicks: Tick[];
  xTicks: XTick[];
  /** Whether this panel prints its y tick labels (in the wide scene the quarters share the years' axis). */
  tickLabels: boolean;
};

export type RevenueBar = {
  key: string;
  panel: Panel["id"];
  row: SeriesRow;
  /** Calendar quarter (1–4) for quarterly rows. */
  quarter?: number;
  x: number;
  y: number;
  width: number;
  height: number;
  value: number | null;
  valueText: string | null;
  growth?: number;
  growthText?: string;
  growthY?: number;
};

export type RevenueScene = {
  width: number;
  height: number;
  narrow: boolean;
  panels: Panel[];
  bars: RevenueBar[];
  /** The first year's value, labelled so the reader sees where the line starts. */
  firstLabel: { x: number; y: number; text: string } | null;
  /** Outline from the published figure up to the figure before elimination. */
  ghost: { year: number; x: number; y: number; width: number; height: number; value: number; valueText: string; labelX: number; labelY: number; lines: [string, string] } | null;
  /** Text in the slot of a quarter without an amount. */
  missing: { key: string; x: number; y: number; lines: string[] }[];
  /** Dashed line between the panels: the series is not continued across the segment change. */
  breakLine: { x1: number; y1: number; x2: number; y2: number };
};

/** "2024q3" → { year: 2024, quarter: 3 }. */
export function parseQuarterKey(key: string): { year: number; quarter: number } | null {
  const m = /^(\d{4})q([1-4])$/i.exec(key.trim());
  return m ? { year: Number(m[1]), quarter: Number(m[2]) } : null;
}

/** Growth stated in a row's English note: "up 7% year on year", "growth of 18% was reported". */
export function growthFromNote(note: string | undefined): number | undefined {
  const m = /\b(?:up|growth of)\s+(\d+(?:\.\d+)?)%/i.exec(note ?? "");
  return m ? Number(m[1]) : undefined;
}

const unit = "cny-m" as const;

export function layoutCloudRevenue(input: RevenueInput, opts: RevenueOptions, labels: RevenueLabels): RevenueScene {
  const { width, locale } = opts;
  const narrow = width < 480;
  const m = { top: 8, right: 8, left: narrow ? 46 : 52 };
  const headH = 22;
  const xLabelH = narrow ? 30 : 34;
  const years = input.years.filter((r) => r.value !== null);
  const quarters = input.quarters;

  const topValue = max([...years.map((r) => r.value!), ...quarters.map((r) => r.value ?? 0), input.beforeElimination?.value ?? 0]) ?? 1;
  const probe = scaleLinear().domain([0, topValue]).nice(narrow ? 4 : 5);
  const step = probe.ticks(narrow ? 4 : 5)[1]! - probe.ticks(narrow ? 4 : 5)[0]!;
  const yMax = probe.domain()[1]!;
  const qMax = Math.ceil((max(quarters, (r) => r.value ?? 0) ?? step) / step) * step;

  // Wide: the two panels side by side on one axis. Narrow: stacked, the quarters' panel only as tall as its
  // values need at the same pixels per yuan, so the scale stays shared.
  const plotH = narrow ? 168 : 236;
  const pxPerUnit = plotH / yMax;
  const gap = narrow ? 0 : 46;
  const innerW = width - m.left - m.right;
  const slot = narrow ? innerW / years.length : (innerW - gap) / (years.length + quarters.length);

  const yearsTop = m.top + headH;
  const yearsPanel: Panel = {
    id: "years",
    heading: { x: narrow ? 4 : m.left, y: m.top + 12, text: labels.years },
    x0: m.left,
    x1: m.left + slot * years.length,
    top: yearsTop,
    bottom: yearsTop + plotH,
    yTicks: [],
    xTicks: [],
    tickLabels: true,
  };
  // Narrow: a rule under the years' labels, then the quarters' heading, then room for the growth labels.
  const ruleY = yearsPanel.bottom + xLabelH + 4;
  const quartersTop = narrow ? ruleY + 46 : yearsTop;
  const quartersH = narrow ? qMax * pxPerUnit : plotH;
  const quartersPanel: Panel = {
    id: "quarters",
    heading: { x: narrow ? 4 : yearsPanel.x1 + gap, y: narrow ? ruleY + 20 : m.top + 12, text: labels.quarters },
    x0: narrow ? m.left : yearsPanel.x1 + gap,
    x1: narrow ? width - m.right : yearsPanel.x1 + gap + slot * quarters.length,
    top: quartersTop,
    bottom: quartersTop + quartersH,
    yTicks: [],
    xTicks: [],
    tickLabels: narrow,
  };

  const yFor = (panel: Panel) => (v: number) => panel.bottom - v * pxPerUnit;
  for (const panel of [yearsPanel, quartersPanel]) {
    const domainMax = panel.id === "years" || !narrow ? yMax : qMax;
    const y = yFor(panel);
    for (let v = 0; v <= domainMax + 1e-9; v += step) panel.yTicks.push({ pos: y(v), label: formatTick(v * 1e6, locale, unit) });
  }

  const bars: RevenueBar[] = [];
  const fx = scaleBand<number>()
    .domain(years.map((r) => r.year))
    .range([yearsPanel.x0, yearsPanel.x1])
    .paddingInner(narrow ? 0.22 : 0.25)
    .paddingOuter(0.1);
  const yY = yFor(yearsPanel);
  for (const r of years) {
    const top = yY(r.value!);
    bars.push({
      key: String(r.year),
      panel: "years",
      row: r,
      x: fx(r.year)!,
      y: top,
      width: fx.bandwidth(),
      height: yearsPanel.bottom - top,
      value: r.value,
      valueText: formatFigure(r.value!, unit, locale),
    });
  }
  // At 320 px every third year, always with the last; a label too close to the last one is dropped.
  const every = narrow ? 3 : 1;
  const lastIndex = years.length - 1;
  yearsPanel.xTicks = years
    .filter((_, i) => i === lastIndex || (i % every === 0 && lastIndex - i >= every))
    .map((r) => ({ pos: fx(r.year)! + fx.bandwidth() / 2, lines: [String(r.year)] }));

  const qKeys = quarters.map((r) => r.key ?? String(r.year));
  const qx = scaleBand<string>()
    .domain(qKeys)
    .range([quartersPanel.x0, narrow ? quartersPanel.x0 + Math.min(quartersPanel.x1 - quartersPanel.x0, slot * 1.8 * quarters.length) : quartersPanel.x1])
    .paddingInner(narrow ? 0.3 : 0.25)
    .paddingOuter(0.1);
  const qY = yFor(quartersPanel);
  let lastYear: number | null = null;
  const missing: RevenueScene["missing"] = [];
  quarters.forEach((r, i) => {
    const key = qKeys[i]!;
    const parsed = parseQuarterKey(key);
    const x = qx(key)!;
    const growth = input.growth(r);
    const bar: RevenueBar = {
      key,
      panel: "quarters",
      row: r,
      quarter: parsed?.quarter,
      x,
      y: r.value === null ? quartersPanel.top : qY(r.value),
      width: qx.bandwidth(),
      height: r.value === null ? quartersPanel.bottom - quartersPanel.top : quartersPanel.bottom - qY(r.value),
      value: r.value,
      valueText: r.value === null ? null : formatFigure(r.value, unit, locale),
      growth,
      growthText: growth === undefined ? undefined : `+${formatFigure(growth, "percent", locale)}`,
    };
    bars.push(bar);
    const year = parsed?.year ?? r.year;
    quartersPanel.xTicks.push({
      pos: x + qx.bandwidth() / 2,
      lines: [parsed ? labels.quarter(parsed.quarter) : key, ...(year !== lastYear ? [String(year)] : [])],
    });
    lastYear = year;
  });

  // Growth labels sit above their bars; an empty slot's label sits level with its neighbours' so the run of
  // growth figures reads as one sequence.
  const qBars = bars.filter((b) => b.panel === "quarters");
  for (const b of qBars) if (b.value !== null) b.growthY = b.y - 6;
  qBars.forEach((b, i) => {
    if (b.value !== null) return;
    const near = [qBars[i - 1], qBars[i + 1]].filter((n): n is RevenueBar => n?.value != null).map((n) => n.growthY!);
    b.growthY = near.length ? near.reduce((a, c) => a + c, 0) / near.length : quartersPanel.bottom - 24;
    missing.push({ key: b.key, x: b.x + b.width / 2, y: quartersPanel.bottom - 6 - 12 * (labels.missing.length - 1), lines: labels.missing });
  });

  const before = input.beforeElimination;
  const ghostBar = before ? bars.find((b) => b.panel === "years" && b.row.year === before.year) : undefined;
  const ghost =
    before && ghostBar
      ? {
          year: before.year,
          x: ghostBar.x,
          y: yY(before.value),
          width: ghostBar.width,
          height: ghostBar.y - yY(before.value),
          value: before.value,
          valueText: formatFigure(before.value, unit, locale),
          labelX: ghostBar.x - 6,
          labelY: yY(before.value) + 4,
          lines: labels.beforeElimination,
        }
      : null;

  const first = bars[0];
  // Left-aligned on the first bar: the neighbouring bars are slivers, and the axis labels sit to the left.
  const firstLabel = first ? { x: first.x, y: first.y - 6, text: first.valueText! } : null;

  const breakX = (yearsPanel.x1 + quartersPanel.x0) / 2;
  const breakLine = narrow ? { x1: 4, x2: width - m.right, y1: ruleY, y2: ruleY } : { x1: breakX, x2: breakX, y1: m.top, y2: yearsPanel.bottom + 4 };

  const bottom = Math.max(yearsPanel.bottom, quartersPanel.bottom) + xLabelH;
  return {
    width,
    height: Math.ceil(bottom),
    narrow,
    panels: [yearsPanel, quartersPanel],
    bars,
    firstLabel,
    ghost,
    missing,
    breakLine,
  };
}
