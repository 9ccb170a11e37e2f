// PNG from a standalone SVG with resvg, with the system's Noto CJK fonts, so Simplified and Traditional
// Chinese each render in their own glyph forms (SC and TC). Build only.
import { Resvg } from "@resvg/resvg-js";
import type { Locale } from "@/lib/i18n";

const defaultFont: Record<Locale, string> = { en: "Liberation Sans", "zh-hans": "Noto Sans CJK SC", "zh-hant": "Noto Sans CJK TC" };

export function svgToPng(svg: string, locale: Locale, width: number): Uint8Array {
  const png = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: { loadSystemFonts: true, defaultFontFamily: defaultFont[locale], sansSerifFamily: defaultFont[locale] },
  })
    .render()
    .asPng();
  return new Uint8Array(png);
}
