// The fonts every PNG and social card is drawn with, loaded from npm packages and never from the system, so
// a build on a machine without CJK fonts draws the same characters as one with them. Noto Sans (Latin) and
// Noto Sans SC / TC, regular and bold, as full TrueType files (one face per weight: resvg's fallback for a
// missing glyph takes the first face that has it, whatever its weight, so a font split into subset files
// would mix weights in one line). Build and tests only (reads node_modules).
//
// `missingGlyphs()` reads each face's cmap and lists the characters of a picture's text that none of its
// locale's faces has; the renderer (lib/export/png.ts) refuses to draw such a picture, so a missing glyph
// fails the build with the text and the character instead of shipping an empty box.
import fs from "node:fs";
import path from "node:path";
import type { Locale } from "@/lib/i18n";

export type Script = "latin" | "sc" | "tc";

/** The family name each script's faces carry in their name table, as an SVG asks for them. */
export const FAMILY: Record<Script, string> = { latin: "Noto Sans", sc: "Noto Sans SC", tc: "Noto Sans TC" };

/** Package and file of each face (SIL Open Font License 1.1, shipped in the package as LICENSE_FONT). */
const FACES: Record<Script, Record<400 | 700, [pkg: string, file: string]>> = {
  latin: {
    400: ["@expo-google-fonts/noto-sans", "400Regular/NotoSans_400Regular.ttf"],
    700: ["@expo-google-fonts/noto-sans", "700Bold/NotoSans_700Bold.ttf"],
  },
  sc: {
    400: ["@expo-google-fonts/noto-sans-sc", "400Regular/NotoSansSC_400Regular.ttf"],
    700: ["@expo-google-fonts/noto-sans-sc", "700Bold/NotoSansSC_700Bold.ttf"],
  },
  tc: {
    400: ["@expo-google-fonts/noto-sans-tc", "400Regular/NotoSansTC_400Regular.ttf"],
    700: ["@expo-google-fonts/noto-sans-tc", "700Bold/NotoSansTC_700Bold.ttf"],
  },
};

/**
 * The scripts a locale's pictures load, in resvg's fallback order. Each Chinese locale loads only its own
 * CJK face, so a Traditional picture can never borrow a Simplified glyph form (or the reverse); English
 * loads Simplified after Latin for the Chinese names it quotes.
 */
export const SCRIPTS: Record<Locale, Script[]> = { en: ["latin", "sc"], "zh-hans": ["sc", "latin"], "zh-hant": ["tc", "latin"] };

/** The face a locale's text is set in, and the one its CJK runs are set in. */
export const primaryFamily = (locale: Locale) => FAMILY[SCRIPTS[locale][0]!];
export const cjkFamily = (locale: Locale) => FAMILY[locale === "zh-hant" ? "tc" : "sc"];

function facePath(script: Script, weight: 400 | 700): string {
  const [pkg, file] = FACES[script][weight];
  const p = path.join(process.cwd(), "node_modules", pkg, file);
  if (!fs.existsSync(p)) throw new Error(`Font file missing: ${p}. The PNG renderer draws only with the fonts of its npm packages; run npm ci.`);
  return p;
}

/** The font files for a locale, regular before bold within each script, scripts in fallback order. */
export function fontFiles(locale: Locale): string[] {
  return SCRIPTS[locale].flatMap((s) => [facePath(s, 400), facePath(s, 700)]);
}

// ---------------------------------------------------------------------------------------------------------
// cmap: which code points a font maps to a real glyph (not glyph 0, .notdef).

/** The code points a TrueType/OpenType font maps to a glyph, from its best Unicode cmap subtable (format 12, else 4). */
export function cmapCodePoints(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tag = (o: number) => String.fromCharCode(font[o]!, font[o + 1]!, font[o + 2]!, font[o + 3]!);
  const numTables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) if (tag(12 + i * 16) === "cmap") cmap = view.getUint32(12 + i * 16 + 8);
  if (cmap < 0) throw new Error("font has no cmap table");
  const subtables: { platform: number; encoding: number; offset: number; format: number }[] = [];
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const rec = cmap + 4 + i * 8;
    const offset = cmap + view.getUint32(rec + 4);
    subtables.push({ platform: view.getUint16(rec), encoding: view.getUint16(rec + 2), offset, format: view.getUint16(offset) });
  }
  const unicode = (s: (typeof subtables)[number]) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
  const best = subtables.find((s) => unicode(s) && s.format === 12) ?? subtables.find((s) => unicode(s) && s.format === 4);
  if (!best) throw new Error("font has no Unicode cmap subtable of format 4 or 12");
  const points = new Set<number>();
  const o = best.offset;
  if (best.format === 12) {
    const groups = view.getUint32(o + 12);
    for (let g = 0; g < groups; g++) {
      const [start, end, glyph] = [view.getUint32(o + 16 + g * 12), view.getUint32(o + 20 + g * 12), view.getUint32(o + 24 + g * 12)];
      for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) points.add(c);
    }
    return points;
  }
  // Format 4: segments of endCode, startCode, idDelta and idRangeOffset arrays.
  const segments = view.getUint16(o + 6) / 2;
  const ends = o + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const ranges = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const [end, start, delta, range] = [
      view.getUint16(ends + s * 2),
      view.getUint16(starts + s * 2),
      view.getInt16(deltas + s * 2),
      view.getUint16(ranges + s * 2),
    ];
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (range === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = view.getUint16(ranges + s * 2 + range + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) points.add(c);
    }
  }
  return points;
}

const coverageCache = new Map<string, Set<number>>();
function coverage(file: string): Set<number> {
  if (!coverageCache.has(file)) coverageCache.set(file, cmapCodePoints(fs.readFileSync(file)));
  return coverageCache.get(file)!;
}

// ---------------------------------------------------------------------------------------------------------
// The text of an SVG, as resvg will draw it.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e] ?? m),
  );

/** Every drawn text of an SVG (each <text> element with its <tspan>s), entities decoded. <title> and <desc> are not drawn. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => decode(m[1]!.replace(/<[^>]*>/g, ""))).filter((t) => t.trim());
}

export type MissingGlyph = { text: string; char: string; codePoint: string };

/** Characters of the SVG's drawn text that none of the locale's bundled faces has (XML white space aside). */
export function missingGlyphs(svg: string, locale: Locale): MissingGlyph[] {
  const faces = fontFiles(locale).map(coverage);
  const missing: MissingGlyph[] = [];
  const seen = new Set<string>();
  for (const text of svgTexts(svg)) {
    for (const char of text) {
      if (/[ \t\r\n]/.test(char)) continue;
      const cp = char.codePointAt(0)!;
      if (faces.some((f) => f.has(cp)) || seen.has(char)) continue;
      seen.add(char);
      missing.push({ text, char, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, "0")}` });
    }
  }
  return missing;
}

/** Throws, naming the picture, each text and character, when a glyph is missing from the bundled fonts. */
export function assertGlyphs(svg: string, locale: Locale): void {
  const missing = missingGlyphs(svg, locale);
  if (!missing.length) return;
  const name = decode(/<title>([\s\S]*?)<\/title>/.exec(svg)?.[1] ?? svgTexts(svg)[0] ?? "untitled picture");
  const families = SCRIPTS[locale].map((s) => FAMILY[s]).join(", ");
  const list = missing.map((m) => `  "${m.char}" (${m.codePoint}) in the text "${m.text}"`).join("\n");
  throw new Error(
    `Missing glyph: the ${locale} picture "${name}" has ${missing.length === 1 ? "a character" : "characters"} that no bundled font (${families}) can draw:\n${list}\n` +
      `Change the text, or add a face that has it to lib/export/fonts.ts.`,
  );
}
