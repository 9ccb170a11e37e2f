import type { MetadataRoute } from "next";
import { langTag, locales, localePath } from "@/lib/i18n";
import { absoluteUrl } from "@/lib/paths";
import { getChapters } from "@/lib/content/chapters";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const paths = [
    "/",
    ...getChapters("en").map((c) => `/${c.slug}/`),
    "/timeline/",
    "/charts/",
    "/sources/",
    "/teach/",
    "/present/",
    ...getChapters("en").map((c) => `/present/${c.slug}/`),
  ];
  return [
    { url: absoluteUrl("/") },
    ...paths.flatMap((p) =>
      locales.map((l) => ({
        url: absoluteUrl(localePath(l, p)),
        alternates: { languages: Object.fromEntries(locales.map((o) => [langTag[o], absoluteUrl(localePath(o, p))])) },
      })),
    ),
  ];
}
