// One web manifest per locale (/{locale}/manifest.webmanifest), so an installed Cloud Expedition opens in
// the reader's language: on the teacher's guide, which links every deck and saves them for offline use.
// start_url, scope and icons carry the base path.
import { isLocale, langTag, localePath, locales } from "@/lib/i18n";
import { withBase } from "@/lib/paths";
import { getDictionary } from "@/lib/ui";
import { palette } from "@/lib/export/standalone-svg";
import { iconFiles } from "@/lib/offline/icons";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => locales.map((locale) => ({ locale }));

export async function GET(_: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const t = getDictionary(locale);
  const light = palette("light");
  const manifest = {
    name: `${t.siteTitle} · ${t.span}`,
    short_name: t.siteTitle,
    description: t.siteTagline,
    lang: langTag[locale],
    dir: "ltr",
    id: withBase(localePath(locale, "/teach/")),
    start_url: withBase(localePath(locale, "/teach/")),
    scope: withBase("/"),
    display: "standalone",
    background_color: light.paper,
    theme_color: light.paper,
    icons: [
      { src: withBase("/icon.svg"), sizes: "any", type: "image/svg+xml", purpose: "any" },
      ...Object.entries(iconFiles).map(([file, { size, maskable }]) => ({
        src: withBase(`/icons/${file}`),
        sizes: `${size}x${size}`,
        type: "image/png",
        purpose: maskable ? "maskable" : "any",
      })),
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { "Content-Type": "application/manifest+json" } });
}
