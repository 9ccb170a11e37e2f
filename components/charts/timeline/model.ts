// Time maths for the timeline, shared by the server layout and the browser island. Plain TypeScript with
// no d3, so the zoom, the brush and the tick choice run in the browser without shipping a chart library.

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

/** A linear map from the continuous year axis of a range onto [x0, x1] pixels. */
export function yearScale(range: YearRange, x0: number, x1: number) {
  const span = range.to + 1 - range.from;
  return (at: number) => x0 + ((at - range.from) / span) * (x1 - x0);
}

/** The inverse: which point in time sits under pixel x. */
export function yearAt(range: YearRange, x0: number, x1: number, x: number): number {
  return range.from + ((x - x0) / (x1 - x0)) * (range.to + 1 - range.from);
}

export const pixelsPerYear = (range: YearRange, x0: number, x1: number) => (x1 - x0) / (range.to + 1 - range.from);

/** Every how many years to label the axis so that labels of `labelWidth` px keep a gap between them. */
export function tickStep(pxPerYear: number, labelWidth: number): number {
  for (const step of [1, 2, 5, 10]) if (step * pxPerYear >= labelWidth + 10) return step;
  return 20;
}

/** Labelled years in a range: every `step` years counted from the range's first year, always including it. */
export function tickYears(range: YearRange, step: number): number[] {
  const years: number[] = [];
  for (let y = range.from; y <= range.to; y += step) years.push(y);
  return years;
}

/** Quarter ticks are worth drawing once a year is this wide. */
export const QUARTER_TICKS_FROM_PX = 90;

export function clampRange(range: YearRange, domain: YearRange): YearRange {
  const from = Math.max(domain.from, Math.min(domain.to, Math.round(range.from)));
  const to = Math.max(from, Math.min(domain.to, Math.round(range.to)));
  return { from, to };
}

export type BrushMode = "start" | "end" | "move" | "new";

/**
 * The range while the reader drags on the overview strip. `at0` is where the drag began and `at` where the
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
 * Which part of the brush a pointer at pixel x grabs: a handle (within `grip` px of an edge), the window, or
 * outside it. A window that spans the whole domain cannot move, so dragging inside it draws a new one.
 */
export function brushModeAt(x: number, brushX0: number, brushX1: number, opts: { grip?: number; full?: boolean } = {}): BrushMode {
  const grip = opts.grip ?? 8;
  if (Math.abs(x - brushX0) <= grip && Math.abs(x - brushX0) <= Math.abs(x - brushX1)) return "start";
  if (Math.abs(x - brushX1) <= grip) return "end";
  if (x > brushX0 && x < brushX1 && !opts.full) return "move";
  return "new";
}

/**
 * Stacks blocks of known heights from `top`, skipping hidden ones: the offsets of lanes when a theme is
 * filtered out, or of rows in the narrow list. Returns each block's offset (null when hidden) and the bottom.
 */
export function stack(heights: number[], visible: boolean[], top = 0): { offsets: (number | null)[]; bottom: number } {
  let y = top;
  const offsets = heights.map((h, i) => {
    if (!visible[i]) return null;
    const at = y;
    y += h;
    return at;
  });
  return { offsets, bottom: y };
}

/** Is a point in time inside a range of whole years? */
export const inRange = (at: number, range: YearRange) => at >= range.from && at < range.to + 1;
