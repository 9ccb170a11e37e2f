// What the cloud-footprint chart draws: Alibaba Cloud's regions and availability zones as dated snapshots,
// the record and, beside it, a count that only the article gives. Pure: spec.ts fills it from the registry,
// the tests from fixture rows.
import type { Row } from "@/lib/charts/data";

export type SeriesId = "regions" | "zones";

export type FootprintInput = Record<SeriesId, Row[]>;

export type Valued = Row & { value: number };
export const hasValue = (r: Row | null | undefined): r is Valued => !!r && r.value !== null && Number.isFinite(r.value);

/** A row that rests on the article alone is the article's claim, not the record. */
export const isArticleClaim = (row: Pick<Row, "source">) => row.source.length > 0 && row.source.every((s) => s === "article");

/** A row's id within its series: its key, or its year. */
export const rowId = (row: Row) => row.key ?? String(row.year);
