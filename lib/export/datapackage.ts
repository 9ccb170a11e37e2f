// `/data/`: every dataset of the registry as a tidy CSV (numbers in base units, words in English and both
// Chinese scripts, sources by id, name and URL) and a Frictionless Tabular Data Package descriptor,
// `datapackage.json`, that lists them with their columns' types and units, their sources and the licence.
// Written at build by app/data/[file]/route.ts. Pure: reads only the registry.
import { getSource, registry, type Dataset } from "@/lib/data/registry";
import { rangeKinds } from "@/lib/data/schema";
import { toHant } from "@/lib/content/hant";
import { absoluteUrl } from "@/lib/paths";
import { baseUnit, datasetColumns, datasetRows, MEASURES, tidyCsv, type BaseUnit, type TidyTable } from "@/lib/export/tidy";

/** Where the package sits in the site. */
export const DATA_DIR = "/data/";
export const dataPackagePath = `${DATA_DIR}datapackage.json`;
export const datasetCsvPath = (id: string) => `${DATA_DIR}${id}.csv`;

/**
 * The licence of the compiled data (the figures belong to no one; the selection, checking and notes are
 * the project's). Creative Commons Attribution: reuse freely, credit Cloud Expedition and the sources.
 */
export const DATA_LICENSE = {
  name: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0 International",
  path: "https://creativecommons.org/licenses/by/4.0/",
};

type Words = { en: string; "zh-hans": string };
type Field = {
  name: string;
  type: "year" | "number" | "string";
  title: string;
  description: string;
  "zh-hans": Words["zh-hans"];
  unit?: string;
  constraints?: object;
};

/** The columns every dataset file may have besides its measures: English and Chinese titles, a description. */
const COMMON: Record<string, Omit<Field, "name">> = {
  key: {
    type: "string",
    title: "Key",
    "zh-hans": "键",
    description: "The row's id within its dataset, where the year alone does not name it (a quarter, a cluster, a forecast).",
  },
  year: { type: "year", title: "Year", "zh-hans": "年份", description: "The year the value belongs to (for a fiscal year, the year it ends)." },
  label_en: { type: "string", title: "Label (English)", "zh-hans": "标签（英文）", description: "A short label for the row's mark in the charts, in English." },
  label_zh_hans: { type: "string", title: "Label (Simplified Chinese)", "zh-hans": "标签（简体中文）", description: "The label in Simplified Chinese." },
  label_zh_hant: {
    type: "string",
    title: "Label (Traditional Chinese)",
    "zh-hans": "标签（繁体中文）",
    description: "The label in Traditional Chinese, converted from Simplified with OpenCC (Taiwan usage).",
  },
  kind: {
    type: "string",
    title: "Kind",
    "zh-hans": "类型",
    description: "measurement, expectation (an expert's estimate, not measured), claim (a vendor's own figure) or illustration.",
    constraints: { enum: [...rangeKinds] },
  },
  confidence: {
    type: "string",
    title: "Confidence",
    "zh-hans": "可信度",
    description:
      "How sure the figure is: high (confirmed by an independent source), medium (a single report, a mirror or an aggregator), low (unconfirmed, or derived).",
    constraints: { required: true, enum: ["high", "medium", "low"] },
  },
  note_en: { type: "string", title: "Note (English)", "zh-hans": "注释（英文）", description: "What the figure covers and how it was checked, in English." },
  note_zh_hans: { type: "string", title: "Note (Simplified Chinese)", "zh-hans": "注释（简体中文）", description: "The note in Simplified Chinese." },
  note_zh_hant: {
    type: "string",
    title: "Note (Traditional Chinese)",
    "zh-hans": "注释（繁体中文）",
    description: "The note in Traditional Chinese, converted from Simplified with OpenCC (Taiwan usage).",
  },
  source_id: {
    type: "string",
    title: "Source ids",
    "zh-hans": "来源编号",
    description: "The sources of the row, as ids of the package's sources, separated by semicolons.",
  },
  source: { type: "string", title: "Sources", "zh-hans": "来源", description: "The publishers of the row's sources, separated by semicolons." },
  source_url: { type: "string", title: "Source URLs", "zh-hans": "来源网址", description: "The web addresses of the row's sources, separated by spaces." },
};

const ORDER = [
  "key",
  "year",
  "measures",
  "label_en",
  "label_zh_hans",
  "label_zh_hant",
  "kind",
  "confidence",
  "note_en",
  "note_zh_hans",
  "note_zh_hant",
  "source_id",
  "source",
  "source_url",
];

/** One dataset as a table: its rows from the registry, words in all three scripts. */
export function datasetTable(dataset: Dataset): TidyTable {
  const measures = datasetColumns(dataset);
  const en = datasetRows(dataset, "en");
  const hans = datasetRows(dataset, "zh-hans");
  const hant = datasetRows(dataset, "zh-hant");
  const rows = dataset.rows.map((row, i): Record<string, string> => {
    const cells: Record<string, string> = { key: en[i]!.key!, year: en[i]!.year! };
    for (const m of measures) cells[m] = en[i]![m]!;
    if ("kind" in row) cells.kind = row.kind;
    else Object.assign(cells, { label_en: en[i]!.label!, label_zh_hans: hans[i]!.label!, label_zh_hant: hant[i]!.label! });
    return {
      ...cells,
      confidence: row.confidence,
      note_en: en[i]!.note!,
      note_zh_hans: hans[i]!.note!,
      note_zh_hant: hant[i]!.note!,
      source_id: row.source.join(";"),
      source: en[i]!.source!,
      source_url: en[i]!.source_url!,
    };
  });
  // A column no row fills (no keys beyond the year, no labels) is left out of that dataset's file.
  const filled = (c: string) => measures.includes(c) || c === "year" || c === "confidence" || rows.some((r) => r[c]);
  const columns = ORDER.flatMap((c) => (c === "measures" ? measures : [c])).filter((c) => c in rows[0]! && filled(c));
  return { columns, numeric: ["year", ...measures], rows: rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? ""]))) };
}

export const datasetCsv = (id: string) => {
  const dataset = registry().datasets.get(id);
  if (!dataset) throw new Error(`no dataset "${id}" in the registry`);
  return tidyCsv(datasetTable(dataset));
};

function measureField(dataset: Dataset, name: string, base: BaseUnit): Field {
  const range = dataset.schema === "range" ? (name.includes("_low_") ? " (low end of the range)" : " (high end of the range)") : "";
  const rangeZh = dataset.schema === "range" ? (name.includes("_low_") ? "（区间下限）" : "（区间上限）") : "";
  return {
    name,
    type: "number",
    title: `${dataset.title.en}${range}, ${base.en}`,
    "zh-hans": `${dataset.title["zh-hans"]}${rangeZh}，${base.zh}`,
    description: `${dataset.description?.en ?? dataset.title.en} In ${base.en}; empty where the figure was not disclosed.`,
    unit: base.en,
  };
}

/** The Table Schema of a dataset's file: its columns with types, units and titles in both written languages. */
function schemaOf(dataset: Dataset, columns: string[]) {
  const base = baseUnit(dataset.unit, `dataset "${dataset.id}"`);
  const measures = datasetColumns(dataset);
  const fields = columns.map((name) => {
    if (measures.includes(name)) return measureField(dataset, name, base);
    return { name, ...COMMON[name]! };
  });
  // Chinese titles stay with each field for readers who want the headers in their language; Traditional is
  // derived from Simplified as everywhere on the site.
  return {
    fields: fields.map(({ "zh-hans": zh, ...f }) => ({ ...f, titles: { en: f.title, "zh-hans": zh, "zh-hant": toHant(zh) } })),
    missingValues: [""],
  };
}

const sourceEntry = (id: string) => {
  const s = getSource(id);
  return { title: `${s.publisher}: ${s.title}${s.date ? ` (${s.date})` : ""}`, ...(s.url ? { path: s.url } : {}) };
};

/** The Frictionless descriptor of /data/. Resource paths are relative to datapackage.json. */
export function dataPackage() {
  const reg = registry();
  const datasets = [...reg.datasets.values()];
  for (const d of datasets)
    if (MEASURES[d.id] === undefined) throw new Error(`dataset "${d.id}" has no measure name; add it to MEASURES in lib/export/tidy.ts`);
  const resources = datasets.map((d) => {
    const t = datasetTable(d);
    const ids = [...new Set(d.rows.flatMap((r) => r.source))];
    return {
      profile: "tabular-data-resource",
      name: d.id,
      path: datasetCsvPath(d.id).slice(DATA_DIR.length),
      title: d.title.en,
      titles: { en: d.title.en, "zh-hans": d.title["zh-hans"], "zh-hant": toHant(d.title["zh-hans"]) },
      description: d.description?.en ?? d.title.en,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      schema: schemaOf(d, t.columns),
      sources: ids.map(sourceEntry),
    };
  });
  const used = [...new Set(datasets.flatMap((d) => d.rows.flatMap((r) => r.source)))];
  return {
    profile: "tabular-data-package",
    name: "cloud-expedition",
    title: "Cloud Expedition: the data",
    description:
      "Every dataset behind Cloud Expedition, a documentary about fifteen years of elastic cloud computing in China (2009–2025): one CSV per dataset (UTF-8 with a byte-order mark), values as plain numbers in the unit each column names, with each row's confidence, notes in English and Chinese, and its sources.",
    homepage: absoluteUrl("/en/sources/#datasets"),
    licenses: [DATA_LICENSE],
    sources: used.map(sourceEntry),
    resources,
  };
}
