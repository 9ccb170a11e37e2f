// What the cloud-revenue chart draws: Alibaba Cloud's revenue by fiscal year up to the segment change, the
// recent quarters on the new basis (one without an amount stays an empty slot) with their growth on a year
// earlier, and FY2022's figure before sales to other Alibaba units were removed. Pure: spec.ts fills it
// from the registry, the tests from fixture rows.
import type { Row } from "@/lib/charts/data";

export type RevenueInput = {
  /** Fiscal-year rows (year = the calendar year in which the fiscal year ends, in March). */
  years: Row[];
  /** Quarterly rows on the new segment basis, keyed "2024q3". */
  quarters: Row[];
  /** Growth on a year earlier, in percent, by quarter key, where it is known. */
  growth: Record<string, number>;
  /** A fiscal year's figure before inter-segment elimination, drawn as an outline over its bar. */
  ghost: Row | null;
};

export type Valued = Row & { value: number };
export const hasValue = (r: Row | null | undefined): r is Valued => !!r && r.value !== null && Number.isFinite(r.value);

/** A quarter's key: "2024q3". */
export const quarterKey = (r: Row) => r.key ?? String(r.year);

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
