// Cloud-investment chart, server side: picks the rows from the registry, fills the copy from them and
// renders a wide and a narrow scene inside ChartFigure.
import copyFile from "@/content/charts/cloud-investment.json";
import { getDataset, getFigure, getSource, sourceNames } from "@/lib/data/registry";
import { formatFigure } from "@/lib/data/format";
import type { SeriesRow } from "@/lib/data/schema";
import type { Locale } from "@/lib/i18n";
import type { ChartProps } from "@/components/charts/registry";
import { fill } from "@/lib/ui";
import { pickCopy } from "@/lib/content/copy";
import { toHant } from "@/lib/content/hant";
import { ChartFigure } from "@/components/charts/shared/ChartFigure";
import { forecastRatio, layoutCloudInvestment, type BarGroup, type InvestmentRows } from "@/components/charts/cloud-investment/layout";
import { CloudInvestmentView, type InvestmentViewText } from "@/components/charts/cloud-investment/View";

export const SIZES = { wide: { width: 720 }, narrow: { width: 340 } } as const;


/** The article's forecast and Dell'Oro's actual, by their keys in datacenter-capex. */
export const FORECAST_KEY = "2025-forecast";
export const CAPEX_KEY = "2024";
/** Apollo in the dollars of its own day is left out: the comparison is with later dollars. */
export const NOMINAL_APOLLO_KEY = "nominal";

function series(id: string): SeriesRow[] {
  const dataset = getDataset(id);
  if (dataset.schema !== "series") throw new Error(`${id} must be a series`);
  return dataset.rows;
}

function byKey(rows: SeriesRow[], key: string, dataset: string): SeriesRow {
  const row = rows.find((r) => (r.key ?? String(r.year)) === key);
  if (!row || row.value === null) throw new Error(`cloud-investment: ${dataset} has no value for "${key}"`);
  return row;
}

/** A row's own note in the reader's language (Traditional derived from Simplified). */
export function rowNote(row: SeriesRow, locale: Locale): string | undefined {
  if (locale === "en") return row.note || undefined;
  if (!row.note_zh) return undefined;
  return locale === "zh-hant" ? toHant(row.note_zh) : row.note_zh;
}

function rowLabel(row: SeriesRow, locale: Locale): string | undefined {
  if (locale === "en") return row.label_en || undefined;
  if (!row.label_zh) return undefined;
  return locale === "zh-hant" ? toHant(row.label_zh) : row.label_zh;
}

export function investmentRows(): InvestmentRows {
  const capex = series("datacenter-capex");
  return {
    forecast: byKey(capex, FORECAST_KEY, "datacenter-capex"),
    capex: byKey(capex, CAPEX_KEY, "datacenter-capex"),
    apollo: series("apollo-cost").filter((r) => r.key !== NOMINAL_APOLLO_KEY && r.value !== null),
    iaas: series("iaas-revenue").filter((r) => r.value !== null),
    wider: series("cloud-infra-revenue").filter((r) => r.value !== null),
  };
}

export function CloudInvestmentChart({ locale, step, uid = "cloud-investment" }: ChartProps) {
  const copy = pickCopy(copyFile, locale);
  const data = investmentRows();
  const forecast = data.forecast.value!;
  const usd = (v: number) => formatFigure(v, "usd-bn", locale);
  const claim = getFigure("apollo-ratio-claim").value as number;
  const published = data.apollo.filter((r) => r.confidence !== "low").map((r) => forecastRatio(forecast, r.value!));
  const implied = data.apollo.find((r) => r.source.length === 1 && r.source[0] === "article");
  const iaasFirst = data.iaas[0]!;
  const iaasLast = data.iaas.at(-1)!;
  const vars = {
    range: formatFigure({ min: Math.min(...published), max: Math.max(...published) }, "times", locale),
    claim: formatFigure(claim, "times", locale),
    forecast: usd(forecast),
    capex: usd(data.capex.value!),
    implied: implied ? usd(implied.value!) : "",
    iaasFirst: usd(iaasFirst.value!),
    iaasFirstYear: iaasFirst.year,
    iaasLast: usd(iaasLast.value!),
    iaasLastYear: iaasLast.year,
  };
  const source = (ids: string[]) => sourceNames(ids, locale);
  const rowText = copy.rows as Record<string, string>;
  const shortLabel = (row: SeriesRow, group: BarGroup) =>
    group === "iaas" ? String(row.year) : fill(rowText[group === "apollo" ? (row.key ?? "") : group] ?? rowLabel(row, locale) ?? String(row.year), vars);
  const tipTitle = (row: SeriesRow, group: BarGroup | "wider") =>
    group === "apollo" ? (rowLabel(row, locale) ?? shortLabel(row, group)) : group === "iaas" || group === "wider" ? `${copy.tips[group]}, ${row.year}` : copy.tips[group];

  const text: InvestmentViewText = {
    title: fill(copy.title, vars),
    desc: fill(copy.desc, vars),
    tip: (row, group) => ({ title: tipTitle(row, group), note: rowNote(row, locale), source: source(row.source) }),
    ratioNote: (ratio) => fill(copy.tips.ratio, { ratio }),
  };
  const labels = { ...copy.headings, row: shortLabel };
  const wide = layoutCloudInvestment(data, { ...SIZES.wide, locale }, labels);
  const narrow = layoutCloudInvestment(data, { ...SIZES.narrow, locale }, labels);

  const shown: { row: SeriesRow; group: BarGroup | "wider" }[] = [
    { row: data.forecast, group: "forecast" },
    { row: data.capex, group: "capex" },
    ...data.apollo.map((row) => ({ row, group: "apollo" as const })),
    ...data.iaas.map((row) => ({ row, group: "iaas" as const })),
    ...data.wider.map((row) => ({ row, group: "wider" as const })),
  ];
  const sources = [...new Set(shown.flatMap((s) => s.row.source))];

  return (
    <ChartFigure
      id="cloud-investment"
      uid={uid}
      locale={locale}
      step={step}
      title={text.title}
      subtitle={copy.subtitle}
      plotLabel={copy.plotLabel}
      sources={sources}
      notes={copy.notes.map((n) => fill(n, vars))}
      table={{
        caption: copy.tableCaption,
        columns: [
          { key: "item", label: copy.columns.item },
          { key: "value", label: copy.columns.value, numeric: true },
          { key: "ratio", label: copy.columns.ratio, numeric: true },
          { key: "source", label: copy.columns.source },
        ],
        rows: shown.map(({ row, group }) => ({
          item: tipTitle(row, group),
          value: usd(row.value!),
          ratio: group === "apollo" ? formatFigure(forecastRatio(forecast, row.value!), "times", locale) : "",
          source: source(row.source),
        })),
      }}
    >
      <CloudInvestmentView scene={wide} text={text} variant="wide" uid={uid} />
      <CloudInvestmentView scene={narrow} text={text} variant="narrow" uid={uid} />
    </ChartFigure>
  );
}
