// The go-to box's search: a slide by its number, or by words of its titles in the deck's language.
// Plain TypeScript with no imports, shared by the browser controller and the unit tests.

export type SlideHit = { slide: number; title: string };

/** Case, width (full-width Latin and digits) and accents folded, so "ecs", "ＥＣＳ" and "ÉCS" meet. */
export const fold = (s: string): string =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s\u3000]+/g, " ")
    .trim();

/**
 * Slides matching a query, best first. A number is that slide (clamped to the deck). Words match when every
 * word appears in a slide's text (its title and the headings shown on it); a slide whose title starts with
 * the query, or has a word that does, comes before one that only contains it. Chinese has no spaces, so a
 * query in it is one word that must appear as typed.
 */
export function searchSlides(texts: readonly string[], query: string, limit = 8): SlideHit[] {
  const q = fold(query);
  if (!q) return [];
  if (/^\d+$/.test(q)) {
    const slide = Math.min(Math.max(Number(q), 1), texts.length) - 1;
    return texts.length ? [{ slide, title: texts[slide] ?? "" }] : [];
  }
  const words = q.split(" ");
  const scored: { slide: number; score: number }[] = [];
  texts.forEach((text, slide) => {
    const t = fold(text);
    if (!words.every((w) => t.includes(w))) return;
    const score = t.startsWith(q) ? 0 : t.split(/[\s·:;,.!?，。：；、]+/).some((w) => w.startsWith(words[0]!)) ? 1 : 2;
    scored.push({ slide, score });
  });
  return scored
    .sort((a, b) => a.score - b.score || a.slide - b.slide)
    .slice(0, limit)
    .map(({ slide }) => ({ slide, title: texts[slide] ?? "" }));
}
