// The oEmbed record (https://oembed.com, "rich" type) of a chart in one locale: the script-form snippet as
// html, its size, and the 1× PNG as thumbnail. Static JSON beside the embed page; the zod schema is the
// contract the tests check it against.
import { oembedSchema, type OEmbed } from "@/lib/export/oembed-schema";
import type { Locale } from "@/lib/i18n";
import { absoluteUrl } from "@/lib/paths";
import { DEFAULT_EMBED_HEIGHT, embedFilePath, embedSnippet } from "@/lib/embed/urls";
import { getDictionary } from "@/lib/ui";
import { currentVersion } from "@/lib/embed/versions";

/** A day: embeds are stable, but a corrected figure should reach CMS caches within a day. */
export const OEMBED_CACHE_AGE = 86400;
/** The width the snippet is drawn for; the iframe itself is 100% wide. */
export const OEMBED_WIDTH = 720;

export function chartOembed(opts: { locale: Locale; chart: string; title: string; thumbnail: { width: number; height: number } }): OEmbed {
  const t = getDictionary(opts.locale);
  // The snippet points at the chart's current published version, which never changes under a story.
  const version = currentVersion(opts.chart)?.version;
  const html = embedSnippet({ locale: opts.locale, chart: opts.chart, title: opts.title, form: "script", version });
  // The record's height is the snippet's own, whatever height urls.ts gives this chart.
  const height = Number(/\sheight="(\d+)"/.exec(html)?.[1] ?? DEFAULT_EMBED_HEIGHT);
  return oembedSchema.parse({
    type: "rich",
    version: "1.0",
    title: opts.title,
    html,
    width: OEMBED_WIDTH,
    height,
    provider_name: t.siteTitle,
    provider_url: absoluteUrl(`/${opts.locale}/`),
    thumbnail_url: absoluteUrl(embedFilePath(opts.locale, opts.chart, "png", version)),
    thumbnail_width: opts.thumbnail.width,
    thumbnail_height: opts.thumbnail.height,
    cache_age: OEMBED_CACHE_AGE,
  });
}
