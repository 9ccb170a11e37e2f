// The published versions of each chart's embed, as content/published-charts.json records them. A version
// is a frozen snapshot (published/, written by `npm run embeds:freeze -- <chart>`, scripts/embed-versions.mjs)
// installed at /{locale}/embed/{chart}/v{n}/ by every later build (scripts/embed-finalize.mjs); the gallery's
// snippet, the oEmbed records and "cite this chart" hand out the current (latest) version, and the unversioned
// URL follows the chart.
import { z } from "zod";
import raw from "@/content/published-charts.json";
import type { Locale } from "@/lib/i18n";
import { toHant } from "@/lib/content/hant";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dates are YYYY-MM-DD");

export const versionSchema = z.object({
  version: z.number().int().positive(),
  date,
  /** sha256 of the version's manifest (published/versions/{chart}/v{n}.sha256), which lists every file's sha256. */
  digest: z.string().regex(/^sha256-[0-9a-f]{64}$/),
  /** What changed since the previous version (for v1: that it is the first), in English and Simplified Chinese. */
  changes: z.object({ en: z.string().min(1), "zh-hans": z.string().min(1) }),
});
export type EmbedVersion = z.output<typeof versionSchema>;

export const publishedSchema = z.object({
  $comment: z.string().optional(),
  charts: z.array(z.string().regex(/^[a-z0-9-]+$/)),
  versions: z.record(z.string(), z.array(versionSchema)).default({}),
});
export type Published = z.output<typeof publishedSchema>;

let cached: Published | undefined;

/** The record, validated (a malformed one fails the build with the path of the first bad field). */
export function publishedRecord(data: unknown = raw): Published {
  if (data === raw && cached) return cached;
  const result = publishedSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`content/published-charts.json ${issue.path.join(".")}: ${issue.message}`);
  }
  if (data === raw) cached = result.data;
  return result.data;
}

/** A chart's versions, oldest first. */
export const chartVersions = (chart: string, record: Published = publishedRecord()): EmbedVersion[] => record.versions[chart] ?? [];

/** The version the gallery and oEmbed hand out: the latest frozen one, or undefined before the chart's first freeze. */
export const currentVersion = (chart: string, record: Published = publishedRecord()): EmbedVersion | undefined => chartVersions(chart, record).at(-1);

/** A version's note in a locale (Traditional derived from Simplified, like every other string). */
export const versionChanges = (v: EmbedVersion, locale: Locale) =>
  locale === "en" ? v.changes.en : locale === "zh-hant" ? toHant(v.changes["zh-hans"]) : v.changes["zh-hans"];
