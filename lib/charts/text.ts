// The one text measure every chart uses. Widths are Noto Sans's advance widths (regular and semibold, in
// thousandths of an em), read once from @fontsource/noto-sans and kept here as data: the PNG and social-card
// renderer draws with that very font, and the system sans a browser picks (Roboto, SF, Segoe UI) is as wide
// or narrower, so a label that fits here fits on screen. CJK ideographs and full-width forms are one em.
// Pure and d3-free: client islands measure with it too.

const CHARS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~’‘“”–—¥€£×≈·•…°±→←↑↓≤≥−";
// prettier-ignore
const REGULAR = [260,269,408,646,572,831,732,225,300,300,551,572,268,322,268,372,572,572,572,572,572,572,572,572,572,572,268,268,572,572,572,434,899,639,650,632,730,556,519,728,741,339,273,619,524,907,760,781,605,781,622,549,556,731,600,930,586,566,572,329,372,329,572,444,281,561,615,480,615,564,344,615,618,258,258,534,258,935,618,605,615,615,413,479,361,618,508,786,529,510,470,380,551,380,572,175,175,359,359,500,1000,572,572,572,572,572,268,376,791,428,572,1000,1000,1000,1000,572,572,572];
// prettier-ignore
const SEMIBOLD = [260,277,452,646,572,875,743,250,324,324,546,572,279,320,276,399,572,572,572,572,572,572,572,572,572,572,276,279,572,572,572,461,898,672,659,638,732,558,538,726,756,370,309,647,546,929,793,787,615,787,643,550,569,747,631,953,638,603,576,330,399,330,572,423,333,585,626,502,626,585,371,626,638,283,283,588,283,960,638,617,626,626,434,493,406,638,547,830,560,548,484,389,551,389,572,201,201,413,413,500,1000,572,572,572,572,572,276,376,831,426,572,1000,1000,1000,1000,572,572,577];

const widths = (table: number[]) => new Map([...CHARS].map((ch, i) => [ch, table[i]! / 1000]));
const REG = widths(REGULAR);
const BOLD = widths(SEMIBOLD);

/** Ideographs, kana, hangul, CJK punctuation and full-width forms: one em each. */
const WIDE = /[\u1100-\u115F\u2E80-\u303F\u3040-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

export const isWide = (ch: string) => WIDE.test(ch);

/** Width of one line of text at a font size, in the same units as the size. */
export function measure(text: string, size: number, weight: number = 400): number {
  const table = weight >= 600 ? BOLD : REG;
  let em = 0;
  for (const ch of text) em += table.get(ch) ?? (isWide(ch) ? 1 : 0.6);
  return em * size;
}

/** Line height the charts use for multi-line labels, for a font size. */
export const lineHeight = (size: number) => Math.round(size * 1.25 * 10) / 10;

// Tokens that may not be split: a Latin word with its trailing spaces and closing punctuation, or one CJK
// character with any punctuation that must stay on its line (no line may start with ，。）etc.).
const TOKENS = /[\u2E80-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF][，。、；：！？）》」』”’,.;:!?)%]*|[（《「『“‘(]*[^\s\u2E80-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF]+\s*|\s+/g;

/** Breaks text into lines no wider than maxWidth: Latin at spaces, CJK between characters (never before closing punctuation). */
export function wrap(text: string, maxWidth: number, size: number, weight: number = 400): string[] {
  const lines: string[] = [];
  let line = "";
  for (const paragraph of text.split("\n")) {
    for (const m of paragraph.matchAll(TOKENS)) {
      const token = m[0];
      const next = line + token;
      if (line.trim() && measure(next.trimEnd(), size, weight) > maxWidth) {
        lines.push(line.trimEnd());
        line = token.trimStart();
      } else line = next;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = "";
  }
  return lines;
}

/**
 * Like wrap, in as many lines, but as narrow as that many lines allow (CSS's text-wrap: balance): no last
 * line of one word or one character under a long first line.
 */
export function balance(text: string, maxWidth: number, size: number, weight: number = 400): string[] {
  const lines = wrap(text, maxWidth, size, weight);
  if (lines.length < 2) return lines;
  let lo = 0;
  let hi = maxWidth;
  for (let i = 0; i < 12; i++) {
    const w = (lo + hi) / 2;
    if (wrap(text, w, size, weight).length > lines.length) lo = w;
    else hi = w;
  }
  return wrap(text, hi, size, weight);
}

/** The widest of several lines. */
export const measureLines = (lines: string[], size: number, weight?: number) => Math.max(0, ...lines.map((l) => measure(l, size, weight)));

/** Shortens a line with an ellipsis so it fits maxWidth. */
export function truncate(text: string, maxWidth: number, size: number, weight?: number): string {
  if (measure(text, size, weight) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && measure(`${chars.join("").trimEnd()}…`, size, weight) > maxWidth) chars.pop();
  return `${chars.join("").trimEnd()}…`;
}
