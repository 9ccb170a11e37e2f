// PNG from a standalone SVG with resvg, with the system's fonts, so Simplified and Traditional Chinese each
// render in their own glyph forms (Noto Sans CJK SC and TC). Build only.
import { Resvg } from "@resvg/resvg-js";
import type { Locale } from "@/lib/i18n";
import { fontStack } from "@/lib/export/standalone-svg";

const face: Record<Locale, string> = { en: "Liberation Sans", "zh-hans": "Noto Sans CJK SC", "zh-hant": "Noto Sans CJK TC" };

/**
 * resvg takes the first family of a stack and, when it is missing (system-ui, PingFang…), falls back to a
 * font of its own choosing: a serif CJK face for a line that mixes scripts. So the stacks the SVG carries
 * for browsers are swapped for the one face of each script that the build machine has.
 */
export function forResvg(svg: string): string {
  return (["zh-hant", "zh-hans", "en"] as const).reduce((s, l) => s.split(fontStack(l)).join(`"${face[l]}"`), svg);
}

export function svgToPng(svg: string, locale: Locale, width: number): Uint8Array {
  const png = new Resvg(forResvg(svg), {
    fitTo: { mode: "width", value: width },
    font: { loadSystemFonts: true, defaultFontFamily: face[locale], sansSerifFamily: face[locale] },
  })
    .render()
    .asPng();
  return new Uint8Array(png);
}
