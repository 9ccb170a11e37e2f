// The cloud-footprint chart's words: the figures its copy quotes (computed from the data, never typed),
// tooltip titles, the title, description and notes, and the table of every snapshot drawn. Pure.
import type copyFile from "@/content/charts/cloud-footprint.json";
import { fill } from "@/lib/fill";
import { formatFigure, formatNumber } from "@/lib/data/format";
import type { Locale } from "@/lib/i18n";
import type { ChartTable } from "@/lib/charts/spec";
import { hasValue, isArticleClaim, type FootprintInput, type SeriesId, type Valued } from "@/components/charts/cloud-footprint/input";

/** The words the chart uses: one locale's copy, as in content/charts/cloud-footprint.json. */
export type FootprintCopy = (typeof copyFile)["en"];

export const UNIT = { regions: "region", zones: "zone" } as const;

/** The record (the article's own counts left out) and the article's counts, per series. */
export const record = (input: FootprintInput, id: SeriesId) => input[id].filter(hasValue).filter((r) => !isArticleClaim(r));
export const claims = (input: FootprintInput, id: SeriesId) => input[id].filter(hasValue).filter(isArticleClaim);

export const tipTitle = (copy: FootprintCopy, id: SeriesId, row: Valued) => fill(copy.tipTitle[isArticleClaim(row) ? "claim" : id], { year: row.year });

/** The figures the copy's placeholders name ({peak}, {zonesLast}…), all from the data. */
export function copyVars(input: FootprintInput, locale: Locale): Record<string, string | number> {
  const n = (v: number) => formatNumber(v, locale);
  const regions = record(input, "regions");
  const zones = record(input, "zones");
  const claim = claims(input, "regions")[0];
  const vars: Record<string, string | number> = { claim: claim ? n(claim.value) : "", claimYear: claim?.year ?? "" };
  if (regions.length) {
    const peak = regions.reduce((a, r) => (r.value > a.value ? r : a), regions[0]!);
    Object.assign(vars, {
      peak: n(peak.value),
      peakYear: peak.year,
      regionsFirst: n(regions[0]!.value),
      regionsFirstYear: regions[0]!.year,
      regionsLast: n(regions.at(-1)!.value),
      regionsLastYear: regions.at(-1)!.year,
    });
  }
  if (zones.length)
    Object.assign(vars, {
      zonesFirst: n(zones[0]!.value),
      zonesFirstYear: zones[0]!.year,
      zonesLast: n(zones.at(-1)!.value),
      zonesLastYear: zones.at(-1)!.year,
    });
  const sameYear = (rows: Valued[]) => (claim ? rows.find((r) => r.year === claim.year) : undefined);
  vars.recordClaimYear = sameYear(regions) ? n(sameYear(regions)!.value) : "";
  vars.zonesClaimYear = sameYear(zones) ? n(sameYear(zones)!.value) : "";
  return vars;
}

export function footprintText(input: FootprintInput, copy: FootprintCopy, locale: Locale) {
  const vars = copyVars(input, locale);
  return { title: fill(copy.title, vars), desc: fill(copy.desc, vars), notes: copy.notes.map((n) => fill(n, vars)), vars };
}

/** The snapshots in the order the chart draws them: each series' record, each claim after its year. */
export function drawnRows(input: FootprintInput): { id: SeriesId; row: Valued }[] {
  return (["regions", "zones"] as SeriesId[]).flatMap((id) =>
    record(input, id)
      .flatMap((r) => [r, ...claims(input, id).filter((c) => c.year === r.year)])
      .map((row) => ({ id, row })),
  );
}

export function footprintTable(input: FootprintInput, copy: FootprintCopy, locale: Locale, publishers: (ids: string[]) => string): ChartTable {
  return {
    caption: copy.tableCaption,
    columns: [
      { key: "when", label: copy.columns.when },
      { key: "series", label: copy.columns.series },
      { key: "value", label: copy.columns.value, numeric: true },
      { key: "source", label: copy.columns.source },
    ],
    rows: drawnRows(input).map(({ id, row }) => ({
      when: String(row.year),
      series: isArticleClaim(row) ? tipTitle(copy, id, row) : copy.headings[id],
      value: formatFigure(row.value, UNIT[id], locale),
      source: publishers(row.source),
    })),
  };
}

/** Every source the chart draws on. */
export function footprintSources(input: FootprintInput): string[] {
  return [...new Set(drawnRows(input).flatMap(({ row }) => row.source))];
}
