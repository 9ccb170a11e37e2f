// The cloud-investment chart's words: the figures its copy quotes (computed from the data, never typed),
// each bar's short label and tooltip title, the title, description and notes, and the table of every value
// drawn. Pure.
import type copyFile from "@/content/charts/cloud-investment.json";
import { fill } from "@/lib/fill";
import { formatFigure } from "@/lib/data/format";
import type { Locale } from "@/lib/i18n";
import type { ChartTable } from "@/lib/charts/spec";
import { forecastRatio, hasValue, type BarGroup, type InvestmentInput, type Valued } from "@/components/charts/cloud-investment/input";

/** The words the chart uses: one locale's copy, as in content/charts/cloud-investment.json. */
export type InvestmentCopy = (typeof copyFile)["en"];

const usd = (v: number, locale: Locale) => formatFigure(v, "usd-bn", locale);

/** The figures the copy's placeholders name ({range}, {forecast}…), all from the data. */
export function copyVars(input: InvestmentInput, locale: Locale): Record<string, string | number> {
  const forecast = hasValue(input.forecast) ? input.forecast.value : 0;
  const implied = input.apollo.filter(hasValue).find((r) => r.source.length === 1 && r.source[0] === "article");
  const iaas = input.iaas.filter(hasValue);
  const vars: Record<string, string | number> = {
    forecast: usd(forecast, locale),
    capex: hasValue(input.capex) ? usd(input.capex.value, locale) : "",
    implied: implied ? usd(implied.value, locale) : "",
    claim: input.claim === null ? "" : formatFigure(input.claim, "times", locale),
    // The span the record supports (by price index and scope), not one computed from the bars drawn: these
    // mix 2019 and 2025 dollars.
    range: input.record ? formatFigure({ min: input.record.min, max: input.record.max }, "times", locale) : "",
  };
  if (iaas.length) {
    vars.iaasFirst = usd(iaas[0]!.value, locale);
    vars.iaasFirstYear = iaas[0]!.year;
    vars.iaasLast = usd(iaas.at(-1)!.value, locale);
    vars.iaasLastYear = iaas.at(-1)!.year;
  }
  return vars;
}

/** The forecast's ratio to an Apollo estimate, formatted ("1.76×"); undefined for other rows. */
export function ratioFor(input: InvestmentInput, row: Valued, group: BarGroup | "wider", locale: Locale): string | undefined {
  if (group !== "apollo" || !hasValue(input.forecast)) return undefined;
  return formatFigure(forecastRatio(input.forecast.value, row.value), "times", locale);
}

/** A bar's short label: a name for the spending and Apollo rows, the year for the IaaS rows. */
export function rowLabel(copy: InvestmentCopy, vars: Record<string, string | number>, row: Valued, group: BarGroup): string {
  if (group === "iaas") return String(row.year);
  const names = copy.rows as Record<string, string>;
  const name = names[group === "apollo" ? (row.key ?? "") : group];
  return name ? fill(name, vars) : (row.label ?? String(row.year));
}

/** A mark's tooltip title: the row's own label for Apollo, the measure (and year) for the others. */
export function tipTitle(copy: InvestmentCopy, vars: Record<string, string | number>, row: Valued, group: BarGroup | "wider"): string {
  if (group === "apollo") return row.label ?? rowLabel(copy, vars, row, group);
  if (group === "iaas" || group === "wider") return `${copy.tips[group]}, ${row.year}`;
  return copy.tips[group];
}

export function investmentText(input: InvestmentInput, copy: InvestmentCopy, locale: Locale) {
  const vars = copyVars(input, locale);
  return {
    title: fill(copy.title, vars),
    desc: fill(copy.desc, vars),
    notes: copy.notes.map((n) => fill(n, vars)),
    vars,
  };
}

/** Every mark the chart draws, in drawing order. */
export function shownRows(input: InvestmentInput): { row: Valued; group: BarGroup | "wider" }[] {
  return [
    ...[input.forecast].filter(hasValue).map((row) => ({ row, group: "forecast" as const })),
    ...[input.capex].filter(hasValue).map((row) => ({ row, group: "capex" as const })),
    ...input.apollo.filter(hasValue).map((row) => ({ row, group: "apollo" as const })),
    ...input.iaas.filter(hasValue).map((row) => ({ row, group: "iaas" as const })),
    ...input.wider.filter(hasValue).map((row) => ({ row, group: "wider" as const })),
  ];
}

/** One row per mark drawn: what it is, its value, the forecast's ratio to it (Apollo rows), its sources. */
export function investmentTable(input: InvestmentInput, copy: InvestmentCopy, locale: Locale, publishers: (ids: string[]) => string): ChartTable {
  const vars = copyVars(input, locale);
  return {
    caption: copy.tableCaption,
    columns: [
      { key: "item", label: copy.columns.item },
      { key: "value", label: copy.columns.value, numeric: true },
      { key: "ratio", label: copy.columns.ratio, numeric: true },
      { key: "source", label: copy.columns.source },
    ],
    rows: shownRows(input).map(({ row, group }) => ({
      item: tipTitle(copy, vars, row, group),
      value: usd(row.value, locale),
      ratio: ratioFor(input, row, group, locale) ?? "",
      source: publishers(row.source),
    })),
  };
}

/** Every source the chart draws on, and those of the record's range its notes quote. */
export function investmentSources(input: InvestmentInput): string[] {
  return [...new Set([...shownRows(input).flatMap((s) => s.row.source), ...(input.record?.source ?? [])])];
}
