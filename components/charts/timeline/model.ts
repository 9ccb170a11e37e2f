// Time maths for the timeline: where a date sits on a continuous year axis, the linear time scale, and the
// brush. Plain TypeScript with no d3, shared by the layout (server and island) and the island's pointer.

/** A closed range of whole years: { from: 2013, to: 2018 } shows 1 Jan 2013 to 31 Dec 2018. */
export type YearRange = { from: number; to: number };

export type DatePrecision = "day" | "month" | "year";

/** Where a date sits on a continuous year axis (2011-07-28 → 2011.57), and how precisely it is known. */
export type TimePoint = { at: number; precision: DatePrecision; year: number };

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * "2011-07-28" → the middle of that day; "2017-10" → the middle of October; "2009" → mid-year.
 * Day-of-year arithmetic in UTC, so the result never depends on the machine's time zone.
 */
export function timePoint(date: string): TimePoint {
  const [y, m, d] = date.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return { at: y + 0.5, precision: "year", year: y };
  const days = isLeap(y) ? 366 : 365;
  if (d === undefined) {
    const start = (Date.UTC(y, m - 1, 1) - Date.UTC(y, 0, 1)) / 864e5;
    const end = (Date.UTC(y, m, 1) - Date.UTC(y, 0, 1)) / 864e5;
    return { at: y + (start + end) / 2 / days, precision: "month", year: y };
  }
  const dayIndex = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 864e5;
  return { at: y + (dayIndex + 0.5) / days, precision: "day", year: y };
}

/** The linear time scale: the continuous year axis of a range onto [x0, x1]. */
export function yearScale(range: YearRange, x0: number, x1: number) {
  const k = (x1 - x0) / (range.to + 1 - range.from);
  return (at: number) => x0 + (at - range.from) * k;
}

/** The inverse: which point in time sits under x. */
export function yearAt(range: YearRange, x0: number, x1: number, x: number): number {
  return range.from + ((x - x0) / (x1 - x0)) * (range.to + 1 - range.from);
}

export const pixelsPerYear = (range: YearRange, x0: number, x1: number) => (x1 - x0) / (range.to + 1 - range.from);

/** Is a point in time inside a range of whole years? */
export const inRange = (at: number, range: YearRange) => at >= range.from && at < range.to + 1;

export const sameRange = (a: YearRange, b: YearRange) => a.from === b.from && a.to === b.to;

export function clampRange(range: YearRange, domain: YearRange): YearRange {
  const from = Math.max(domain.from, Math.min(domain.to, Math.round(range.from)));
  const to = Math.max(from, Math.min(domain.to, Math.round(range.to)));
  return { from, to };
}

export type BrushMode = "start" | "end" | "move" | "new";

/**
 * The range while the reader drags on the brush strip. `at0` is where the drag began and `at` where the
 * pointer is now, both on the continuous year axis. Edges snap to whole years, a range is at least one
 * year long, and a moved range keeps its length at the ends of the domain.
 */
export function brushRange(mode: BrushMode, start: YearRange, at0: number, at: number, domain: YearRange): YearRange {
  switch (mode) {
    case "start":
      return { from: Math.max(domain.from, Math.min(start.to, Math.round(at))), to: start.to };
    case "end":
      return { from: start.from, to: Math.min(domain.to, Math.max(start.from, Math.round(at) - 1)) };
    case "move": {
      const length = start.to - start.from;
      const from = Math.max(domain.from, Math.min(domain.to - length, start.from + Math.round(at - at0)));
      return { from, to: from + length };
    }
    case "new": {
      const a = Math.max(domain.from, Math.min(domain.to, Math.floor(at0)));
      const b = Math.max(domain.from, Math.min(domain.to, Math.floor(at)));
      return { from: Math.min(a, b), to: Math.max(a, b) };
    }
  }
}

/**
 * Which part of the brush a pointer at x grabs: a handle (within `grip` of an edge), the window, or outside
 * it. A window that spans the whole domain cannot move, so dragging inside it draws a new one.
 */
export function brushModeAt(x: number, brushX0: number, brushX1: number, opts: { grip?: number; full?: boolean } = {}): BrushMode {
  const grip = opts.grip ?? 8;
  if (Math.abs(x - brushX0) <= grip && Math.abs(x - brushX0) <= Math.abs(x - brushX1)) return "start";
  if (Math.abs(x - brushX1) <= grip) return "end";
  if (x > brushX0 && x < brushX1 && !opts.full) return "move";
  return "new";
}
