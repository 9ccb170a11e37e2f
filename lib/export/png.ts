// PNG from a standalone SVG with resvg, drawn only with the fonts bundled from npm (lib/export/fonts.ts):
// Noto Sans for Latin, Noto Sans SC for Simplified and Noto Sans TC for Traditional Chinese, each script in
// its own glyph forms. System fonts are never read, so every machine draws the same picture, and a
// character the bundled fonts lack fails the build (assertGlyphs) instead of becoming an empty box. Build only.
import { Resvg } from "@resvg/resvg-js";
import type { Locale } from "@/lib/i18n";
import { fontStack } from "@/lib/export/standalone-svg";
import { assertGlyphs, cjkFamily, FAMILY, fontFiles, primaryFamily } from "@/lib/export/fonts";

/** Chinese characters and CJK punctuation: a line holding any is set in a CJK face. */
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/;

/**
 * resvg takes the first family of a stack that it has and otherwise falls back to a font of its own choosing.
 * The stacks an SVG carries for browsers (system-ui, PingFang…, fontStack()) are swapped for the bundled
 * faces: the Latin stack for Noto Sans; either Chinese stack for the picture's own CJK face (so a Traditional
 * picture is never drawn in Simplified forms, even where a line asks for the Simplified stack); any other
 * font-family for the locale's main face. In an English picture, a line that quotes Chinese is set in the CJK
 * face at its own weight: resvg would otherwise redraw the whole line in the first face that has its Chinese
 * characters, the regular one, bold or not.
 */
export function forResvg(svg: string, locale: Locale): string {
  const latin = fontStack("en");
  const cjk = new Set([fontStack("zh-hans"), fontStack("zh-hant")]);
  const families = (value: string, quote: string) => {
    const v = value
      .replace(/&quot;/g, '"')
      .replace(/&#x27;|&apos;/g, "'")
      .trim();
    const family = v === latin ? FAMILY.latin : cjk.has(v) ? cjkFamily(locale) : primaryFamily(locale);
    return (family === FAMILY.latin ? [family, cjkFamily(locale)] : [family, FAMILY.latin]).map((f) => `${quote}${f}${quote}`).join(", ");
  };
  const declarations = (css: string, quote: string) =>
    css.replace(/(font-family\s*:\s*)([^;}<]+)/g, (_, prop: string, value: string) => `${prop}${families(value, quote)}`);
  const other = (q: string) => (q === '"' ? "'" : '"');
  let out = svg
    .replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g, (_, open: string, css: string, close: string) => `${open}${declarations(css, '"')}${close}`)
    .replace(/(\sfont-family=)(["'])(.*?)\2/g, (_, attr: string, q: string, value: string) => `${attr}${q}${families(value, other(q))}${q}`)
    .replace(/(\sstyle=)(["'])(.*?)\2/g, (_, attr: string, q: string, css: string) => `${attr}${q}${declarations(css, other(q))}${q}`);
  if (primaryFamily(locale) === FAMILY.latin) {
    out = out.replace(/<text\b([^>]*)>([\s\S]*?)<\/text>/g, (whole, attrs: string, body: string) => {
      if (!CJK.test(body.replace(/<[^>]*>/g, ""))) return whole;
      const style = /\sstyle=(["'])/.exec(attrs);
      const set = (q: string) => `font-family:${q}${cjkFamily(locale)}${q}, ${q}${FAMILY.latin}${q}`;
      const styled = style ? attrs.replace(/\sstyle=(["'])/, (m, q: string) => `${m}${set(other(q))};`) : `${attrs} style="${set("'")}"`;
      return `<text${styled}>${body}</text>`;
    });
  }
  return out;
}

/** Renders an SVG for a locale at a width in pixels. Throws on a glyph the bundled fonts do not have. */
export function svgToPng(svg: string, locale: Locale, width: number): Uint8Array {
  assertGlyphs(svg, locale);
  const png = new Resvg(forResvg(svg, locale), {
    fitTo: { mode: "width", value: width },
    font: {
      loadSystemFonts: false,
      fontFiles: fontFiles(locale),
      defaultFontFamily: primaryFamily(locale),
      sansSerifFamily: primaryFamily(locale),
      serifFamily: primaryFamily(locale),
    },
  })
    .render()
    .asPng();
  return new Uint8Array(png);
}
