// The files beside each embed page, written at build: `{chart}.svg` (self-contained, styled), `{chart}.png`
// and `{chart}@2x.png` (rendered from that SVG), `{chart}.csv` (tidy registry data, lib/export/tidy.ts) and
// `oembed.json`. The chart's own component is rendered (lib/export/chart-parts.ts), never a copy of it.
import { chartIds, isChartId } from "@/components/charts/registry";
import { embedFilePath } from "@/lib/embed/urls";
import { chartPicture } from "@/lib/export/chart-svg";
import { chartTidyCsv } from "@/lib/export/tidy";
import { chartOembed } from "@/lib/export/oembed";
import { svgToPng } from "@/lib/export/png";
import { isLocale, locales } from "@/lib/i18n";

export const dynamic = "force-static";
export const dynamicParams = false;

const kinds = ["svg", "png", "png2x", "csv", "oembed"] as const;
const fileName = (chart: string, kind: (typeof kinds)[number]) => embedFilePath("en", chart, kind).split("/").at(-1)!;

export function generateStaticParams() {
  return locales.flatMap((locale) => chartIds.flatMap((chart) => kinds.map((kind) => ({ locale, chart, file: fileName(chart, kind) }))));
}

export async function GET(_: Request, { params }: { params: Promise<{ locale: string; chart: string; file: string }> }) {
  const { locale, chart, file } = await params;
  const kind = kinds.find((k) => fileName(chart, k) === decodeURIComponent(file));
  if (!isLocale(locale) || !isChartId(chart) || !kind) return new Response("Not found", { status: 404 });
  if (kind === "csv") return new Response(chartTidyCsv(chart, locale), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
  const picture = await chartPicture(chart, locale);
  if (kind === "svg") return new Response(picture.svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
  if (kind === "oembed") {
    const body = chartOembed({ locale, chart, title: picture.title, thumbnail: { width: picture.width, height: picture.height } });
    return Response.json(body);
  }
  const scale = kind === "png2x" ? 2 : 1;
  return new Response(new Uint8Array(await svgToPng(picture.svg, locale, picture.width * scale)), { headers: { "Content-Type": "image/png" } });
}
