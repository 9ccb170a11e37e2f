// Cloud-footprint chart, server side: regions and availability zones from the registry, the article's own
// count beside the record, copy filled from the rows; renders a wide and a narrow scene inside ChartFigure.
import copyFile from "@/content/charts/cloud-footprint.json";
import { getDataset, getSource, sourceNames } from "@/lib/data/registry";
import { formatNumber } from "@/lib/data/format";
import type { SeriesRow } from "@/lib/data/schema";
import type { Locale } from "@/lib/i18n";
import type { ChartProps } from "@/components/charts/registry";
import { fill } from "@/lib/ui";
import { pickCopy } from "@/lib/content/copy";
import { toHant } from "@/lib/content/hant";
import { ChartFigure } from "@/components/charts/shared/ChartFigure";
import { isArticleClaim, layoutCloudFootprint, type FootPoint } from "@/components/charts/cloud-footprint/layout";
import { CloudFootprintView, type FootprintViewText } from "@/components/charts/cloud-footprint/View";

export const SIZES = { wide: { width: 720 }, narrow: { width: 340 } } as const;


function series(id: string): SeriesRow[] {
  const dataset = getDataset(id);
  if (dataset.schema !== "series") throw new Error(`${id} must be a series`);
  return dataset.rows.filter((r) => r.value !== null);
}

const localNote = (row: SeriesRow, locale: Locale) =>
  (locale === "en" ? row.note : row.note_zh && (locale === "zh-hant" ? toHant(row.note_zh) : row.note_zh)) || undefined;

export function CloudFootprintChart({ locale, step, uid = "cloud-footprint" }: ChartProps) {
  const copy = pickCopy(copyFile, locale);
  const data = { regions: series("cloud-regions"), zones: series("cloud-zones") };
  const n = (v: number) => formatNumber(v, locale);
  const regions = data.regions.filter((r) => !isArticleClaim(r));
  const zones = data.zones.filter((r) => !isArticleClaim(r));
  const claim = data.regions.find(isArticleClaim);
  const peak = regions.reduce((a, r) => (r.value! > a.value! ? r : a), regions[0]!);
  const recordClaimYear = claim ? regions.find((r) => r.year === claim.year) : undefined;
  const zonesClaimYear = claim ? zones.find((r) => r.year === claim.year) : undefined;
  const vars = {
    peak: n(peak.value!),
    peakYear: peak.year,
    regionsFirst: n(regions[0]!.value!),
    regionsFirstYear: regions[0]!.year,
    regionsLast: n(regions.at(-1)!.value!),
    regionsLastYear: regions.at(-1)!.year,
    zonesFirst: n(zones[0]!.value!),
    zonesFirstYear: zones[0]!.year,
    zonesLast: n(zones.at(-1)!.value!),
    zonesLastYear: zones.at(-1)!.year,
    claim: claim ? n(claim.value!) : "",
    claimYear: claim?.year ?? "",
    recordClaimYear: recordClaimYear ? n(recordClaimYear.value!) : "",
    zonesClaimYear: zonesClaimYear ? n(zonesClaimYear.value!) : "",
  };
  const source = (ids: string[]) => sourceNames(ids, locale);
  const tipTitle = (series: "regions" | "zones", row: SeriesRow, isClaim: boolean) => fill(copy.tipTitle[isClaim ? "claim" : series], { year: row.year });
  const text: FootprintViewText = {
    title: fill(copy.title, vars),
    desc: fill(copy.desc, vars),
    tip: (pt: FootPoint) => ({ title: tipTitle(pt.series, pt.row, pt.claim), note: localNote(pt.row, locale), source: source(pt.row.source) }),
  };
  const labels = { ...copy.headings, claim: (value: string) => fill(copy.claim, { n: value }) };
  const wide = layoutCloudFootprint(data, { ...SIZES.wide, locale }, labels);
  const narrow = layoutCloudFootprint(data, { ...SIZES.narrow, locale }, labels);

  // The table lists the points in the order the chart draws them.
  const points = wide.panels.flatMap((p) => p.points);
  const sources = [...new Set(points.flatMap((p) => p.row.source))];

  return (
    <ChartFigure
      id="cloud-footprint"
      uid={uid}
      locale={locale}
      step={step}
      title={text.title}
      subtitle={copy.subtitle}
      plotLabel={copy.plotLabel}
      sources={sources}
      notes={copy.notes.map((note) => fill(note, vars))}
      table={{
        caption: copy.tableCaption,
        columns: [
          { key: "when", label: copy.columns.when },
          { key: "series", label: copy.columns.series },
          { key: "value", label: copy.columns.value, numeric: true },
          { key: "source", label: copy.columns.source },
        ],
        rows: points.map((pt) => ({
          when: String(pt.row.year),
          series: pt.claim ? tipTitle(pt.series, pt.row, true) : copy.headings[pt.series],
          value: pt.valueText,
          source: source(pt.row.source),
        })),
      }}
    >
      <CloudFootprintView scene={wide} text={text} variant="wide" uid={uid} />
      <CloudFootprintView scene={narrow} text={text} variant="narrow" uid={uid} />
    </ChartFigure>
  );
}
