// The deck's navigation maths, shared by the browser controller and the tests: where "next" and "back"
// go (a chart's steps first, then the slide), the deep-link hash, and the speaker view's pacing.
// Plain TypeScript with no imports, so it costs the deck's client bundle almost nothing.

/** A position in a deck: slide is 0-based here; the hash shows it 1-based. Step is 0-based everywhere. */
export type Position = { slide: number; step: number };

/** Steps per slide: 1 for a slide without fragments. */
export type Shape = readonly number[];

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

export function next(shape: Shape, at: Position): Position {
  if (at.step < (shape[at.slide] ?? 1) - 1) return { slide: at.slide, step: at.step + 1 };
  if (at.slide < shape.length - 1) return { slide: at.slide + 1, step: 0 };
  return at;
}

/** Back one step, or to the previous slide in its final state (what the audience last saw of it). */
export function previous(shape: Shape, at: Position): Position {
  if (at.step > 0) return { slide: at.slide, step: at.step - 1 };
  if (at.slide > 0) return { slide: at.slide - 1, step: (shape[at.slide - 1] ?? 1) - 1 };
  return at;
}

export const first = (): Position => ({ slide: 0, step: 0 });
export const last = (shape: Shape): Position => ({ slide: shape.length - 1, step: 0 });

/** A slide by its 1-based number (the G dialog), clamped to the deck. */
export const goTo = (shape: Shape, number: number): Position => ({ slide: clamp(Math.round(number) - 1, 0, shape.length - 1), step: 0 });

/** `#/3/2` is slide 3 (1-based), step 2 (0-based); `#/3` is its first step. */
export const toHash = (at: Position): string => `#/${at.slide + 1}/${at.step}`;

/**
 * Reads a deck hash; anything that is not one is null, so the caller falls back to slide 1. A slide past
 * the end is the last slide, and a step past a slide's last step is its last step (`#/8/9` on a slide of
 * five steps shows step 5): a link to a deck that has since lost a step still lands where it meant to.
 */
export function fromHash(shape: Shape, hash: string): Position | null {
  const m = /^#\/(\d{1,4})(?:\/(\d{1,3}))?\/?$/.exec(hash);
  if (!m || !shape.length) return null;
  const wanted = Number(m[1]) - 1;
  if (wanted < 0) return null;
  const slide = Math.min(wanted, shape.length - 1);
  const step = m[2] === undefined ? 0 : Math.min(Number(m[2]), (shape[slide] ?? 1) - 1);
  return { slide, step };
}

/** The last position of a deck: its last slide, at its last step. */
export const end = (shape: Shape): Position => ({ slide: shape.length - 1, step: Math.max(0, (shape[shape.length - 1] ?? 1) - 1) });

/** True when "next" has nowhere to go in this deck (a chapter deck then hands over to the next chapter's). */
export const atEnd = (shape: Shape, at: Position): boolean => at.slide >= shape.length - 1 && at.step >= (shape[shape.length - 1] ?? 1) - 1;

/**
 * Pacing: seconds ahead (positive) or behind (negative) the budget, 0 when on time. A presenter is on time
 * while the elapsed time lies inside the current slide's own budget window; before it they are ahead, after it behind.
 */
export function pace(budgets: readonly number[], slide: number, elapsedSeconds: number): number {
  const opens = budgets.slice(0, slide).reduce((s, x) => s + x, 0);
  const closes = opens + (budgets[slide] ?? 0);
  if (elapsedSeconds < opens) return opens - elapsedSeconds;
  if (elapsedSeconds > closes) return closes - elapsedSeconds;
  return 0;
}
