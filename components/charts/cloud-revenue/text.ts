// The cloud-revenue chart's words: the figures its copy quotes (computed from the data, never typed), the
// names of periods, the title, description and notes, and the table of every value drawn. Pure.
import type copyFile from "@/content/charts/cloud-revenue.json";
import { fill } from "@/lib/fill";
import { formatFigure, formatNumber } from "@/lib/data/format";
import { intlLocale, type Locale } from "@/lib/i18n";
import type { ChartTable } from "@/lib/charts/spec";
import { hasValue, parseQuarterKey, quarterKey, type RevenueInput } from "@/components/charts/cloud-revenue/input";
import type { Row } from "@/lib/charts/data";

/** The words the chart uses: one locale's copy, as in content/charts/cloud-revenue.json. */
export type RevenueCopy = (typeof copyFile)["en"];

export const cny = (v: number, locale: Locale) => formatFigure(v, "cny-m", locale);
/** Growth on a year earlier, signed: "+7%". */
export const growthText = (v: number, locale: Locale) => `+${formatFigure(v, "percent", locale)}`;

export const fyTitle = (copy: RevenueCopy, year: number) => fill(copy.fyTitle, { year });

/** "July–September 2024" for the quarter keyed 2024q3. */
export function quarterTitle(copy: RevenueCopy, row: Row): string {
  const parsed = parseQuarterKey(quarterKey(row));
  return parsed ? fill(copy.quarterTitle, { months: copy.months[parsed.quarter - 1]!, year: parsed.year }) : quarterKey(row);
}

export const ghostTitle = (copy: RevenueCopy, ghost: Row) => fill(copy.ghostTitle, { year: ghost.year });

/** Growth rates in the order of the quarters. */
const growths = (input: RevenueInput) => input.quarters.map((q) => input.growth[quarterKey(q)]).filter((g): g is number => g !== undefined);

/** The bars drawn hollow, as the notes name them: fiscal years, then quarters, of low confidence. */
export function lowBars(input: RevenueInput, copy: RevenueCopy): string[] {
  return [
    ...input.years
      .filter(hasValue)
      .filter((r) => r.confidence === "low")
      .map((r) => fill(copy.fyShort, { year: r.year })),
    ...input.quarters
      .filter(hasValue)
      .filter((r) => r.confidence === "low")
      .map((r) => quarterTitle(copy, r)),
  ];
}

/** The figures the copy's placeholders name ({ratio}, {peak}…), all from the data. */
export function copyVars(input: RevenueInput, copy: RevenueCopy, locale: Locale): Record<string, string | number> {
  const years = input.years.filter(hasValue);
  const first = years[0];
  const peak = years.filter((r) => r.confidence !== "low").at(-1);
  const g = growths(input);
  const ghostRow = input.ghost ? years.find((r) => r.year === input.ghost!.year) : undefined;
  const missing = input.quarters.find((r) => !hasValue(r));
  const list = new Intl.ListFormat(intlLocale[locale], { type: "conjunction" });
  const vars: Record<string, string | number> = {
    quarterCount: input.quarters.length,
    firstGrowth: g.length ? growthText(g[0]!, locale) : "",
    lastGrowth: g.length ? growthText(g.at(-1)!, locale) : "",
    ghostYear: input.ghost?.year ?? "",
    ghostValue: hasValue(input.ghost) ? cny(input.ghost.value, locale) : "",
    ghostAfter: ghostRow ? cny(ghostRow.value, locale) : "",
    lowBars: list.format(lowBars(input, copy)),
    missingQuarter: missing ? quarterTitle(copy, missing) : "",
  };
  if (first && peak) {
    vars.ratio = formatNumber(Math.round(peak.value / first.value), locale);
    vars.span = peak.year - first.year;
    vars.first = cny(first.value, locale);
    vars.firstYear = first.year;
    vars.peak = cny(peak.value, locale);
    vars.peakYear = peak.year;
  }
  if (years.length) {
    vars.lastYear = years.at(-1)!.year;
    vars.breakYear = years.at(-1)!.year + 1;
  }
  return vars;
}

export function revenueText(input: RevenueInput, copy: RevenueCopy, locale: Locale) {
  const vars = copyVars(input, copy, locale);
  const g = growths(input);
  // The title says growth is picking up only while the data say so.
  const accelerating = g.length > 1 && g.at(-1)! > g[0]!;
  return {
    title: fill(accelerating ? copy.title : copy.titleSteady, vars),
    desc: fill(copy.desc, vars),
    // A note on hollow bars only when some are drawn (naming them), and on a missing amount only when one is.
    notes: [...copy.notes, ...(lowBars(input, copy).length ? [copy.lowNote] : []), ...(vars.missingQuarter ? [copy.missingNote] : [])].map((n) =>
      fill(n, vars),
    ),
    vars,
  };
}

/** Every fiscal year (with the figure before elimination after its year), then every quarter. */
export function revenueTable(input: RevenueInput, copy: RevenueCopy, locale: Locale, publishers: (ids: string[]) => string): ChartTable {
  const ghost = hasValue(input.ghost) ? input.ghost : null;
  const rows = [
    ...input.years.filter(hasValue).flatMap((r) => {
      const row = { period: fyTitle(copy, r.year), value: cny(r.value, locale), growth: "", source: publishers(r.source) };
      return ghost && r.year === ghost.year
        ? [row, { period: ghostTitle(copy, ghost), value: cny(ghost.value, locale), growth: "", source: publishers(ghost.source) }]
        : [row];
    }),
    ...input.quarters.map((r) => {
      const g = input.growth[quarterKey(r)];
      return {
        period: quarterTitle(copy, r),
        value: hasValue(r) ? cny(r.value, locale) : copy.missingValue,
        growth: g === undefined ? "" : growthText(g, locale),
        source: publishers(r.source),
      };
    }),
  ];
  return {
    caption: copy.tableCaption,
    columns: [
      { key: "period", label: copy.columns.period },
      { key: "value", label: copy.columns.value, numeric: true },
      { key: "growth", label: copy.columns.growth, numeric: true },
      { key: "source", label: copy.columns.source },
    ],
    rows,
  };
}

/** Every source the chart draws on. */
export function revenueSources(input: RevenueInput): string[] {
  return [...new Set([...input.years.filter(hasValue), ...input.quarters, ...(input.ghost ? [input.ghost] : [])].flatMap((r) => r.source))];
}
