// Estimated text widths and line wrapping for SVG labels, which cannot wrap themselves. The widths are
// those of DejaVu Sans, the widest of the common system sans faces (Linux's default), so a wrapped line
// never runs past its box on any platform; on San Francisco or Roboto it simply ends a little short.

/** Widths in em, by character; anything unlisted counts as a lower-case letter of average width. */
const WIDTHS: Record<string, number> = {};
const set = (chars: string, em: number) => {
  for (const ch of chars) WIDTHS[ch] = em;
};
set("ijl.,:;'!|’‘·", 0.32);
set(" ", 0.32);
set("ft()[]{}-", 0.4);
set("r/", 0.42);
set("\"“”", 0.47);
set("s", 0.53);
set("cz", 0.56);
set("kvxy", 0.6);
set("aeo", 0.62);
set("bdghnpqu", 0.64);
set("0123456789¥$#?", 0.64);
set("w", 0.82);
set("m", 0.98);
set("%&", 0.96);
set("IJ", 0.32);
set("ABCDEFGHKLNOPQRSTUVXYZ", 0.78);
set("MW", 1.0);
// A line must not start with closing punctuation; it stays with the character before it.
const NO_LINE_START = new Set("，。、:;!?)」』”’》〉】,.;:!?%");

const isWide = (ch: string) => {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x3000 && c <= 0x303f);
};

/** Width of one character in em. */
export function charWidth(ch: string): number {
  if (isWide(ch)) return 1;
  return WIDTHS[ch] ?? 0.62;
}

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize;
}

/** Breakable pieces: a Latin word with its trailing space, or a single CJK character with any closing punctuation. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = "";
  for (const ch of text) {
    if (NO_LINE_START.has(ch) && (isWide(ch) || word === "") && out.length) {
      if (word) word += ch;
      else out[out.length - 1] += ch;
      continue;
    }
    if (isWide(ch)) {
      if (word) out.push(word);
      word = "";
      out.push(ch);
    } else if (ch === " ") {
      out.push(word + ch);
      word = "";
    } else {
      word += ch;
    }
  }
  if (word) out.push(word);
  return out;
}

/** Greedy wrap into lines no wider than maxWidth px; a single piece wider than a line gets a line of its own. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of tokens(text)) {
    const next = line + piece;
    if (line && textWidth(next.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return avoidOrphan(lines, maxWidth, fontSize);
}

/** Chinese lines should not end a title with one lonely character: carry one more down from the line above. */
function avoidOrphan(lines: string[], maxWidth: number, fontSize: number): string[] {
  if (lines.length < 2) return lines;
  const last = lines.at(-1)!;
  const prev = lines.at(-2)!;
  const chars = Array.from(prev);
  const tail = chars.at(-1) ?? "";
  if (Array.from(last).length > 2 || !isWide(Array.from(last)[0] ?? "") || !isWide(tail) || NO_LINE_START.has(tail) || chars.length < 4) return lines;
  const moved = tail + last;
  if (textWidth(moved, fontSize) > maxWidth) return lines;
  return [...lines.slice(0, -2), chars.slice(0, -1).join(""), moved];
}
