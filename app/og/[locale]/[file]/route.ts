// One Open Graph image per page and locale, drawn at build from the page's own title and summary; and one
// per chart (`chart-{id}.png`), showing the chart itself (lib/export/chart-card.ts).
import { locales, isLocale, type Locale } from "@/lib/i18n";
import { getDictionary } from "@/lib/ui";
import { getChapters } from "@/lib/content/chapters";
import { chapterName } from "@/lib/content/chapter-name";
import { ogSvg } from "@/lib/og";
import { palette } from "@/lib/export/standalone-svg";
import { chartIds, isChartId } from "@/components/charts/registry";
import { chartOgPath } from "@/lib/embed/urls";
import { chartPicture } from "@/lib/export/chart-svg";
import { chartCardSvg } from "@/lib/export/chart-card";
import { svgToPng } from "@/lib/export/png";

export const dynamic = "force-static";
export const dynamicParams = false;

const chartFile = (locale: Locale, id: string) => chartOgPath(locale, id).split("/").at(-1)!;

export function generateStaticParams() {
  return locales.flatMap((locale) =>
    ["index.png", ...getChapters(locale).map((c) => `${c.slug}.png`), ...chartIds.map((id) => chartFile(locale, id))].map((file) => ({ locale, file })),
  );
}

function cardFor(locale: Locale, file: string) {
  const t = getDictionary(locale);
  const slug = file.replace(/\.png$/, "");
  const chapter = getChapters(locale).find((c) => c.slug === slug);
  if (chapter) return { kicker: `${chapterName(chapter)} · ${chapter.years}`, title: chapter.title, summary: chapter.summary };
  return { kicker: t.span, title: t.siteTitle, summary: t.siteTagline };
}

export async function GET(_: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const { locale, file } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const chart = chartIds.find((id) => chartFile(locale, id) === file);
  if (chart && isChartId(chart)) {
    const png = await svgToPng(chartCardSvg(await chartPicture(chart, locale), locale), locale, 1200);
    return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
  }
  const colors = palette("light");
  const svg = ogSvg({
    locale,
    site: getDictionary(locale).siteTitle,
    ...cardFor(locale, file),
    colors: { paper: colors.paper!, ink: colors.ink!, muted: colors.muted!, accent: colors.accent!, alarm: colors.alarm! },
  });
  // The same renderer as the charts: bundled fonts only, and the build fails on a glyph they lack.
  const png = await svgToPng(svg, locale, 1200);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
}
