// Metadata of an embed document. Its canonical link is the chapter that tells the chart's story (the embed
// is a view of that chart, linkable but not a page of its own for search engines); hreflang alternates
// point at the same embed in the other languages; the oEmbed link lets CMSs discover the snippet.
// The <title> is the figure's own title.
import type { Metadata } from "next";
import { langTag, locales, localePath, type Locale } from "@/lib/i18n";
import { absoluteUrl } from "@/lib/paths";
import { fill, getDictionary } from "@/lib/ui";
import type { ChartId } from "@/components/charts/registry";
import { chartTitle } from "@/lib/embed/titles";
import { chartOgPath, embedFilePath, embedPath } from "@/lib/embed/urls";
import { chapterOf } from "@/lib/embed/placement";

export function embedMetadata(locale: Locale, chart: ChartId, path = embedPath(locale, chart)): Metadata {
  const t = getDictionary(locale);
  const chapter = chapterOf(locale, chart);
  const title = chartTitle(locale, chart);
  return {
    title: { absolute: fill(t.embed.pageTitle, { title }) },
    description: t.embed.description,
    // A shared embed link shows the chart itself (the card drawn at build by app/og).
    openGraph: { title, images: [{ url: absoluteUrl(chartOgPath(locale, chart)), width: 1200, height: 630 }] },
    twitter: { card: "summary_large_image", title, images: [absoluteUrl(chartOgPath(locale, chart))] },
    alternates: {
      canonical: absoluteUrl(localePath(locale, chapter ? `/${chapter.slug}/` : "/")),
      languages: Object.fromEntries(locales.map((l) => [langTag[l], absoluteUrl(path.replace(`/${locale}/`, `/${l}/`))])),
      types: { "application/json+oembed": [{ url: absoluteUrl(embedFilePath(locale, chart, "oembed")), title }] },
    },
  };
}
