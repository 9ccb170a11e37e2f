// Rows from the data registry as charts read them: values with their sources, confidence and the note in
// the reader's language (Traditional derived from Simplified). Server-side only: it reads the registry.
import { getDataset, getFigure } from "@/lib/data/registry";
import type { SeriesRow } from "@/lib/data/schema";
import type { Locale } from "@/lib/i18n";
import { toHant } from "@/lib/content/hant";

export type Row = Pick<SeriesRow, "year" | "value" | "confidence" | "source" | "note"> & {
  /** The row's key, where a series has several rows a year ("2024-mid", "2024q3"). */
  key?: string;
  /** The row's own label in the reader's language (label_en, label_zh), where it has one. */
  label?: string;
};

/** A row's note in the reader's language. */
export function localNote(row: Pick<SeriesRow, "note" | "note_zh">, locale: Locale): string | undefined {
  if (locale === "en") return row.note || undefined;
  const zh = row.note_zh || undefined;
  return zh && locale === "zh-hant" ? toHant(zh) : zh;
}

/** A row's label in the reader's language. */
export function localLabel(row: Pick<SeriesRow, "label_en" | "label_zh">, locale: Locale): string | undefined {
  if (locale === "en") return row.label_en || undefined;
  const zh = row.label_zh || undefined;
  return zh && locale === "zh-hant" ? toHant(zh) : zh;
}

/** The rows of a series dataset. */
export function seriesRows(id: string, locale: Locale): Row[] {
  const dataset = getDataset(id);
  if (dataset.schema !== "series") throw new Error(`dataset "${id}" must be a series`);
  return dataset.rows.map((r) => ({
    year: r.year,
    value: r.value,
    confidence: r.confidence,
    source: r.source,
    note: localNote(r, locale),
    ...(r.key ? { key: r.key } : {}),
    ...(localLabel(r, locale) ? { label: localLabel(r, locale) } : {}),
  }));
}

/** A registered single-number fact with a date, as a one-year row (null if it has no number or date). */
export function factRow(id: string, locale: Locale): Row | null {
  const f = getFigure(id);
  if (typeof f.value !== "number" || !f.when) return null;
  const note = typeof f.note === "object" ? (locale === "en" ? f.note.en : locale === "zh-hant" ? toHant(f.note["zh-hans"]) : f.note["zh-hans"]) : f.note;
  return { year: Number(f.when.slice(0, 4)), value: f.value, confidence: f.confidence, source: f.source, note };
}
