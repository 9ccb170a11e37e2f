// Metadata of an embed document. Its canonical link is the chapter that tells the chart's story (the embed
// is a view of that chart, linkable but not a page of its own for search engines); hreflang alternates
// point at the same embed in the other languages; the oEmbed link lets CMSs discover the snippet.
// The <title> is the figure's own title, which scripts/embed-finalize.mjs reads from the rendered chart.
import type { Metadata } from "next";
import { langTag, locales, localePath, type Locale } from "@/lib/i18n";
import { absoluteUrl } from "@/lib/paths";
import { getDictionary } from "@/lib/ui";
import { embedFilePath, embedPath } from "@/lib/embed/urls";
import { chapterOf } from "@/lib/embed/placement";

/** Placeholder the finalize step replaces with the chart's title; it must never reach a reader. */
export const EMBED_TITLE_PLACEHOLDER = "%chart-title%";

export function embedMetadata(locale: Locale, chart: string, path = embedPath(locale, chart)): Metadata {
  const t = getDictionary(locale);
  const chapter = chapterOf(locale, chart);
  return {
    title: { absolute: t.embed.pageTitle.replace("{title}", EMBED_TITLE_PLACEHOLDER) },
    description: t.embed.description,
    alternates: {
      canonical: absoluteUrl(localePath(locale, chapter ? `/${chapter.slug}/` : "/")),
      languages: Object.fromEntries(locales.map((l) => [langTag[l], absoluteUrl(path.replace(`/${locale}/`, `/${l}/`))])),
      types: { "application/json+oembed": [{ url: absoluteUrl(embedFilePath(locale, chart, "oembed")), title: EMBED_TITLE_PLACEHOLDER }] },
    },
  };
}
