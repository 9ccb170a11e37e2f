// Cloud-revenue chart, server side: fiscal years and recent quarters from the registry, the figure before
// inter-segment elimination and the quarterly growth rates from the facts (or the rows' own notes).
import copyFile from "@/content/charts/cloud-revenue.json";
import { getDataset, getSource, registry, sourceNames } from "@/lib/data/registry";
import { formatFigure, formatNumber } from "@/lib/data/format";
import type { SeriesRow } from "@/lib/data/schema";
import { intlLocale, type Locale } from "@/lib/i18n";
import type { ChartProps } from "@/components/charts/registry";
import { fill } from "@/lib/ui";
import { pickCopy } from "@/lib/content/copy";
import { toHant } from "@/lib/content/hant";
import { ChartFigure } from "@/components/charts/shared/ChartFigure";
import { growthFromNote, layoutCloudRevenue, parseQuarterKey, type RevenueBar, type RevenueInput } from "@/components/charts/cloud-revenue/layout";
import { CloudRevenueView, type RevenueViewText } from "@/components/charts/cloud-revenue/View";

export const SIZES = { wide: { width: 720 }, narrow: { width: 340 } } as const;


/** The registered figure for FY2022 before inter-segment elimination. */
export const BEFORE_ELIMINATION_FACT = "cloud-revenue-fy2022-before-elimination";
/** Quarterly growth facts are registered as cloud-revenue-growth-<quarter key>. */
export const growthFactId = (key: string) => `cloud-revenue-growth-${key}`;

function series(id: string): SeriesRow[] {
  const dataset = getDataset(id);
  if (dataset.schema !== "series") throw new Error(`${id} must be a series`);
  return dataset.rows;
}

const localText = (en: string | undefined, zh: string | undefined, locale: Locale) =>
  (locale === "en" ? en : zh && (locale === "zh-hant" ? toHant(zh) : zh)) || undefined;

/** Growth on a year earlier: the registered fact if there is one, otherwise the figure the row's note states. */
export function quarterGrowth(row: SeriesRow): number | undefined {
  const fact = registry().figures.get(growthFactId(row.key ?? ""));
  if (fact && typeof fact.value === "number") return fact.value;
  return growthFromNote(row.note);
}

export function revenueInput(): RevenueInput {
  const before = registry().figures.get(BEFORE_ELIMINATION_FACT);
  return {
    years: series("alibaba-cloud-revenue-fy").filter((r) => r.value !== null),
    quarters: series("alibaba-cloud-revenue-quarterly"),
    growth: quarterGrowth,
    beforeElimination: before && typeof before.value === "number" && before.when ? { year: Number(before.when.slice(0, 4)), value: before.value } : undefined,
  };
}

export function CloudRevenueChart({ locale, step, uid = "cloud-revenue" }: ChartProps) {
  const copy = pickCopy(copyFile, locale);
  const input = revenueInput();
  const cny = (v: number) => formatFigure(v, "cny-m", locale);
  const pct = (v: number) => `+${formatFigure(v, "percent", locale)}`;
  const years = input.years;
  const first = years[0]!;
  const solid = years.filter((r) => r.confidence !== "low");
  const peak = solid.at(-1)!;
  const growths = input.quarters.map(input.growth).filter((g): g is number => g !== undefined);
  const beforeFact = registry().figures.get(BEFORE_ELIMINATION_FACT);
  const ghostRow = input.beforeElimination ? years.find((r) => r.year === input.beforeElimination!.year) : undefined;
  const missingQuarter = input.quarters.find((r) => r.value === null);
  const quarterTitle = (row: SeriesRow) => {
    const parsed = parseQuarterKey(row.key ?? "");
    return parsed ? fill(copy.quarterTitle, { months: copy.months[parsed.quarter - 1]!, year: parsed.year }) : (row.key ?? String(row.year));
  };
  const fyTitle = (year: number) => fill(copy.fyTitle, { year });
  const list = new Intl.ListFormat(intlLocale[locale], { type: "conjunction" });

  const vars = {
    ratio: formatNumber(Math.round(peak.value! / first.value!), locale),
    span: peak.year - first.year,
    first: cny(first.value!),
    firstYear: first.year,
    peak: cny(peak.value!),
    peakYear: peak.year,
    lastYear: years.at(-1)!.year,
    breakYear: years.at(-1)!.year + 1,
    quarterCount: input.quarters.length,
    firstGrowth: growths.length ? pct(growths[0]!) : "",
    lastGrowth: growths.length ? pct(growths.at(-1)!) : "",
    ghostYear: input.beforeElimination?.year ?? "",
    ghostValue: input.beforeElimination ? cny(input.beforeElimination.value) : "",
    ghostAfter: ghostRow ? cny(ghostRow.value!) : "",
    lowYears: list.format(years.filter((r) => r.confidence === "low").map((r) => fill(copy.fyShort, { year: r.year }))),
    missingQuarter: missingQuarter ? quarterTitle(missingQuarter) : "",
  };
  const accelerating = growths.length > 1 && growths.at(-1)! > growths[0]!;
  const source = (ids: string[]) => sourceNames(ids, locale);
  const ghostText = beforeFact
    ? {
        title: fill(copy.ghostTitle, { year: vars.ghostYear }),
        note: beforeFact.note && typeof beforeFact.note === "object" ? localText(beforeFact.note.en, beforeFact.note["zh-hans"], locale) : undefined,
        source: source(beforeFact.source),
      }
    : { title: "", source: "" };

  const text: RevenueViewText = {
    title: fill(accelerating ? copy.title : copy.titleSteady, vars),
    desc: fill(copy.desc, vars),
    tip: (b: RevenueBar) => ({
      title: b.panel === "years" ? fyTitle(b.row.year) : quarterTitle(b.row),
      note: localText(b.row.note, b.row.note_zh, locale),
      source: source(b.row.source),
    }),
    growth: (growth) => fill(copy.growth, { growth }),
    missingValue: copy.missingValue,
    ghost: ghostText,
  };
  const labels = {
    ...copy.headings,
    beforeElimination: copy.beforeElimination.map((l) => fill(l, vars)) as [string, string],
    missing: copy.missing,
    quarter: (q: number) => fill(copy.quarter, { q }),
  };
  const wide = layoutCloudRevenue(input, { ...SIZES.wide, locale }, labels);
  const narrow = layoutCloudRevenue(input, { ...SIZES.narrow, locale }, labels);

  const tableRows = [
    ...years.flatMap((r) => {
      const row = { period: fyTitle(r.year), value: cny(r.value!), growth: "", source: source(r.source) };
      return r.year === input.beforeElimination?.year && beforeFact
        ? [row, { period: ghostText.title, value: vars.ghostValue, growth: "", source: ghostText.source }]
        : [row];
    }),
    ...input.quarters.map((r) => {
      const g = input.growth(r);
      return { period: quarterTitle(r), value: r.value === null ? copy.missingValue : cny(r.value), growth: g === undefined ? "" : pct(g), source: source(r.source) };
    }),
  ];
  const sources = [...new Set([...years, ...input.quarters].flatMap((r) => r.source).concat(beforeFact?.source ?? []))];

  return (
    <ChartFigure
      id="cloud-revenue"
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
          { key: "period", label: copy.columns.period },
          { key: "value", label: copy.columns.value, numeric: true },
          { key: "growth", label: copy.columns.growth, numeric: true },
          { key: "source", label: copy.columns.source },
        ],
        rows: tableRows,
      }}
    >
      <CloudRevenueView scene={wide} text={text} variant="wide" uid={uid} />
      <CloudRevenueView scene={narrow} text={text} variant="narrow" uid={uid} />
    </ChartFigure>
  );
}
