// Shared page metadata: titles, canonical URLs, hreflang alternates and Open Graph defaults.
import type { Metadata } from "next";
import { langTag, locales, localePath, type Locale } from "@/lib/i18n";
import { absoluteUrl } from "@/lib/paths";
import { getDictionary } from "@/lib/ui";

/** hreflang alternates for a path that exists in every locale ("/" for the cover, "/sources/"…). */
export function alternates(locale: Locale | null, path: string): Metadata["alternates"] {
  const languages: Record<string, string> = Object.fromEntries(locales.map((l) => [langTag[l], absoluteUrl(localePath(l, path))]));
  languages["x-default"] = absoluteUrl("/");
  return { canonical: locale ? absoluteUrl(localePath(locale, path)) : absoluteUrl("/"), languages };
}

export function pageMetadata(locale: Locale, path: string, title: string | null, description?: string, ogImage?: string): Metadata {
  const t = getDictionary(locale);
  const fullTitle = title ? `${title} · ${t.siteTitle}` : `${t.siteTitle} · ${t.span}`;
  return {
    title: fullTitle,
    description: description ?? t.siteTagline,
    alternates: alternates(locale, path),
    openGraph: {
      type: title ? "article" : "website",
      siteName: t.siteTitle,
      title: title ?? t.siteTitle,
      description: description ?? t.siteTagline,
      url: absoluteUrl(localePath(locale, path)),
      locale: langTag[locale].replace("-", "_"),
      images: [{ url: absoluteUrl(ogImage ?? `/og/${locale}/index.png`), width: 1200, height: 630 }],
    },
    twitter: { card: "summary_large_image" },
  };
}
