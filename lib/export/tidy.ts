// Tidy data for journalists, straight from the data registry (lib/data/registry.ts), never from a chart's
// rendered table: the CSV download beside each embed (`/{locale}/embed/{chart}/{chart}.csv`) and the
// datasets of `/data/` (lib/export/datapackage.ts). Values are plain numbers in a stated base unit (yuan,
// dollars, percent, orders a second…, the unit in the column name), years are ISO years, dates ISO dates;
// the words (note, label, source) are in the reader's language; column names are the same machine names in
// every locale. UTF-8 with a byte-order mark, so Excel opens Chinese correctly.
//
// The shape: one row per observation (one row of a dataset, or one registered fact), with a `series` column
// naming the dataset or fact it comes from, and one column per measure (`sales_cny`,
// `peak_orders_per_second`…) that holds the value where the row measures that and is empty elsewhere. Not
// one `value` column: a chart draws measures in different units (yuan and orders a second), and a single
// column would let a reader sum the two. Not wide by year: each observation has its own confidence, note and
// sources, which a wide table would have to multiply per measure. So d3-dsv's csvParse with autoType gives
// number columns in which every non-empty cell is a finite number (empty cells are null), and a spreadsheet
// sorts, filters and pivots them as they are.
import { csvFormatRows } from "d3-dsv";
import { getDataset, getFigure, getSource, registry, sourceName, type Dataset } from "@/lib/data/registry";
import type { Localized } from "@/lib/data/schema";
import type { UnitId } from "@/lib/data/units";
import type { Locale } from "@/lib/i18n";
import { toHant } from "@/lib/content/hant";
import type { ChartId } from "@/components/charts/registry";

export const BOM = "\uFEFF";

// ---------------------------------------------------------------------------------------------------------
// Units: each registry unit as a base unit and the power of ten that takes a stored value to it.

export type BaseUnit = { name: string; exponent: number; en: string; zh: string };

/**
 * Stored values are in the registry's units (a GMV of 191 in "cny-100m" is 191 × 10⁸ yuan); exports carry
 * them in the base unit named here, which is also the end of the column name. Compute is the exception that
 * stays scaled: PFLOPS (10¹⁵ floating-point operations a second), so a row reads 1,800 rather than
 * 1,800,000,000,000,000,000.
 */
export const BASE_UNITS: Partial<Record<UnitId, BaseUnit>> = {
  cny: { name: "cny", exponent: 0, en: "yuan (CNY)", zh: "元（人民币）" },
  "cny-m": { name: "cny", exponent: 6, en: "yuan (CNY)", zh: "元（人民币）" },
  "cny-100m": { name: "cny", exponent: 8, en: "yuan (CNY)", zh: "元（人民币）" },
  "cny-trillion": { name: "cny", exponent: 12, en: "yuan (CNY)", zh: "元（人民币）" },
  "usd-m": { name: "usd", exponent: 6, en: "US dollars", zh: "美元" },
  "usd-bn": { name: "usd", exponent: 9, en: "US dollars", zh: "美元" },
  percent: { name: "percent", exponent: 0, en: "percent", zh: "百分比" },
  times: { name: "times", exponent: 0, en: "multiple (times)", zh: "倍数" },
  "orders-per-second": { name: "orders_per_second", exponent: 0, en: "orders a second", zh: "笔订单/秒" },
  "payments-per-second": { name: "payments_per_second", exponent: 0, en: "payments a second", zh: "笔支付/秒" },
  second: { name: "seconds", exponent: 0, en: "seconds", zh: "秒" },
  core: { name: "cores", exponent: 0, en: "processor cores", zh: "处理器核心" },
  gpu: { name: "gpus", exponent: 0, en: "GPUs", zh: "块GPU" },
  people: { name: "people", exponent: 8, en: "people", zh: "人" },
  region: { name: "regions", exponent: 0, en: "regions", zh: "个地域" },
  zone: { name: "availability_zones", exponent: 0, en: "availability zones", zh: "个可用区" },
  eflops: { name: "pflops", exponent: 3, en: "PFLOPS (10^15 operations a second)", zh: "PFLOPS（每秒10^15次运算）" },
  pflops: { name: "pflops", exponent: 0, en: "PFLOPS (10^15 operations a second)", zh: "PFLOPS（每秒10^15次运算）" },
};

export function baseUnit(unit: UnitId, where: string): BaseUnit {
  const base = BASE_UNITS[unit];
  if (!base) throw new Error(`${where}: unit "${unit}" has no base unit for tidy exports; add it to BASE_UNITS in lib/export/tidy.ts`);
  return base;
}

/** A stored value in its base unit, as decimal text: the decimal point moves, so 9.36 × 10⁸ is 936000000, not 936000000.0000001. */
export function toBase(value: number, exponent: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  if (exponent === 0) return String(value);
  const [mantissa, e = "0"] = value.toExponential().split("e");
  const [int, frac = ""] = mantissa!.replace("-", "").split(".");
  const digits = int! + frac;
  const point = 1 + Number(e) + exponent; // where the decimal point falls in `digits`
  const whole = point >= digits.length ? digits + "0".repeat(point - digits.length) : point <= 0 ? "0" : digits.slice(0, point);
  const rest = point >= digits.length ? "" : point <= 0 ? "0".repeat(-point) + digits : digits.slice(point);
  const text = (whole.replace(/^0+(?=\d)/, "") || "0") + (rest.replace(/0+$/, "") ? `.${rest.replace(/0+$/, "")}` : "");
  return (value < 0 ? "-" : "") + text;
}

// ---------------------------------------------------------------------------------------------------------
// What each dataset measures: the start of its column name (the base unit ends it). One place, shared by the
// chart downloads and /data/, so a dataset's column has the same name wherever it is downloaded.

export const MEASURES: Record<string, string> = {
  "double11-gmv": "sales",
  "double11-gmv-tmall": "sales",
  "double11-peak-orders": "peak",
  "double11-alipay-peak": "peak",
  "double11-mobile-share": "mobile_share",
  "alibaba-cloud-revenue-fy": "revenue",
  "alibaba-cloud-revenue-quarterly": "revenue",
  "cloud-regions": "",
  "cloud-zones": "",
  "iaas-revenue": "revenue",
  "cloud-infra-revenue": "revenue",
  "datacenter-capex": "capex",
  "apollo-cost": "cost",
  "ai-cluster-gpus": "",
  "ai-compute": "peak_compute",
  "top500-rmax": "rmax",
  "virtualization-overhead": "overhead",
  "china-ecommerce-volume": "transactions",
  "china-online-shoppers": "online_shoppers",
};

const column = (measure: string, base: BaseUnit) => (measure ? `${measure}_${base.name}` : base.name);

/** The measure columns of a dataset: one for a series, a low and a high one for a range. */
export function datasetColumns(dataset: Dataset): string[] {
  const measure = MEASURES[dataset.id];
  if (measure === undefined) throw new Error(`dataset "${dataset.id}" has no measure name for tidy exports; add it to MEASURES in lib/export/tidy.ts`);
  const base = baseUnit(dataset.unit, `dataset "${dataset.id}"`);
  return dataset.schema === "range" ? [column(`${measure}_low`, base), column(`${measure}_high`, base)] : [column(measure, base)];
}

// ---------------------------------------------------------------------------------------------------------
// What each chart draws, as data: the datasets and the registered facts its component reads
// (components/charts/<id>/index.tsx). The timeline draws the registry's events.

export type ChartData = { datasets: string[]; facts: { id: string; measure: string }[]; factPrefix?: { prefix: string; measure: string } } | { events: true };

export const CHART_DATA: Record<ChartId, ChartData> = {
  "double11-traffic": {
    datasets: ["double11-gmv", "double11-gmv-tmall", "double11-peak-orders", "double11-alipay-peak", "double11-mobile-share"],
    facts: [
      { id: "double11-gmv-2010-article", measure: "sales" },
      { id: "orders-on-cloud-2012", measure: "orders_on_cloud" },
      { id: "orders-on-cloud-2013", measure: "orders_on_cloud" },
      { id: "alipay-margin-2010", measure: "margin" },
    ],
  },
  "virtualization-loss": {
    datasets: ["virtualization-overhead"],
    facts: [
      { id: "virtualization-example-host-cores", measure: "host" },
      { id: "virtualization-example-reserved-cores", measure: "reserved" },
      { id: "virtualization-loss-claim", measure: "loss" },
    ],
  },
  "compute-scale": { datasets: ["ai-cluster-gpus", "ai-compute", "top500-rmax"], facts: [] },
  timeline: { events: true },
  "cloud-investment": {
    datasets: ["datacenter-capex", "apollo-cost", "iaas-revenue", "cloud-infra-revenue"],
    facts: [
      { id: "apollo-ratio-claim", measure: "ratio" },
      { id: "apollo-ratio-record", measure: "ratio_record" },
    ],
  },
  "cloud-revenue": {
    datasets: ["alibaba-cloud-revenue-fy", "alibaba-cloud-revenue-quarterly"],
    facts: [{ id: "cloud-revenue-fy2022-before-elimination", measure: "revenue" }],
    // Quarterly growth is registered per quarter as cloud-revenue-growth-<quarter key>; the chart reads any.
    factPrefix: { prefix: "cloud-revenue-growth-", measure: "growth" },
  },
  "cloud-footprint": { datasets: ["cloud-regions", "cloud-zones"], facts: [] },
  elasticity: {
    datasets: [],
    facts: [
      { id: "alipay-midnight-surge-2010", measure: "surge" },
      { id: "alipay-capacity-headroom-2010", measure: "headroom" },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------
// Rows.

export type TidyTable = { columns: string[]; numeric: string[]; rows: Record<string, string>[] };

/** Words in the reader's language: English, Simplified, or Traditional derived from Simplified. */
function words(en: string | undefined, zh: string | undefined, locale: Locale): string {
  if (locale === "en") return en ?? "";
  return zh ? (locale === "zh-hant" ? toHant(zh) : zh) : "";
}
const localized = (value: Localized | string | undefined, locale: Locale) =>
  typeof value === "object" ? words(value.en, value["zh-hans"], locale) : (value ?? "");

function sourceCells(ids: string[], locale: Locale) {
  return {
    source: [...new Set(ids.map((id) => sourceName(id, locale)))].join("; "),
    source_url: [...new Set(ids.map((id) => getSource(id).url).filter((u): u is string => !!u))].join(" "),
  };
}

/** A date's year, and the date itself when it says more than the year (ISO, YYYY-MM or YYYY-MM-DD). */
function when(date: string | undefined): { year: string; date: string } {
  if (!date) return { year: "", date: "" };
  return { year: date.slice(0, 4), date: date.length > 4 ? date : "" };
}

/** A dataset's rows: key (where the year alone does not name the row), year, its measure column(s), words. */
export function datasetRows(dataset: Dataset, locale: Locale): Record<string, string>[] {
  const [first, second] = datasetColumns(dataset);
  const { exponent } = baseUnit(dataset.unit, `dataset "${dataset.id}"`);
  return dataset.rows.map((row) => {
    const cells: Record<string, string> = {
      series: dataset.id,
      key: row.key && row.key !== String(row.year) ? row.key : "",
      year: String(row.year),
    };
    if ("low" in row) {
      cells[first!] = toBase(row.low, exponent);
      cells[second!] = toBase(row.high, exponent);
      cells.kind = row.kind;
    } else {
      cells[first!] = row.value === null ? "" : toBase(row.value, exponent);
      cells.label = words(row.label_en, row.label_zh, locale);
    }
    return { ...cells, confidence: row.confidence, note: words(row.note, row.note_zh, locale), ...sourceCells(row.source, locale) };
  });
}

function factRow(id: string, measure: string, locale: Locale): { columns: string[]; cells: Record<string, string> } {
  const f = getFigure(id);
  const base = baseUnit(f.unit, `fact "${id}"`);
  const common = { series: id, ...when(f.when), confidence: f.confidence, note: localized(f.note, locale), ...sourceCells(f.source, locale) };
  if (typeof f.value === "number") {
    const col = column(measure, base);
    return { columns: [col], cells: { ...common, [col]: toBase(f.value, base.exponent) } };
  }
  // A span (the record supports anything from min to max): two columns, as range datasets have.
  const value = f.value as unknown;
  if (!value || typeof value !== "object" || typeof (value as { min?: unknown }).min !== "number" || typeof (value as { max?: unknown }).max !== "number") {
    throw new Error(`tidy export: fact "${id}" is neither a number nor a {min, max} span (${JSON.stringify(f.value)})`);
  }
  const { min, max } = value as { min: number; max: number };
  const low = column(`${measure}_low`, base);
  const high = column(`${measure}_high`, base);
  return { columns: [low, high], cells: { ...common, [low]: toBase(min, base.exponent), [high]: toBase(max, base.exponent) } };
}

/** Puts the columns in a fixed order: what the row is, when, the measures, then the words. */
function table(rows: Record<string, string>[], measures: string[]): TidyTable {
  const present = new Set(rows.flatMap((r) => Object.keys(r)));
  const order = [
    "series",
    "event",
    "key",
    "year",
    "date",
    ...measures,
    "theme",
    "chapter",
    "title",
    "label",
    "kind",
    "confidence",
    "note",
    "source",
    "source_url",
  ];
  const columns = order.filter((c, i) => present.has(c) && order.indexOf(c) === i);
  const numeric = [...new Set(["year", ...measures])].filter((c) => columns.includes(c));
  return { columns, numeric, rows: rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? ""]))) };
}

/** The registry data a chart draws, as one tidy table in a locale. */
export function chartTidyTable(chart: ChartId, locale: Locale): TidyTable {
  const spec = CHART_DATA[chart];
  if ("events" in spec) {
    const rows = registry().events.map((e) => ({
      event: e.id,
      ...when(e.date),
      theme: e.theme,
      chapter: e.chapter,
      title: localized(e.title, locale),
      confidence: e.confidence,
      ...sourceCells(e.source, locale),
    }));
    return table(rows, []);
  }
  const measures: string[] = [];
  const rows: Record<string, string>[] = [];
  for (const id of spec.datasets) {
    const dataset = getDataset(id);
    measures.push(...datasetColumns(dataset));
    rows.push(...datasetRows(dataset, locale));
  }
  const facts = [...spec.facts];
  if (spec.factPrefix) {
    const { prefix, measure } = spec.factPrefix;
    for (const id of [...registry().figures.keys()].filter((k) => k.startsWith(prefix)).sort()) facts.push({ id, measure });
  }
  for (const { id, measure } of facts) {
    const { columns, cells } = factRow(id, measure, locale);
    measures.push(...columns);
    rows.push(cells);
  }
  return table(rows, [...new Set(measures)]);
}

/** A table as CSV text: BOM, machine-name header, rows; written with d3-dsv. */
export function tidyCsv(t: TidyTable): string {
  return `${BOM}${csvFormatRows([t.columns, ...t.rows.map((r) => t.columns.map((c) => r[c]!))])}\n`;
}

/** The CSV download of a chart in a locale. */
export function chartTidyCsv(chart: ChartId, locale: Locale): string {
  return tidyCsv(chartTidyTable(chart, locale));
}
