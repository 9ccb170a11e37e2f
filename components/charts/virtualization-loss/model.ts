// The fleet arithmetic and the two grids the chart draws (one server's cores, a fleet as 100 squares), in
// plain TypeScript without d3: the fleet calculator recomputes them in the browser, and the server uses the
// same functions for the first paint. Pure.
import type { Locale } from "@/lib/i18n";
import { formatFigure, formatNumber, type FigureValue } from "@/lib/data/format";
import type { UnitId } from "@/lib/data/units";
import { fill } from "@/lib/fill";

// ---------------------------------------------------------------------------------------------
// Arithmetic

export type FleetSettings = { cores: number; reserved: number; fleet: number };

export type FleetLoss = FleetSettings & {
  /** Cores per server left for customers. */
  free: number;
  /** Reserved share of each server, 0–1. */
  share: number;
  /** Servers' worth of cores held back across the fleet: fleet × reserved ÷ cores. */
  worth: number;
  freeWorth: number;
};

/** Slider ranges. Core counts move in steps of 8, as server processors come. */
export const SLIDERS = {
  cores: { min: 8, max: 128, step: 8 },
  reserved: { min: 0, step: 1 },
  fleet: { min: 10_000, max: 1_000_000, step: 10_000 },
} as const;

/** The slider's starting fleet. Hypothetical: no dataset gives a fleet size, and the note says so. */
export const DEFAULT_FLEET = 100_000;

const finite = (n: number, fallback: number) => (Number.isFinite(n) ? n : fallback);

/** Servers' worth of capacity held back across a fleet. Reserved cores clamp to [0, cores]; a server has at least one core. */
export function fleetLoss(settings: FleetSettings): FleetLoss {
  const cores = Math.max(1, Math.round(finite(settings.cores, 1)));
  const reserved = Math.min(cores, Math.max(0, Math.round(finite(settings.reserved, 0))));
  const fleet = Math.max(0, finite(settings.fleet, 0));
  const share = reserved / cores;
  const worth = fleet * share;
  return { cores, reserved, fleet, free: cores - reserved, share, worth, freeWorth: fleet - worth };
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** 12 of 32 → 3 in every 8. */
export function simplestRatio(part: number, whole: number): { part: number; whole: number } {
  const d = gcd(Math.abs(part), Math.abs(whole)) || 1;
  return { part: part / d, whole: whole / d };
}

/** A share as a percentage with at most one decimal: 0.375 → 37.5. */
export const percentOf = (share: number) => Math.round(share * 1000) / 10;

// ---------------------------------------------------------------------------------------------
// The core grid: one square per core, filled column by column from the left, so the reserved cores
// (the last ones) sit together on the right.

export type Rect = { x: number; y: number; width: number; height: number };
export type Cell = Rect & { lost: boolean };

export type CoreGrid = { cols: number; rows: number; pitch: number; size: number; cells: Cell[]; free: Rect | null; lost: Rect | null };

/**
 * The grid shape with the largest squares that fits the box. A shape that fills every slot wins over
 * one with empty slots unless its squares are more than a fifth smaller: ragged columns hide the block
 * of reserved cores.
 */
export function gridShape(count: number, width: number, height: number): { cols: number; rows: number; pitch: number } {
  let best = { cols: count, rows: 1, pitch: 0, score: -1 };
  for (let rows = 1; rows <= count; rows++) {
    const cols = Math.ceil(count / rows);
    const pitch = Math.min(width / cols, height / rows);
    const score = pitch * (cols * rows === count ? 1 : 0.8);
    if (score > best.score + 1e-9) best = { cols, rows, pitch, score };
  }
  return { cols: best.cols, rows: best.rows, pitch: best.pitch };
}

/** The box around some cells, reaching halfway into the gutters. */
export function around(cells: Rect[], pad = 0): Rect | null {
  if (!cells.length) return null;
  const x0 = Math.min(...cells.map((c) => c.x)) - pad;
  const y0 = Math.min(...cells.map((c) => c.y)) - pad;
  const x1 = Math.max(...cells.map((c) => c.x + c.width)) + pad;
  const y1 = Math.max(...cells.map((c) => c.y + c.height)) + pad;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export function coreGrid(count: number, lost: number, box: Rect, maxPitch = 44): CoreGrid {
  const shape = gridShape(count, box.width, box.height);
  const pitch = Math.min(shape.pitch, maxPitch);
  const size = pitch * 0.8;
  const x0 = box.x + (box.width - shape.cols * pitch) / 2 + (pitch - size) / 2;
  const y0 = box.y + (box.height - shape.rows * pitch) / 2 + (pitch - size) / 2;
  const firstLost = count - lost;
  const cells: Cell[] = Array.from({ length: count }, (_, i) => ({
    x: x0 + Math.floor(i / shape.rows) * pitch,
    y: y0 + (i % shape.rows) * pitch,
    width: size,
    height: size,
    lost: i >= firstLost,
  }));
  const gutter = (pitch - size) / 2;
  return {
    cols: shape.cols,
    rows: shape.rows,
    pitch,
    size,
    cells,
    free: around(
      cells.filter((c) => !c.lost),
      gutter,
    ),
    lost: around(
      cells.filter((c) => c.lost),
      gutter,
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// The fleet as a 10 × 10 waffle: each square is 1% of the servers. The held-back share fills from the
// right, column by column like the server's grid; a fractional square is held back in its lower part.

export type Waffle = {
  squares: Cell[];
  /** The lower part of the one square held back in part, or null when the share falls on whole squares. */
  part: (Rect & { index: number }) | null;
  pitch: number;
  size: number;
  free: Rect | null;
  lost: Rect | null;
};

export function waffle(share: number, box: { x: number; y: number; side: number }, side = 10): Waffle {
  const n = side * side;
  const pitch = box.side / side;
  const size = pitch * 0.82;
  const threshold = n - Math.min(1, Math.max(0, share)) * n;
  let part: Waffle["part"] = null;
  const squares = Array.from({ length: n }, (_, i) => {
    const x = box.x + Math.floor(i / side) * pitch;
    const y = box.y + (i % side) * pitch;
    const lostPart = Math.min(1, Math.max(0, i + 1 - threshold));
    if (lostPart > 1e-9 && lostPart < 1 - 1e-9) part = { index: i, x, y: y + size * (1 - lostPart), width: size, height: size * lostPart };
    return { x, y, width: size, height: size, lost: lostPart > 1 - 1e-9 };
  });
  const gutter = (pitch - size) / 2;
  const p = part as Waffle["part"];
  const lostCells: Rect[] = [...squares.filter((s) => s.lost), ...(p ? [p] : [])];
  return {
    squares,
    part: p,
    pitch,
    size,
    free: around(
      squares.filter((s) => !s.lost),
      gutter,
    ),
    lost: around(lostCells, gutter),
  };
}

// ---------------------------------------------------------------------------------------------
// Number words for the fleet, in the reader's convention. Remembered: a slider's values come back again
// and again, and every call of the shared formatter builds an Intl formatter, which is slow (about a
// millisecond), too slow to redraw at a slider's pace.

const remembered = new Map<string, string>();
function remember(key: string, make: () => string): string {
  let s = remembered.get(key);
  if (s === undefined) {
    if (remembered.size > 4000) remembered.clear();
    s = make();
    remembered.set(key, s);
  }
  return s;
}

/** formatFigure (lib/data/format), remembered. */
export const figure = (value: FigureValue, unit: UnitId, locale: Locale) =>
  remember(`f|${locale}|${unit}|${typeof value === "object" ? `${value.min}:${value.max}` : value}`, () => formatFigure(value, unit, locale));

/** formatNumber (lib/data/format), remembered. */
export const number = (n: number, locale: Locale, maxFractionDigits?: number) =>
  remember(`n|${locale}|${n}|${maxFractionDigits ?? ""}`, () => formatNumber(n, locale, maxFractionDigits === undefined ? {} : { maxFractionDigits }));

export type Plural = { one: string; other: string };
const pick = (p: Plural, n: number, locale: Locale) => (new Intl.PluralRules(locale === "en" ? "en-GB" : "zh-CN").select(n) === "one" ? p.one : p.other);

/** 37,500 in English; 3.75万 in Chinese. */
export const countText = (n: number, locale: Locale) => number(Math.round(n), locale, locale === "en" ? 0 : 2);

/** Every number the fleet's words name ({reservedN}, {share}, {worth}…), for a result. */
export function fleetNumbers(r: FleetLoss, locale: Locale, worthWord: Plural) {
  return {
    cores: figure(r.cores, "core", locale),
    coresN: number(r.cores, locale),
    reserved: figure(r.reserved, "core", locale),
    reservedN: number(r.reserved, locale),
    free: figure(r.free, "core", locale),
    freeN: number(r.free, locale),
    share: figure(percentOf(r.share), "percent", locale),
    freeShare: figure(percentOf(1 - r.share), "percent", locale),
    fleetN: countText(r.fleet, locale),
    squareN: countText(r.fleet / 100, locale),
    worthN: countText(r.worth, locale),
    worth: fill(pick(worthWord, Math.round(r.worth), locale), { n: countText(r.worth, locale) }),
    freeWorthN: countText(r.freeWorth, locale),
    freeWorth: fill(pick(worthWord, Math.round(r.freeWorth), locale), { n: countText(r.freeWorth, locale) }),
  };
}
