// "Updated {date}" for an embed: a journalist's page must never show a chart that changed under it without
// saying so. content/site.json's changelog entries may list the charts they touched (`charts: [id…]`).
// Every chart was published with the first edition, so any later entry that lists a chart is an update.
import site from "@/content/site.json";

export type ChangelogEntry = { date: string; charts?: string[]; en: string; "zh-hans": string };
export type SiteRecord = { firstPublished: string; changelog: ChangelogEntry[] };

/** The date (YYYY-MM-DD) a chart last changed after the first edition, or undefined if it never did. */
export function chartUpdatedOn(chart: string, record: SiteRecord = site as SiteRecord): string | undefined {
  return record.changelog
    .filter((e) => e.charts?.includes(chart) && e.date > record.firstPublished)
    .map((e) => e.date)
    .sort()
    .at(-1);
}
