// What the cloud-investment chart draws, by role: the 2025 forecast the article quotes, Dell'Oro's actual
// 2024 capex, the Apollo estimates in later dollars, Gartner's IaaS revenue and Synergy's wider measure.
// Pure: spec.ts fills it from the registry, the tests from fixture rows.
import type { Row } from "@/lib/charts/data";

export type InvestmentInput = {
  /** The 2025 forecast the article quotes (datacenter-capex:2025-forecast). */
  forecast: Row;
  /** Dell'Oro's actual 2024 data-centre capex, for context. */
  capex: Row;
  /** Apollo estimates in later dollars, in the order they are drawn (a row's year is the year of its dollars). */
  apollo: Row[];
  /** Gartner's worldwide IaaS revenue by year. */
  iaas: Row[];
  /** Synergy's wider cloud-infrastructure revenue, drawn as dots on the IaaS rows of the same year. */
  wider: Row[];
  /** The article's ratio of the forecast to Apollo's cost (1.5×). */
  claim: number | null;
  /** The span of that ratio the record supports, by price index and scope (the fact apollo-ratio-record), with its sources. */
  record: { min: number; max: number; source: string[] } | null;
};

/** The bars' groups, top to bottom. */
export type BarGroup = "forecast" | "capex" | "apollo" | "iaas";

export type Valued = Row & { value: number };
export const hasValue = (r: Row | null | undefined): r is Valued => !!r && r.value !== null && Number.isFinite(r.value);

/** Ratio of the forecast to one estimate, to two decimal places: 463.7 / 264 → 1.76. */
export const forecastRatio = (forecast: number, estimate: number) => Math.round((forecast / estimate) * 100) / 100;

/** A bar's id, unique in the chart: its group, and the row's key or year. */
export const barId = (row: Row, group: BarGroup) => (group === "forecast" || group === "capex" ? group : `${group}-${row.key ?? row.year}`);

/**
 * Whether an estimate is in the dollars of the forecast's own year (a row's year is the year of its dollars),
 * so that dividing the forecast by it compares like with like.
 */
export const likeForLike = (input: Pick<InvestmentInput, "forecast">, row: Row) => hasValue(input.forecast) && row.year === input.forecast.year;
