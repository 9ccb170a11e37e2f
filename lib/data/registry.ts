// The data registry: every dataset, the bibliography and the standalone facts, loaded and
// cross-checked once at build. `<Fact id>` and every chart read their numbers from here.
import { fullWidth } from "@/lib/content/punctuation";
import fs from "node:fs";
import path from "node:path";
import {
  bibliography,
  correctionRegistry,
  eventRegistry,
  type Correction,
  type TimelineEvent,
  datasetManifest,
  factRegistry,
  rowSchemas,
  type Confidence,
  type DatasetMeta,
  type Localized,
  type RangeRow,
  type SeriesRow,
  type Source,
} from "@/lib/data/schema";
import { DatasetError, loadJson, parseCsv } from "@/lib/data/load";
import { isUnitId, type UnitId } from "@/lib/data/units";
import type { FigureValue } from "@/lib/data/format";
import type { Locale } from "@/lib/i18n";
import { toHantChars } from "@/lib/content/hant";

export type Dataset =
  | (DatasetMeta & { schema: "series"; unit: UnitId; rows: SeriesRow[] })
  | (DatasetMeta & { schema: "range"; unit: UnitId; rows: RangeRow[] });

/** A figure as prose needs it: value, unit, when, where it comes from, and how sure we are. */
export type Figure = {
  id: string;
  value: FigureValue | Localized;
  unit: UnitId;
  when?: string;
  source: string[];
  confidence: Confidence;
  note?: Localized | string;
};

export type Registry = {
  datasets: Map<string, Dataset>;
  sources: Map<string, Source>;
  figures: Map<string, Figure>;
  corrections: Correction[];
  events: TimelineEvent[];
};

export function loadRegistry(root = path.join(process.cwd(), "content", "data")): Registry {
  const problems: string[] = [];
  const collect = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      if (error instanceof DatasetError) problems.push(...error.problems);
      else throw error;
      return undefined;
    }
  };

  // The bibliography is every JSON file in sources/, so that topics can keep their own lists.
  const sourcesDir = path.join(root, "sources");
  const rel = (f: string) => path.relative(process.cwd(), f);
  const sources = new Map<string, Source>();
  const sourceFiles = fs.existsSync(sourcesDir)
    ? fs
        .readdirSync(sourcesDir)
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];
  if (!sourceFiles.length) problems.push(`${rel(sourcesDir)}: no bibliography (expected one or more .json files)`);
  for (const name of sourceFiles) {
    const file = path.join(sourcesDir, name);
    const bib = collect(() => loadJson(file, bibliography));
    bib?.sources.forEach((s, i) => {
      if (sources.has(s.id)) problems.push(`${rel(file)} field "sources.${i}.id": duplicate source id "${s.id}"`);
      sources.set(s.id, s);
    });
  }
  const checkSources = (ids: string[], where: string) => {
    for (const id of ids) {
      if (!sources.has(id)) problems.push(`${where} field "source": unknown source id "${id}" (not in ${rel(sourcesDir)}/)`);
    }
  };

  const manifestFile = path.join(root, "datasets.json");
  const manifest = collect(() => loadJson(manifestFile, datasetManifest));
  const datasets = new Map<string, Dataset>();
  const figures = new Map<string, Figure>();

  for (const meta of manifest?.datasets ?? []) {
    const file = path.join(root, meta.file);
    if (!isUnitId(meta.unit)) {
      problems.push(`${rel(manifestFile)} dataset "${meta.id}" field "unit": unknown unit "${meta.unit}"`);
      continue;
    }
    const unit = meta.unit;
    let parsed: ReturnType<typeof parseCsv<(typeof rowSchemas)[typeof meta.schema]>>;
    try {
      parsed = parseCsv(file, rowSchemas[meta.schema]);
    } catch (error) {
      problems.push(`${rel(file)}: cannot be read (${(error as Error).message})`);
      continue;
    }
    problems.push(...parsed.problems);
    parsed.rows.forEach(({ line, row }) => checkSources(row.source, `${rel(file)}:${line}`));
    const rows = parsed.rows.map((r) => r.row);
    datasets.set(meta.id, { ...meta, unit, rows } as Dataset);
    const keys = new Set<string>();
    parsed.rows.forEach(({ line, row }) => {
      const key = ("key" in row && row.key) || String(row.year);
      if (keys.has(key)) problems.push(`${rel(file)}:${line} field "${"key" in row && row.key ? "key" : "year"}": duplicate key "${key}"`);
      keys.add(key);
      const value: FigureValue | null = "low" in row ? { min: row.low, max: row.high } : row.value;
      const rowUnit = "unit" in row && row.unit ? row.unit : undefined;
      if (rowUnit !== undefined && !isUnitId(rowUnit)) {
        problems.push(`${rel(file)}:${line} field "unit": unknown unit "${rowUnit}"`);
        return;
      }
      if (value === null) return;
      figures.set(`${meta.id}:${key}`, {
        id: `${meta.id}:${key}`,
        value,
        unit: rowUnit ?? unit,
        when: String(row.year),
        source: row.source,
        confidence: row.confidence,
        note: row.note && row.note_zh ? { en: row.note, "zh-hans": row.note_zh } : row.note,
      });
    });
  }

  const factsFile = path.join(root, "facts.json");
  const facts = collect(() => loadJson(factsFile, factRegistry));
  facts?.facts.forEach((fact, i) => {
    const where = `${rel(factsFile)} fact "${fact.id}"`;
    if (!isUnitId(fact.unit)) problems.push(`${where} field "unit": unknown unit "${fact.unit}"`);
    checkSources(fact.source, where);
    if (figures.has(fact.id)) problems.push(`${rel(factsFile)} field "facts.${i}.id": duplicate fact id "${fact.id}"`);
    figures.set(fact.id, { ...fact, unit: fact.unit as UnitId, when: fact.date });
  });

  const optionalJson = <S extends Parameters<typeof loadJson>[1]>(name: string, schema: S) =>
    fs.existsSync(path.join(root, name)) ? collect(() => loadJson(path.join(root, name), schema)) : undefined;

  const correctionsFile = path.join(root, "corrections.json");
  const corrections = optionalJson("corrections.json", correctionRegistry)?.corrections ?? [];
  corrections.forEach((c) => checkSources(c.source, `${rel(correctionsFile)} correction "${c.id}"`));

  const eventsFile = path.join(root, "events.json");
  const events = optionalJson("events.json", eventRegistry)?.events ?? [];
  events.forEach((e) => {
    checkSources(e.source, `${rel(eventsFile)} event "${e.id}"`);
    if (e.fact && !figures.has(e.fact)) problems.push(`${rel(eventsFile)} event "${e.id}" field "fact": unknown figure "${e.fact}"`);
  });
  events.sort((a, b) => a.date.localeCompare(b.date));

  if (problems.length) throw new DatasetError(problems);
  return { datasets, sources, figures, corrections, events };
}

let cached: Registry | undefined;
/** The project's registry, loaded once per build process. */
export function registry(): Registry {
  cached ??= loadRegistry();
  return cached;
}

export function getFigure(id: string): Figure {
  const figure = registry().figures.get(id);
  if (!figure) throw new Error(`<Fact id="${id}"/>: no such figure in the data registry (content/data/). Known ids look like "double11-gmv:2012".`);
  return figure;
}

export function getDataset(id: string): Dataset {
  const dataset = registry().datasets.get(id);
  if (!dataset) throw new Error(`Unknown dataset "${id}" (see content/data/datasets.json)`);
  return dataset;
}

/** A source's publisher as a reader of the locale sees it: quoted as published, in Traditional characters on zh-hant pages. */
export function sourceName(id: string, locale: Locale): string {
  return publisherName(getSource(id), locale);
}

/** A source's publisher as a reader of this locale sees it (publisherZh for Chinese, when the name differs). */
export function publisherName(source: Source, locale: Locale): string {
  const name = locale !== "en" && source.publisherZh ? source.publisherZh : source.publisher;
  // On a Chinese page, "ZDNet China (至顶网)" takes Chinese parentheses: "ZDNet China（至顶网）".
  if (locale === "en") return name;
  return locale === "zh-hant" ? toHantChars(fullWidth(name)) : fullWidth(name);
}

/** The publishers behind a list of sources, once each, for a tooltip's or table's source line. */
export function sourceNames(ids: string[], locale: Locale): string {
  return [...new Set(ids.map((id) => sourceName(id, locale)))].join(locale === "en" ? "; " : "；");
}

export function getSource(id: string): Source {
  const source = registry().sources.get(id);
  if (!source) throw new Error(`Unknown source "${id}" (see content/data/sources.json)`);
  return source;
}
