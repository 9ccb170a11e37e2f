// The fleet arithmetic, the core grid and the fleet scene in plain TypeScript, without d3: the sliders
// recompute them in the browser, and the server uses the same functions for the first paint.
import type { Locale } from "@/lib/i18n";
import type { Confidence } from "@/lib/data/schema";
import { formatFigure, formatNumber } from "@/lib/data/format";

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
// Scene vocabulary shared by every step's view

export type Tone = "ink" | "soft" | "muted" | "alarm" | "accent";
export type TextLabel = { x: number; y: number; text: string; size: number; anchor?: "start" | "middle" | "end"; weight?: number; tone?: Tone; italic?: boolean; halo?: boolean };
export type Rect = { x: number; y: number; width: number; height: number };
export type Bracket = { x1: number; x2: number; y: number; tone: Tone };
export type Tip = { title: string; value: string; note?: string; source: string; year: number; confidence?: Confidence };
/** Cells that a reader inspects together (the hypervisor's cores, the customers' cores). */
export type CellGroup = { key: string; kind: "free" | "lost" | "returned"; cells: Rect[]; tip: Tip };

// ---------------------------------------------------------------------------------------------
// The core grid: one square per core, filled column by column from the left, so the reserved cores
// (the last ones) sit together on the right.

export type CoreGrid = { cols: number; rows: number; pitch: number; size: number; free: Rect[]; lost: Rect[]; freeSpan: [number, number] | null; lostSpan: [number, number] | null };

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

export function coreGrid(count: number, lost: number, box: Rect, maxPitch = 44): CoreGrid {
  const shape = gridShape(count, box.width, box.height);
  const pitch = Math.min(shape.pitch, maxPitch);
  const size = pitch * 0.8;
  const x0 = box.x + (box.width - shape.cols * pitch) / 2 + (pitch - size) / 2;
  const y0 = box.y + (box.height - shape.rows * pitch) / 2 + (pitch - size) / 2;
  const free: Rect[] = [];
  const lostCells: Rect[] = [];
  const firstLost = count - lost;
  for (let i = 0; i < count; i++) {
    const col = Math.floor(i / shape.rows);
    const row = i % shape.rows;
    const cell = { x: x0 + col * pitch, y: y0 + row * pitch, width: size, height: size };
    (i >= firstLost ? lostCells : free).push(cell);
  }
  const span = (cells: Rect[]): [number, number] | null =>
    cells.length ? [Math.min(...cells.map((c) => c.x)), Math.max(...cells.map((c) => c.x + c.width))] : null;
  return { cols: shape.cols, rows: shape.rows, pitch, size, free, lost: lostCells, freeSpan: span(free), lostSpan: span(lostCells) };
}

/**
 * A 10 × 10 waffle for the fleet: each square is 1% of the servers. The held-back share fills from the
 * right, column by column like the server's grid; a fractional square is split, its lower part held back.
 */
export function waffle(share: number, box: Rect, side = 10): { free: Rect[]; lost: Rect[]; pitch: number; size: number } {
  const n = side * side;
  const pitch = Math.min(box.width, box.height) / side;
  const size = pitch * 0.82;
  const threshold = n - Math.min(1, Math.max(0, share)) * n;
  const free: Rect[] = [];
  const lost: Rect[] = [];
  for (let i = 0; i < n; i++) {
    const x = box.x + Math.floor(i / side) * pitch;
    const y = box.y + (i % side) * pitch;
    const lostPart = Math.min(1, Math.max(0, i + 1 - threshold));
    if (lostPart < 1e-9) free.push({ x, y, width: size, height: size });
    else if (lostPart > 1 - 1e-9) lost.push({ x, y, width: size, height: size });
    else {
      const split = size * (1 - lostPart);
      free.push({ x, y, width: size, height: split });
      lost.push({ x, y: y + split, width: size, height: size - split });
    }
  }
  return { free, lost, pitch, size };
}

// ---------------------------------------------------------------------------------------------
// Text helpers (no DOM, so widths are estimates: CJK characters are one em, Latin about 0.56 em)

const isWide = (ch: string) => /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch);
export const textWidth = (text: string, size: number) => [...text].reduce((w, ch) => w + (isWide(ch) ? 1 : /[A-Z%@]/.test(ch) ? 0.68 : ch === " " ? 0.3 : 0.55), 0) * size;

/** Breaks a sentence into lines no wider than maxWidth: at spaces in Latin text, between characters in CJK. */
export function wrap(text: string, maxWidth: number, size: number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uf900-\ufaff][，。、；：！？”’）》」』,.;:!?)]*|[^\s\u2e80-\u9fff\uf900-\ufaff]+\s*|\s+/g) ?? [text];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    if (line && textWidth((line + token).trimEnd(), size) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Fills `{name}` placeholders (lib/ui's fill, repeated here so the browser bundle stays free of the UI dictionaries). */
import { fill as fillText } from "@/lib/fill";
export { fillText };

// ---------------------------------------------------------------------------------------------
// Number words for the fleet, in the reader's convention

export type Plural = { one: string; other: string };
const pick = (p: Plural, n: number, locale: Locale) => (new Intl.PluralRules(locale === "en" ? "en-GB" : "zh-CN").select(n) === "one" ? p.one : p.other);

/** 37,500 in English; 3.75万 in Chinese. */
export const countText = (n: number, locale: Locale) => formatNumber(Math.round(n), locale, { maxFractionDigits: locale === "en" ? 0 : 2 });

export function fleetNumbers(r: FleetLoss, locale: Locale, worthWord: Plural) {
  return {
    cores: formatFigure(r.cores, "core", locale),
    coresN: formatNumber(r.cores, locale),
    reserved: formatFigure(r.reserved, "core", locale),
    reservedN: formatNumber(r.reserved, locale),
    free: formatFigure(r.free, "core", locale),
    freeN: formatNumber(r.free, locale),
    share: formatFigure(percentOf(r.share), "percent", locale),
    freeShare: formatFigure(percentOf(1 - r.share), "percent", locale),
    fleetN: countText(r.fleet, locale),
    squareN: countText(r.fleet / 100, locale),
    worthN: countText(r.worth, locale),
    worth: fillText(pick(worthWord, Math.round(r.worth), locale), { n: countText(r.worth, locale) }),
    freeWorthN: countText(r.freeWorth, locale),
    freeWorth: fillText(pick(worthWord, Math.round(r.freeWorth), locale), { n: countText(r.freeWorth, locale) }),
  };
}

// ---------------------------------------------------------------------------------------------
// The fleet scene (step 2): one server's grid, times a fleet drawn as 100 squares, equals servers' worth.

export type FleetText = {
  title: string;
  desc: string;
  serverHeader: string;
  freeLabel: string;
  lostLabel: string;
  fleetHeader: string;
  squareKey: string;
  worth: Plural;
  worthCaption: string;
  freeWorthLabel: string;
  tipLost: string;
  tipFree: string;
  tipFleetLost: string;
  tipFleetFree: string;
  tipCount: string;
  tipFleetNote: string;
  /** Tooltip note on the server's cores; true whatever the sliders say (the index fills in the article's example). */
  exampleNote: string;
  source: string;
  year: number;
};

export type FleetScene = {
  width: number;
  height: number;
  chassis: Rect;
  groups: CellGroup[];
  brackets: Bracket[];
  labels: TextLabel[];
  title: string;
  desc: string;
};

export const FLEET_WIDTHS = { wide: 720, narrow: 340 } as const;
/**
 * The wide scene keeps one height, so it never jumps while a slider moves (tests check that every
 * setting fits); the narrow one fits its content, which changes only when a label gains or loses a line.
 */
export const WIDE_FLEET_HEIGHT = 274;

/**
 * Brackets and labels under a server's grid: the customers' cores on the left, the hypervisor's on the
 * right. The right-hand label starts at its bracket when it fits before maxRight, else it ends at the
 * bracket's end; when the two labels would touch, the right-hand one drops to a second line.
 */
export function gridLabels(grid: CoreGrid, y: number, left: { text: string; tone: Tone } | null, right: { text: string; tone: Tone } | null, size: number, maxRight: number): { brackets: Bracket[]; labels: TextLabel[] } {
  const brackets: Bracket[] = [];
  const labels: TextLabel[] = [];
  let leftEnd = -Infinity;
  if (left && grid.freeSpan) {
    brackets.push({ x1: grid.freeSpan[0], x2: grid.freeSpan[1], y, tone: left.tone });
    labels.push({ x: grid.freeSpan[0], y: y + size + 6, text: left.text, size, tone: left.tone, weight: 600 });
    leftEnd = grid.freeSpan[0] + textWidth(left.text, size);
  }
  if (right && grid.lostSpan) {
    brackets.push({ x1: grid.lostSpan[0], x2: grid.lostSpan[1], y, tone: right.tone });
    const w = textWidth(right.text, size);
    const fitsFromStart = grid.lostSpan[0] + w <= maxRight;
    const start = fitsFromStart ? grid.lostSpan[0] : grid.lostSpan[1] - w;
    const clash = leftEnd + 10 > start;
    labels.push({ x: fitsFromStart ? start : grid.lostSpan[1], y: y + size + 6 + (clash ? Math.round(size * 1.35) : 0), text: right.text, size, anchor: fitsFromStart ? "start" : "end", tone: right.tone, weight: 600 });
  }
  return { brackets, labels };
}

/**
 * Server and fleet side by side at both sizes (on a phone the pinned figure must fit one screen), with
 * the result beside the fleet when wide and beneath both when narrow.
 */
export function layoutFleet(r: FleetLoss, variant: "wide" | "narrow", locale: Locale, text: FleetText): FleetScene {
  const width = FLEET_WIDTHS[variant];
  const wide = variant === "wide";
  // Wide text is set large: the scene is often drawn at ~0.72 of its size in the pinned column.
  const t = wide ? { header: 16, label: 15, caption: 14, key: 14, big: 34 } : { header: 12, label: 12, caption: 13, key: 11, big: 28 };
  const v = fleetNumbers(r, locale, text.worth);
  const fill = (s: string) => fillText(s, v);

  const fleetX = wide ? 384 : 186;
  const side = wide ? 170 : 140;
  const headerLines = wide ? [fill(text.fleetHeader)] : wrap(fill(text.fleetHeader), width - fleetX, t.header);
  const headerBottom = wide ? t.header : t.header + (headerLines.length - 1) * (t.header + 3);
  const top = headerBottom + 14;
  const chassis: Rect = wide ? { x: 0, y: top, width: 326, height: 180 } : { x: 0, y: top + 14, width: 160, height: 108 };
  const grid = coreGrid(r.cores, r.reserved, { x: chassis.x + (wide ? 14 : 8), y: chassis.y + (wide ? 14 : 8), width: chassis.width - (wide ? 28 : 16), height: chassis.height - (wide ? 28 : 16) }, 40);
  const under = gridLabels(grid, chassis.y + chassis.height + 10, r.free ? { text: fill(text.freeLabel), tone: "accent" } : null, r.reserved ? { text: fill(text.lostLabel), tone: "alarm" } : null, t.label, fleetX - 12);
  const squares = waffle(r.share, { x: fleetX, y: top, width: side, height: side });

  const labels: TextLabel[] = [
    { x: 0, y: headerBottom, text: fill(text.serverHeader), size: t.header, weight: 600 },
    ...headerLines.map((line, i) => ({ x: fleetX, y: t.header + i * (t.header + 3), text: line, size: t.header, weight: 600 })),
    ...under.labels,
    ...wrap(fill(text.squareKey), width - fleetX, t.key).map((line, i) => ({ x: fleetX, y: top + side + t.key + 6 + i * (t.key + 3), text: line, size: t.key, tone: "muted" as Tone })),
    { x: (chassis.width + fleetX) / 2, y: top + side / 2 + (wide ? 9 : 7), text: "×", size: wide ? 28 : 22, anchor: "middle", tone: "muted" },
  ];

  // The result: the servers' worth held back in the alarm colour, what is left for customers in blue.
  const lead = Math.round(t.caption * 1.3);
  const resultX = wide ? fleetX + side + 16 : 0;
  const resultW = wide ? width - resultX : fleetX - 16;
  const big = Math.min(t.big, Math.floor(resultW / (textWidth(v.worthN, 1) || 1)));
  const bigY = wide ? top + big + 4 : Math.max(...labels.map((l) => l.y)) + big + 18;
  const caption = wrap(fill(text.worthCaption), resultW, t.caption).map((line, i) => ({ x: resultX, y: bigY + (i + 1) * lead, text: line, size: t.caption, tone: "ink" as Tone }));
  const freeX = wide ? resultX : fleetX;
  const freeW = wide ? resultW : width - fleetX;
  const freeTop = wide ? caption.at(-1)!.y + 14 : bigY - big * 0.7;
  const free = wrap(fill(text.freeWorthLabel), freeW, t.caption).map((line, i) => ({ x: freeX, y: freeTop + (i + 1) * lead, text: line, size: t.caption, tone: "accent" as Tone, weight: 600 }));
  labels.push({ x: resultX, y: bigY, text: v.worthN, size: big, weight: 700, tone: "alarm" }, ...caption, ...free);

  const example: Tip = { title: "", value: "", note: text.exampleNote || undefined, source: text.source, year: text.year };
  const count = (n: string, share: string) => fillText(text.tipCount, { count: n, share });
  const groups: CellGroup[] = [
    { key: "server-free", kind: "free", cells: grid.free, tip: { ...example, title: text.tipFree, value: count(v.free, v.freeShare) } },
    { key: "server-lost", kind: "lost", cells: grid.lost, tip: { ...example, title: text.tipLost, value: count(v.reserved, v.share) } },
    { key: "fleet-free", kind: "free", cells: squares.free, tip: { ...example, title: text.tipFleetFree, value: v.freeWorth, note: fill(text.tipFleetNote) } },
    { key: "fleet-lost", kind: "lost", cells: squares.lost, tip: { ...example, title: text.tipFleetLost, value: v.worth, note: fill(text.tipFleetNote) } },
  ].filter((g) => g.cells.length > 0) as CellGroup[];

  const height = wide ? WIDE_FLEET_HEIGHT : Math.ceil(Math.max(...labels.map((l) => l.y), top + side) + 10);
  return { width, height, chassis, groups, brackets: under.brackets, labels, title: fill(text.title), desc: fill(text.desc) };
}
