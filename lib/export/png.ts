// PNG from a standalone SVG with resvg, drawn only with the fonts bundled from npm (lib/export/fonts.ts):
// Noto Sans for Latin, Noto Sans SC for Simplified and Noto Sans TC for Traditional Chinese, each script in
// its own glyph forms. System fonts are never read, so every machine draws the same picture, and a
// character the bundled fonts lack fails the build (assertGlyphs) instead of becoming an empty box. Build only.
//
// Each picture is drawn with its faces cut down to the characters it draws (hb-subset, through subset-font).
// resvg reads a font file from disk again for every run of text it lays out, and a Chinese face is 10 MB:
// a chart drawn with the whole faces took about 1.2 s, with the cut ones about 0.3 s, and the pixels are the
// same. The cut faces are files in the system's temporary folder, named by a hash of the face's bytes and
// the characters, so a build never uses a stale one.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import subsetFont from "subset-font";
import type { Locale } from "@/lib/i18n";
import { fontStack } from "@/lib/export/standalone-svg";
import { assertGlyphs, cjkFamily, FAMILY, fontFiles, primaryFamily, svgTexts } from "@/lib/export/fonts";

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

const SUBSET_DIR = path.join(os.tmpdir(), "cloud-expedition-fonts");
const faceHashes = new Map<string, string>();
const subsets = new Map<string, Promise<string>>();

/** A copy of a face holding only the glyphs for `chars` (and what its layout tables reach from them), as a file. */
function subsetFile(face: string, chars: string): Promise<string> {
  if (!faceHashes.has(face)) faceHashes.set(face, createHash("sha256").update(fs.readFileSync(face)).digest("hex"));
  const key = createHash("sha256")
    .update(`${faceHashes.get(face)}\0${chars}`)
    .digest("hex")
    .slice(0, 32);
  let file = subsets.get(key);
  if (!file) {
    file = (async () => {
      const out = path.join(SUBSET_DIR, `${key}.ttf`);
      if (fs.existsSync(out)) return out;
      const cut = await subsetFont(fs.readFileSync(face), chars, { targetFormat: "truetype" });
      fs.mkdirSync(SUBSET_DIR, { recursive: true });
      // Written beside and renamed, so a build worker never reads another's half-written file.
      const part = `${out}.${process.pid}.part`;
      fs.writeFileSync(part, cut);
      fs.renameSync(part, out);
      return out;
    })();
    file.catch(() => subsets.delete(key));
    subsets.set(key, file);
  }
  return file;
}

/** resvg's font options for a locale: these font files only, every generic family set to the locale's face. */
export function fontOptions(locale: Locale, files: string[]) {
  const family = primaryFamily(locale);
  return { loadSystemFonts: false, fontFiles: files, defaultFontFamily: family, sansSerifFamily: family, serifFamily: family };
}

/** Renders an SVG for a locale at a width in pixels. Throws on a glyph the bundled fonts do not have. */
export async function svgToPng(svg: string, locale: Locale, width: number): Promise<Uint8Array> {
  assertGlyphs(svg, locale);
  // Every character drawn, in a stable order, and the space, which some runs are laid out with.
  const chars = [...new Set([" ", ...svgTexts(svg).join("")])].sort().join("");
  const files = await Promise.all(fontFiles(locale).map((face) => subsetFile(face, chars)));
  const png = new Resvg(forResvg(svg, locale), { fitTo: { mode: "width", value: width }, font: fontOptions(locale, files) }).render().asPng();
  return new Uint8Array(png);
}
