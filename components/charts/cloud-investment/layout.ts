// Layout for the cloud-investment chart: horizontal bars on one dollar scale. The first panel sets the
// 2025 forecast beside Dell'Oro's 2024 actual and the Apollo estimates (each with the ratio the forecast
// makes against it); the second shows what customers paid to rent infrastructure (Gartner IaaS revenue),
// with Synergy's wider measure as dots. Pure: rows and a width in, positioned marks out.
import { scaleLinear } from "d3-scale";
import { max } from "d3-array";
import type { SeriesRow } from "@/lib/data/schema";
import type { Locale } from "@/lib/i18n";
import { formatFigure, formatTick } from "@/lib/data/format";

export type InvestmentRows = {
  /** The 2025 forecast the article quotes (datacenter-capex:2025-forecast). */
  forecast: SeriesRow;
  /** Dell'Oro's actual 2024 data-centre capex, for context. */
  capex: SeriesRow;
  /** Apollo estimates in later dollars, in the order they are drawn. */
  apollo: SeriesRow[];
  /** Gartner's worldwide IaaS revenue by year. */
  iaas: SeriesRow[];
  /** Synergy's wider cloud-infrastructure revenue, drawn as dots on the IaaS rows of the same year. */
  wider: SeriesRow[];
};

export type InvestmentLabels = {
  spending: string;
  apollo: string;
  ratioHeader: string;
  renting: string;
  wider: string;
  /** The row's label: a short name for the forecast, capex and Apollo rows, the year for IaaS rows. */
  row: (row: SeriesRow, group: BarGroup) => string;
};

export type InvestmentOptions = { width: number; locale: Locale };

export type BarGroup = "forecast" | "capex" | "apollo" | "iaas";

export type InvestmentBar = {
  key: string;
  group: BarGroup;
  row: SeriesRow;
  label: string;
  labelX: number;
  labelY: number;
  labelAnchor: "start" | "end";
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
  valueText: string;
  valueInline: boolean;
  valueX: number;
  valueY: number;
  /** The forecast divided by this bar (Apollo rows only), rounded to two places. */
  ratio?: number;
  ratioText?: string;
  ratioX?: number;
};

export type WiderDot = { key: string; row: SeriesRow; cx: number; cy: number; r: number; valueText: string; labelX: number; label: string };

export type Heading = { text: string; x: number; y: number; anchor: "start" | "end" };
export type Tick = { pos: number; label: string };

export type InvestmentScene = {
  width: number;
  height: number;
  narrow: boolean;
  x0: number;
  x1: number;
  gridTop: number;
  gridBottom: number;
  headings: Heading[];
  bars: InvestmentBar[];
  dots: WiderDot[];
  ticks: Tick[];
};

/** Ratio of the forecast to one estimate, to two decimal places: 463.7 / 264 → 1.76. */
export const forecastRatio = (forecast: number, estimate: number) => Math.round((forecast / estimate) * 100) / 100;

/** Rough width of a label in px, so labels can be placed without a DOM: CJK glyphs are a full em. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x2e80) w += size;
    else if (/[ .,:;'’|il1()[\]]/.test(ch)) w += size * 0.3;
    else if (/[A-Z$¥%×mw—–]/.test(ch)) w += size * 0.68;
    else w += size * 0.56;
  }
  return w;
}

const valued = (r: SeriesRow): r is SeriesRow & { value: number } => r.value !== null;

export function layoutCloudInvestment(data: InvestmentRows, opts: InvestmentOptions, labels: InvestmentLabels): InvestmentScene {
  const { width, locale } = opts;
  const narrow = width < 480;
  const unit = "usd-bn" as const;
  const m = { top: 6, right: 6, bottom: 26, left: narrow ? 4 : 8 };
  const fontSize = narrow ? 11 : 12;

  // Wide: labels in a column left of the bars, the ratio in a column at the right edge.
  // Narrow: each label sits on its own line above its bar, so the bars get the full width.
  const labelCol = narrow ? 0 : 206;
  const x0 = m.left + labelCol;
  const ratioRight = width - m.right;
  const forecastValue = data.forecast.value ?? 0;
  const all = [data.forecast, data.capex, ...data.apollo, ...data.iaas, ...data.wider].filter(valued);
  const top = max(all, (r) => r.value) ?? 1;
  const valueRoom = narrow ? 0 : textWidth(formatFigure(top, unit, locale), fontSize) + 10;
  const x = scaleLinear().domain([0, top]).range([x0, width - m.right - valueRoom]);
  const x1 = x.range()[1]!;

  const rowH = narrow ? 34 : 24;
  const barH = narrow ? 12 : 15;
  const headH = narrow ? 24 : 26;
  const gap = narrow ? 8 : 10;
  const headings: Heading[] = [];
  const bars: InvestmentBar[] = [];
  const dots: WiderDot[] = [];
  let cursor = m.top;

  const heading = (text: string, right?: string) => {
    headings.push({ text, x: m.left, y: cursor + headH - 9, anchor: "start" });
    if (right) headings.push({ text: right, x: ratioRight, y: cursor + headH - 9, anchor: "end" });
    cursor += headH;
  };

  const addRow = (row: SeriesRow & { value: number }, group: BarGroup) => {
    const label = labels.row(row, group);
    const barY = narrow ? cursor + 17 : cursor + (rowH - barH) / 2;
    const mid = barY + barH / 2;
    const end = x(row.value);
    const valueText = formatFigure(row.value, unit, locale);
    const ratio = group === "apollo" ? forecastRatio(forecastValue, row.value) : undefined;
    const ratioText = ratio === undefined ? undefined : formatFigure(ratio, "times", locale);
    const wider = group === "iaas" ? data.wider.find((w) => w.year === row.year && valued(w)) : undefined;

    bars.push({
      key: row.key ?? String(row.year),
      group,
      row,
      label,
      labelX: narrow ? m.left : x0 - 8,
      labelY: narrow ? cursor + 10 : mid,
      labelAnchor: narrow ? "start" : "end",
      x: x0,
      y: barY,
      width: Math.max(0, end - x0),
      height: barH,
      value: row.value,
      valueText,
      // Wide: the value follows the bar's end. Narrow: it follows the label, on the label's line, so it
      // never meets a dot or the ratio on the bar's line.
      valueInline: narrow,
      valueX: end + 5,
      valueY: mid,
      ratio,
      ratioText,
      ratioX: ratioText ? ratioRight : undefined,
    });
    if (wider && valued(wider)) {
      const cx = x(wider.value);
      dots.push({
        key: wider.key ?? String(wider.year),
        row: wider,
        cx,
        cy: mid,
        r: narrow ? 4 : 4.5,
        valueText: formatFigure(wider.value, unit, locale),
        labelX: cx + 8,
        label: dots.length === 0 ? labels.wider : "",
      });
    }
    cursor += rowH;
  };

  heading(labels.spending);
  addRow(data.forecast as SeriesRow & { value: number }, "forecast");
  addRow(data.capex as SeriesRow & { value: number }, "capex");
  cursor += gap;
  heading(labels.apollo, labels.ratioHeader);
  data.apollo.filter(valued).forEach((r) => addRow(r, "apollo"));
  cursor += gap + 6;
  heading(labels.renting);
  data.iaas.filter(valued).forEach((r) => addRow(r, "iaas"));
  const gridBottom = cursor;

  const tickValues = x.ticks(narrow ? 3 : 5).filter((v) => v <= top);
  const ticks = tickValues.map((v) => ({ pos: x(v), label: formatTick(v * 1e9, locale, unit) }));

  return {
    width,
    height: Math.ceil(gridBottom + m.bottom),
    narrow,
    x0,
    x1,
    gridTop: m.top + headH - 2,
    gridBottom,
    headings,
    bars,
    dots,
    ticks,
  };
}
