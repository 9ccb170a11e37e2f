// Search result snippets that keep the query whole (issue 13). Plain TypeScript with no imports, shared by
// the search island (components/islands/search.ts, through Pagefind UI's processResult) and the unit tests.
//
// Pagefind builds an excerpt from a fixed count of indexed words around the densest matches (12 when the UI
// shows sub-results). On Chinese pages it segments the text into short words, so "双11" is the two words
// 双 and 11 and a window of 12 of them can end between the two ("…原文称，2010年双"); a lone "11" in a date
// is marked like the query itself. This rebuilds each snippet from the same words and the same match
// positions Pagefind returns: it centres on a match of the whole query, grows by display width to sentence
// (or clause) boundaries, never splits the match, and marks the query as one piece.

/** A match as Pagefind reports it: the position of a word in the page's indexed text, and its weight. */
export type WeightedLocation = { location: number; weight: number; balanced_score?: number };
/** An element with an id in the indexed text; a heading starts a sub-result. */
export type Anchor = { element?: string; id?: string; text?: string; title?: string; location: number };
export type SubResult = {
  title?: string;
  url?: string;
  anchor?: Anchor;
  locations: number[];
  weighted_locations?: WeightedLocation[];
  excerpt: string;
  plain_excerpt?: string;
};
/** The parts of Pagefind's result data (`await result.data()`) that snippets are made from. */
export type ResultData = {
  raw_content?: string;
  locations: number[];
  weighted_locations?: WeightedLocation[];
  excerpt: string;
  plain_excerpt?: string;
  sub_results?: SubResult[];
  anchors?: Anchor[];
};

export type SnippetOptions = {
  /** Length of a snippet in display columns: a CJK character counts two, so 100 is about 50 Chinese characters or 100 Latin ones. */
  width?: number;
  /** Put where a snippet starts or ends inside a sentence. */
  ellipsis?: string;
};

const WIDTH = 100;
const ELLIPSIS = "…";
/** Share of the room around the match given to what precedes it. */
const BEFORE = 0.35;

/**
 * The page's indexed text as Pagefind's own excerpts split it, so its match positions index this list:
 * segmented languages (Chinese) separate words with U+200B and join them with nothing, others split on
 * whitespace and join with a space.
 */
export function indexedWords(raw: string): { words: string[]; joiner: string } {
  return raw.includes("\u200B") ? { words: raw.split("\u200B"), joiner: "" } : { words: raw.split(/[^\S\uFEFF]+/g), joiner: " " };
}

/** Case, width and spacing folded, punctuation dropped: "Double 11", "double-11" and "ＤＯＵＢＬＥ　11" meet. */
export const foldQuery = (s: string): string =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/&(lt|gt|amp|quot|#39);/g, "")
    .replace(/[\s\p{P}\p{S}]+/gu, "");

const wide = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
/** Display width: a CJK or full-width character takes two columns, anything else one. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s.replace(/&(lt|gt|amp|quot|#39);/g, "x")) w += wide.test(ch) ? 2 : 1;
  return w;
}

/** Ends a sentence: a full stop, question or exclamation mark (closing quotes may follow). Pagefind also puts
 *  a full stop after a block (a heading, a list item) that has none. */
const endsSentence = (word: string) => /[。！？.!?]["'”’」』）)]*\s*$/u.test(word);
/** Ends a clause: a comma, enumeration comma, colon or semicolon, or a sentence. */
const endsClause = (word: string) => endsSentence(word) || /[，、：；,:;]\s*$/u.test(word);
/** A clause boundary is used only if the snippet keeps at least this share of its room on that side. */
const CLAUSE_FILL = 0.5;

/** Wraps the first stretch of `text` that folds to `q` in a mark (the whole text, trimmed, if none does). */
export function markQuery(text: string, q: string): string {
  const chars = [...text];
  const folded: string[] = [];
  const origin: number[] = [];
  chars.forEach((ch, k) => {
    for (const f of foldQuery(ch)) {
      folded.push(f);
      origin.push(k);
    }
  });
  const needle = [...q];
  for (let k = 0; needle.length && k + needle.length <= folded.length; k++) {
    if (needle.every((c, j) => folded[k + j] === c)) {
      const a = origin[k]!;
      const b = origin[k + needle.length - 1]! + 1;
      return `${chars.slice(0, a).join("")}<mark>${chars.slice(a, b).join("")}</mark>${chars.slice(b).join("")}`;
    }
  }
  return text.replace(/^(\s*)([\s\S]*?)(\s*)$/, (_, lead: string, core: string, tail: string) => `${lead}<mark>${core}</mark>${tail}`);
}

/** Runs of consecutive matched words, in page order. */
function runs(locations: number[]): [number, number][] {
  const sorted = [...new Set(locations)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const l of sorted) {
    const last = out[out.length - 1];
    if (last && l === last[1] + 1) last[1] = l;
    else out.push([l, l]);
  }
  return out;
}

/**
 * One snippet from the words in [from, to) around the matches at `locations`. The match shown is the first
 * run of matched words that spells the whole query (folded), preferring running text over headings (weight
 * above 1); without one, the longest run. Returns null when no match lies in the range.
 */
export function buildSnippet(
  words: readonly string[],
  joiner: string,
  locations: readonly WeightedLocation[],
  query: string,
  from = 0,
  to = words.length,
  { width = WIDTH, ellipsis = ELLIPSIS }: SnippetOptions = {},
): { excerpt: string; plain: string } | null {
  const inRange = locations.filter((l) => l.location >= from && l.location < to && l.location < words.length);
  if (!inRange.length) return null;
  const weightAt = new Map<number, number>();
  for (const l of inRange) weightAt.set(l.location, Math.max(weightAt.get(l.location) ?? 0, l.weight));
  const q = foldQuery(query);
  const text = (a: number, b: number) => words.slice(a, b + 1).join(joiner);
  const whole = (r: [number, number]) => q.length > 0 && foldQuery(text(r[0], r[1])).includes(q);
  const all = runs(inRange.map((l) => l.location));
  const heading = ([a, b]: [number, number]) => {
    for (let i = a; i <= b; i++) if ((weightAt.get(i) ?? 1) > 1) return true;
    return false;
  };
  const rank = (r: [number, number]) => (whole(r) ? 0 : 2) + (heading(r) ? 1 : 0);
  const length = (r: [number, number]) => (whole(r) ? 0 : r[1] - r[0]);
  const hit = [...all].sort((a, b) => rank(a) - rank(b) || length(b) - length(a) || a[0] - b[0])[0]!;
  const anyWhole = all.some(whole);

  // Display width of words [a, b), from running totals over the range.
  const total = [0];
  for (let i = from; i < to; i++) total.push(total[total.length - 1]! + displayWidth(words[i]!) + (joiner ? 1 : 0));
  const sum = (a: number, b: number) => total[b - from]! - total[a - from]!;
  const startsSentence = (i: number) => i === from || endsSentence(words[i - 1]!);
  const endsSentenceAt = (i: number) => i === to - 1 || endsSentence(words[i]!);
  const startsClause = (i: number) => startsSentence(i) || endsClause(words[i - 1]!);
  const endsClauseAt = (i: number) => endsSentenceAt(i) || endsClause(words[i]!);

  // The match's own sentence, when it fits, then whole sentences after it and before it while they fit.
  let start = hit[0];
  while (!startsSentence(start)) start--;
  let end = hit[1];
  while (!endsSentenceAt(end)) end++;
  if (sum(start, end + 1) <= width) {
    for (let grew = true; grew; ) {
      grew = false;
      let next = end + 1;
      while (next < to && !endsSentenceAt(next)) next++;
      if (next < to && sum(start, next + 1) <= width) [end, grew] = [next, true];
      let prev = start - 1;
      while (prev > from && !startsSentence(prev)) prev--;
      if (prev >= from && sum(prev, end + 1) <= width) [start, grew] = [prev, true];
    }
  } else {
    // A sentence longer than the snippet: about a third of the room before the match (unless the text after it
    // runs out), cut at the earliest clause start that fits, and the rest after it, cut at the last clause
    // end that fits; at a word boundary where no clause boundary fits.
    const room = Math.max(0, width - sum(hit[0], hit[1] + 1));
    const left = Math.min(sum(start, hit[0]), Math.max(room * BEFORE, room - sum(hit[1] + 1, end + 1)));
    let first = hit[0];
    while (first > start && sum(first - 1, hit[0]) <= left) first--;
    const clauseStart = Array.from({ length: hit[0] - first + 1 }, (_, k) => first + k).find(startsClause);
    start = clauseStart !== undefined && sum(clauseStart, hit[0]) >= left * CLAUSE_FILL ? clauseStart : first;
    const right = room - sum(start, hit[0]);
    let last = hit[1];
    while (last < end && sum(hit[1] + 1, last + 2) <= right) last++;
    const clauseEnd = Array.from({ length: last - hit[1] + 1 }, (_, k) => last - k).find(endsClauseAt);
    end = clauseEnd !== undefined && sum(hit[1] + 1, clauseEnd + 1) >= right * CLAUSE_FILL ? clauseEnd : last;
  }

  // Marks: where a run spells the whole query, just the query's characters in it; when no run does, each
  // matched word. A mark closes before a word's trailing spaces, so it hugs the words.
  const wholeRuns = new Map(all.filter((r) => anyWhole && whole(r) && r[0] >= start && r[1] <= end).map((r) => [r[0], r[1]]));
  const matched = new Set(anyWhole ? [] : inRange.map((l) => l.location));
  let html = "";
  let plain = "";
  for (let i = start; i <= end; i++) {
    const runEnd = wholeRuns.get(i);
    const last = runEnd ?? i;
    const piece = words.slice(i, last + 1).join(joiner) + (last < end ? joiner : "");
    plain += piece;
    if (runEnd !== undefined) html += markQuery(piece, q);
    else if (matched.has(i)) html += piece.replace(/^([\s\S]*?)(\s*)$/, (_, core: string, tail: string) => (core ? `<mark>${core}</mark>${tail}` : tail));
    else html += piece;
    i = last;
  }
  const cutBefore = !startsSentence(start);
  const cutAfter = !endsSentenceAt(end);
  const wrap = (s: string) => `${cutBefore ? ellipsis : ""}${s.trim()}${cutAfter ? ellipsis : ""}`;
  return { excerpt: wrap(html), plain: wrap(plain) };
}

/** Anchors that start a sub-result, in page order: Pagefind's own rule (a title, or a heading with text). */
function subResultAnchors(anchors: readonly Anchor[] = []): Anchor[] {
  return anchors
    .filter((a) => (a.title?.length && /\S/.test(a.title)) || (/h\d/i.test(a.element ?? "") && a.text?.length && /\S/.test(a.text)))
    .sort((a, b) => a.location - b.location);
}

/** Where a section's text starts: after its heading's words (the sub-result's title already shows them). */
function afterHeading(words: readonly string[], anchor: Anchor | undefined, to: number): number {
  const from = anchor?.location ?? 0;
  if (!anchor || !/h\d/i.test(anchor.element ?? "") || !anchor.text) return from;
  const heading = foldQuery(anchor.text);
  let i = from;
  let seen = "";
  while (i < to && seen.length < heading.length) seen += foldQuery(words[i++]!);
  while (i < to && foldQuery(words[i]!) === "") i++;
  return seen.startsWith(heading) ? i : from;
}

/**
 * Rewrites a Pagefind result's excerpt and its sub-results' excerpts around whole matches of `query`.
 * Anything it cannot place (no indexed text, no match in range) keeps Pagefind's own excerpt.
 */
export function wholeSnippets<T extends ResultData>(data: T, query: string, options: SnippetOptions = {}): T {
  if (!data?.raw_content) return data;
  const { words, joiner } = indexedWords(data.raw_content);
  const located = (locations: number[], weighted?: WeightedLocation[]) => weighted ?? locations.map((location) => ({ location, weight: 1 }));
  const page = buildSnippet(words, joiner, located(data.locations, data.weighted_locations), query, 0, words.length, options);
  if (page) {
    data.excerpt = page.excerpt;
    data.plain_excerpt = page.plain;
  }
  const anchors = subResultAnchors(data.anchors);
  for (const sub of data.sub_results ?? []) {
    const from = sub.anchor?.location ?? 0;
    const to = anchors.find((a) => a.location > from)?.location ?? words.length;
    const matches = located(sub.locations, sub.weighted_locations);
    const s =
      buildSnippet(words, joiner, matches, query, afterHeading(words, sub.anchor, to), to, options) ??
      buildSnippet(words, joiner, matches, query, from, to, options);
    if (s) {
      sub.excerpt = s.excerpt;
      sub.plain_excerpt = s.plain;
    }
  }
  return data;
}
