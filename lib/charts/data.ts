// Rows from the data registry as charts read them: values with their sources, confidence and the note in
// the reader's language (Traditional derived from Simplified). Server-side only: it reads the registry.
import { getDataset, getFigure } from "@/lib/data/registry";
import type { SeriesRow } from "@/lib/data/schema";
import type { Locale } from "@/lib/i18n";
import { toHant } from "@/lib/content/hant";

export type Row = Pick<SeriesRow, "year" | "value" | "confidence" | "source" | "note">;

/** A row's note in the reader's language. */
export function localNote(row: Pick<SeriesRow, "note" | "note_zh">, locale: Locale): string | undefined {
  if (locale === "en") return row.note || undefined;
  const zh = row.note_zh || undefined;
  return zh && locale === "zh-hant" ? toHant(zh) : zh;
}

/** The rows of a series dataset. */
export function seriesRows(id: string, locale: Locale): Row[] {
  const dataset = getDataset(id);
  if (dataset.schema !== "series") throw new Error(`dataset "${id}" must be a series`);
  return dataset.rows.map((r) => ({ year: r.year, value: r.value, confidence: r.confidence, source: r.source, note: localNote(r, locale) }));
}

/** A registered single-number fact with a date, as a one-year row (null if it has no number or date). */
export function factRow(id: string, locale: Locale): Row | null {
  const f = getFigure(id);
  if (typeof f.value !== "number" || !f.when) return null;
  const note = typeof f.note === "object" ? (locale === "en" ? f.note.en : locale === "zh-hant" ? toHant(f.note["zh-hans"]) : f.note["zh-hans"]) : f.note;
  return { year: Number(f.when.slice(0, 4)), value: f.value, confidence: f.confidence, source: f.source, note };
}
