// The one text measure every chart uses. Charts are set in the platform's sans (DESIGN.md), so a label must
// fit in the widest one a reader is likely to have: each character's width here (in thousandths of an em)
// is the larger of Noto Sans (what the PNG and social-card renderer draws with) and DejaVu Sans (what a Linux
// browser picks for system-ui, about 8% wider, and 18% in bold, which it uses for semibold). Roboto, SF and
// Segoe UI are narrower, so a label that fits here fits everywhere. CJK ideographs and full-width forms are
// one em. Read once from the fonts (@fontsource/noto-sans, Debian's fonts-dejavu) and kept here as data.
// Pure and d3-free: client islands measure with it too.

const CHARS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~’‘“”–—¥€£×≈·•…°±→←↑↓≤≥−";
// prettier-ignore
const REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 551, 838, 318, 361, 318, 372, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838,
  531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 339, 295, 656, 557, 907, 760, 787, 605, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 372, 390,
  838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 413, 521, 392, 634, 592, 818, 592, 592, 525, 636, 551,
  636, 838, 318, 318, 518, 518, 500, 1000, 636, 636, 636, 838, 838, 318, 590, 1000, 500, 838, 1000, 1000, 1000, 1000, 838, 838, 838,
];
// prettier-ignore
const SEMIBOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 546, 838, 380, 415, 380, 399, 696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838,
  580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 399, 457,
  838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 551,
  712, 838, 380, 380, 657, 657, 500, 1000, 696, 696, 696, 838, 838, 380, 639, 1000, 500, 838, 1000, 1000, 1000, 1000, 838, 838, 838,
];

const widths = (table: number[]) => new Map([...CHARS].map((ch, i) => [ch, table[i]! / 1000]));
const REG = widths(REGULAR);
const BOLD = widths(SEMIBOLD);

/** Ideographs, kana, hangul, CJK punctuation and full-width forms: one em each. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303F\u3040-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

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
const TOKENS =
  /[\u2E80-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF][，。、；：！？）》」』”’,.;:!?)%]*|[（《「『“‘(]*[^\s\u2E80-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF]+\s*|\s+/g;

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
