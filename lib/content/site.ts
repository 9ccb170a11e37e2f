// content/site.json, validated: the publisher, the first edition and the changelog. A changelog entry may
// name the charts it changed (`charts`), so an embed can say "updated {date}" and the sources page can link
// the changed charts; a name that is not a published chart id fails the build.
import { z } from "zod";
import raw from "@/content/site.json";
import published from "@/content/published-charts.json";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dates are YYYY-MM-DD");
const publishedIds = new Set(published.charts);

export const siteSchema = z.object({
  publisher: z.string().min(1),
  firstPublished: date,
  changelog: z.array(
    z.object({
      date,
      en: z.string().min(1),
      "zh-hans": z.string().min(1),
      charts: z
        .array(
          z
            .string()
            .refine((id) => publishedIds.has(id), { error: (issue) => `unknown chart id "${String(issue.input)}" (see content/published-charts.json)` }),
        )
        .optional(),
    }),
  ),
});
export type Site = z.output<typeof siteSchema>;

let cached: Site | undefined;

/** The site record; throws (and so fails the build) with the path of the first bad field. */
export function getSite(data: unknown = raw): Site {
  if (data !== raw) return parseSite(data);
  cached ??= parseSite(raw);
  return cached;
}

function parseSite(data: unknown): Site {
  const result = siteSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`content/site.json ${issue.path.join(".")}: ${issue.message}`);
  }
  return result.data;
}

/** The date a chart last changed: the newest changelog entry that names it, else the site's first edition. */
export function chartUpdated(id: string, site: Site = getSite()): string {
  return (
    site.changelog
      .filter((c) => c.charts?.includes(id))
      .map((c) => c.date)
      .sort()
      .at(-1) ?? site.firstPublished
  );
}

/**
 * The date a chart changed after the first edition (the newest later entry that names it), or undefined if it
 * never did: an embed then says "Updated {date}", so a chart never changes under a journalist's story silently.
 */
export function chartChangedOn(id: string, site: Site = getSite()): string | undefined {
  return site.changelog
    .filter((c) => c.charts?.includes(id) && c.date > site.firstPublished)
    .map((c) => c.date)
    .sort()
    .at(-1);
}
