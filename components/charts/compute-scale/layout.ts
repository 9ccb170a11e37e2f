// Layout for the compute-scale chart: pure functions from rows and a width to panels of marks, lines and
// labels. Three panels: GPUs per AI cluster (log dots, or a unit view of squares), announced AI computing
// power (bars from zero, precision marked on each), and the TOP500 leader's FP64 score as a separate
// reference panel on its own log axis. No React and no DOM, so it is unit-tested and snapshot-tested.
import { scaleLinear, scaleLog } from "d3-scale";
import type { SeriesRow } from "@/lib/data/schema";
import { isChinese, type Locale } from "@/lib/i18n";
import { formatFigure, formatNumber, formatTick } from "@/lib/data/format";

/** The unit view draws one square per this many GPUs. A design choice, not a data value. */
export const GPUS_PER_SQUARE = 1000;
export const STEP_COUNT = 4;

export type View = "log" | "units";
export type PanelKind = "gpus" | "compute" | "top500";

/** Lingjun's announced total is the sum of these two Alibaba centres (research facts B11). */
export const LINGJUN = { total: "lingjun-2022", parts: ["zhangbei-2022", "ulanqab-2022"] } as const;
/** Alibaba Cloud's own rows: the story's thread, drawn in the accent colour. */
export const ALIBABA_KEYS: ReadonlySet<string> = new Set(["lingjun-2022", "zhangbei-2022", "ulanqab-2022", "fuyao-2022"]);
/** Tesla's Nvidia H100 cluster, which the article calls Dojo (research facts B10). */
export const NOT_DOJO_KEYS: ReadonlySet<string> = new Set(["tesla-h100-2023"]);
/** Precisions far below FP16 whose peaks are drawn apart from the others. */
const SEPARATE_PRECISIONS: ReadonlySet<string> = new Set(["INT8", "INT4", "FP8"]);

/** What each scrollytelling step shows. Without a step (embed, slide overview) every panel shows. */
export function panelsForStep(step?: number): PanelKind[] {
  if (step === 0 || step === 3) return ["gpus"];
  if (step === 1) return ["compute"];
  // The reference leads at step 2, so the step's subject is in view; the AI peaks follow as context.
  if (step === 2) return ["top500", "compute"];
  return ["gpus", "compute", "top500"];
}

/** Step 3 is the unit view; everywhere else the log scale is the default. */
export const defaultView = (step?: number): View => (step === 3 ? "units" : "log");

// ---------------------------------------------------------------------------------------------------
// Items: rows with their words in the reader's language.

export type Item = {
  key: string;
  year: number;
  value: number;
  /** The label as the data gives it: "Zhangbei (precision not stated)". */
  label: string;
  /** The label without a trailing parenthesis: "Zhangbei". */
  name: string;
  /** "FP16", "INT8"… as named in the English label; null where the source does not say. */
  precision: string | null;
  note?: string;
  confidence: SeriesRow["confidence"];
  sources: string[];
};

const TRAILING_PAREN = /\s*[(（][^()（）]*[)）]\s*$/;
const PRECISION = /\b(FP64|FP32|TF32|FP16|BF16|FP8|INT8|INT4)\b/;

/** Rows with a value, labelled in the reader's language. `convert` turns Simplified into Traditional. */
export function toItems(rows: SeriesRow[], locale: Locale, convert: (s: string) => string = (s) => s): Item[] {
  const zh = isChinese(locale);
  return rows
    .filter((r): r is SeriesRow & { value: number } => r.value !== null)
    .map((r) => {
      const key = r.key || String(r.year);
      const label = zh && r.label_zh ? convert(r.label_zh) : r.label_en || key;
      const note = zh ? (r.note_zh ? convert(r.note_zh) : undefined) : r.note || undefined;
      return {
        key,
        year: r.year,
        value: r.value,
        label,
        name: label.replace(TRAILING_PAREN, "") || label,
        precision: r.label_en?.match(PRECISION)?.[1] ?? null,
        note,
        confidence: r.confidence,
        sources: r.source,
      };
    });
}

// ---------------------------------------------------------------------------------------------------
// Scene

export type Labels = {
  gpuHeading: string;
  gpuAxis: string;
  unitKey: string;
  growth: string;
  notDojo: string;
  computeHeading: string;
  computeAxis: string;
  unstated: string;
  derived: string;
  separate: string;
  partOf: string;
  precision: string;
  top500Heading: string;
  top500Sub: string;
  top500Axis: string;
  exascale: string;
  fp64: string;
  /** "{name}, {year}: {value}", for the machine the reference panel points at. */
  point: string;
  /** "{year}, {name}: {value}", the sentence announced on arrow keys. */
  aria: string;
  /** "{text} ({p})": a sentence with the precision after it. */
  withPrecision: string;
};

export type TextItem = {
  x: number;
  y: number;
  text: string;
  size: number;
  anchor?: "start" | "middle" | "end";
  /** CSS classes: chart-text plus a modifier (chart-muted, chart-note, chart-on-mark, chart-halo…). */
  cls: string;
  weight?: number;
};

export type LineItem = { x1: number; y1: number; x2: number; y2: number; cls: string; dash?: string };
export type Box = { x: number; y: number; w: number; h: number };

/** An inspectable mark: a dot, a bar or a block of unit squares, with its tooltip words. */
export type Mark = {
  panel: PanelKind;
  key: string;
  year: number;
  value: number;
  shape: "circle" | "rect" | "units";
  cls: string;
  focus: boolean;
  confidence: SeriesRow["confidence"];
  sources: string[];
  tipTitle: string;
  tipValue: string;
  tipNote?: string;
  /** The sentence announced on arrow keys. */
  ariaLabel: string;
  cx?: number;
  cy?: number;
  r?: number;
  box?: Box;
  squares?: Box[];
};

export type PanelScene = {
  kind: PanelKind;
  top: number;
  bottom: number;
  texts: TextItem[];
  lines: LineItem[];
  paths: { d: string; cls: string }[];
  marks: Mark[];
  /** Decorative shapes that are not data (the unit key's sample square). */
  swatches: (Box & { cls: string })[];
};

export type ComputeScaleScene = {
  width: number;
  height: number;
  view: View;
  step?: number;
  panels: PanelScene[];
};

export type ComputeScaleData = { clusters: Item[]; compute: Item[]; top500: Item[] };
export type LayoutOptions = { width: number; locale: Locale; step?: number; view?: View };

type Ctx = {
  width: number;
  narrow: boolean;
  locale: Locale;
  step?: number;
  view: View;
  multi: boolean;
  top: number;
  /** The year the AI figures were announced, used to pick the TOP500 year to point at. */
  refYear: number | undefined;
  /** Type sizes for this width. */
  type: Type;
  /** Wide scenes: where the plots start, right of the label column, shared by the two row panels. */
  column: number;
};

/**
 * Type sizes in viewBox units. The wide scene is drawn at 720 but often shown narrower (about 510 px in a
 * pinned scrollytelling column), so its type is set larger than 1:1 would need.
 */
type Type = { heading: number; name: number; small: number; value: number; tick: number };
const TYPE: Record<"wide" | "narrow", Type> = {
  wide: { heading: 18, name: 17, small: 15, value: 16, tick: 14.5 },
  narrow: { heading: 13.5, name: 12.5, small: 11.5, value: 12, tick: 11 },
};

const PANEL_GAP = 30;
/** Where cluster names start, right of the four-digit year. */
const nameColumn = (T: Type, narrow: boolean) => Math.ceil(textWidth("2024", T.name, 600) + (narrow ? 8 : 12));

export function layoutComputeScale(data: ComputeScaleData, opts: LayoutOptions, labels: Labels): ComputeScaleScene {
  const kinds = panelsForStep(opts.step);
  const view = opts.view ?? defaultView(opts.step);
  const refYear = referenceYear(data.compute);
  const narrow = opts.width < 480;
  const type = narrow ? TYPE.narrow : TYPE.wide;
  const column = narrow ? 0 : labelColumn(data, opts.locale, type, opts.width, labels);
  const panels: PanelScene[] = [];
  let top = 2;
  for (const kind of kinds) {
    const ctx: Ctx = { width: opts.width, narrow, locale: opts.locale, step: opts.step, view, multi: kinds.length > 1, top, refYear, type, column };
    const panel =
      kind === "gpus" ? layoutGpus(data.clusters, ctx, labels) : kind === "compute" ? layoutCompute(data.compute, ctx, labels) : layoutTop500(data.top500, ctx, labels);
    panels.push(panel);
    top = panel.bottom + PANEL_GAP;
  }
  // A rule between panels, so that two axes are never read as one.
  for (let i = 1; i < panels.length; i++) {
    const y = panels[i]!.top - PANEL_GAP / 2;
    panels[i]!.lines.unshift({ x1: 0, x2: opts.width, y1: y, y2: y, cls: "chart-axis" });
  }
  return { width: opts.width, height: Math.ceil((panels.at(-1)?.bottom ?? 0) + 4), view, step: opts.step, panels };
}

/** The wide label column: wide enough for the longest cluster or computing-power label, within limits. */
function labelColumn(data: ComputeScaleData, locale: Locale, T: Type, width: number, labels: Labels): number {
  const gpu = data.clusters.map((c) =>
    nameColumn(T, false) + Math.max(textWidth(c.label, T.name, 600), textWidth(formatNumber(c.value, locale) + (NOT_DOJO_KEYS.has(c.key) ? ` · ${labels.notDojo}` : ""), T.small)),
  );
  const compute = data.compute.map((c) => Math.max(textWidth(c.name, T.name, 600), textWidth(computeTag(c.year, c.precision, c.key, labels), T.small)));
  const widest = Math.max(0, ...gpu, ...compute);
  return Math.round(Math.min(width * 0.45, Math.max(width * 0.3, widest + 20)));
}

const computeTag = (year: number, precision: string | null, key: string, labels: Labels) =>
  [String(year), precision ?? labels.unstated, ...(NOT_DOJO_KEYS.has(key) ? [labels.notDojo] : [])].join(" · ");

/** The year of Lingjun's announcement (or the latest AI figure), where the TOP500 panel points. */
export function referenceYear(compute: Item[]): number | undefined {
  const lingjun = compute.find((c) => c.key === LINGJUN.total);
  return lingjun?.year ?? (compute.length ? Math.max(...compute.map((c) => c.year)) : undefined);
}

// ---------------------------------------------------------------------------------------------------
// Text helpers (an estimate of rendered width, good enough to keep labels apart)

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

export function textWidth(s: string, size: number, weight = 400): number {
  // Calibrated on DejaVu Sans, the widest of the likely system fonts, so that estimates err wide.
  let w = 0;
  for (const ch of s) {
    if (CJK.test(ch)) w += 1;
    else if (ch === " ") w += 0.32;
    else if ("+=×<>~".includes(ch)) w += 0.84;
    else if (ch === "·") w += 0.32;
    else if ("il.,:;'’|!()[]".includes(ch)) w += 0.32;
    else if ("mwMW".includes(ch)) w += 0.9;
    else if (/[0-9]/.test(ch)) w += 0.64;
    else if (/[A-Z]/.test(ch)) w += 0.7;
    else w += 0.58;
  }
  return w * size * (weight >= 600 ? 1.13 : 1);
}

/** Greedy line breaking: Latin words stay whole, CJK characters break anywhere. */
export function wrapText(text: string, size: number, maxWidth: number, weight = 400): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const t of tokens) {
    const next = line + t;
    if (line.trim() && textWidth(next.trimEnd(), size, weight) > maxWidth && !/^\s+$/.test(t)) {
      // Keep closing punctuation with the character before it.
      if (/^[,。;:、)」』”!?,.;:)]$/.test(t)) {
        line = next;
        continue;
      }
      lines.push(line.trimEnd());
      line = t.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

import { fill } from "@/lib/fill";

/** The panel's heading (only when several panels share a figure). Returns the y below it. */
function heading(texts: TextItem[], title: string, sub: string | null, ctx: Ctx): number {
  let y = ctx.top;
  if (!ctx.multi) return y;
  const T = ctx.type;
  for (const line of wrapText(title, T.heading, ctx.width * 0.95, 600)) {
    y += T.heading + 3;
    texts.push({ x: 0, y, text: line, size: T.heading, cls: "chart-text", weight: 600 });
  }
  if (sub) {
    for (const line of wrapText(sub, T.small, ctx.width * 0.95)) {
      y += T.small + 4;
      texts.push({ x: 0, y, text: line, size: T.small, cls: "chart-text chart-muted" });
    }
  }
  return y + 12;
}

/** 1-2-5 values (…, 5,000, 10,000, 20,000, 50,000, …) between lo and hi. */
export function ticks125(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)) - 1; e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) out.push(v);
    }
  }
  return out;
}

/** The largest 1-2-5 value at or below x. */
function floor125(x: number): number {
  const e = Math.floor(Math.log10(x));
  for (const m of [5, 2, 1]) if (m * 10 ** e <= x) return m * 10 ** e;
  return 10 ** e;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

// ---------------------------------------------------------------------------------------------------
// Panel 1: GPUs per cluster

/** Where the i-th square of a block sits: rows of `perRow`, with a small gap after every ten. */
export function squarePosition(i: number, perRow: number, pitch: number, groupGap: number): { col: number; row: number; dx: number; dy: number } {
  const row = Math.floor(i / perRow);
  const col = i % perRow;
  return { col, row, dx: col * pitch + Math.floor(col / 10) * groupGap, dy: row * pitch };
}

/** Unit squares for a count: one per GPUS_PER_SQUARE, the remainder as a narrower last square. */
export function unitSquares(count: number, x0: number, y0: number, g: { perRow: number; pitch: number; size: number; groupGap: number }): Box[] {
  const n = count / GPUS_PER_SQUARE;
  const full = Math.floor(n + 1e-9);
  const frac = n - full;
  const squares: Box[] = [];
  for (let i = 0; i < full; i++) {
    const p = squarePosition(i, g.perRow, g.pitch, g.groupGap);
    squares.push({ x: x0 + p.dx, y: y0 + p.dy, w: g.size, h: g.size });
  }
  if (frac > 0.02) {
    const p = squarePosition(full, g.perRow, g.pitch, g.groupGap);
    squares.push({ x: x0 + p.dx, y: y0 + p.dy, w: round1(g.size * frac), h: g.size });
  }
  return squares;
}

function layoutGpus(items: Item[], ctx: Ctx, labels: Labels): PanelScene {
  const { width: W, narrow, locale, type: T } = ctx;
  const texts: TextItem[] = [];
  const lines: LineItem[] = [];
  const marks: Mark[] = [];
  const swatches: PanelScene["swatches"] = [];
  const units = ctx.view === "units";
  let y = heading(texts, labels.gpuHeading, null, ctx);
  if (!items.length) return { kind: "gpus", top: ctx.top, bottom: y, texts, lines, paths: [], marks, swatches };

  // Chronological, and within a year from small to large, so the dots march right as the eye moves down.
  const rows = [...items].sort((a, b) => a.year - b.year || a.value - b.value);
  const nameX = nameColumn(T, narrow);
  const trackX0 = narrow ? nameX : ctx.column;
  const trackX1 = W - (narrow ? 10 : 16);
  // As many tens of squares per row as the track holds (30 on a phone, 30–40 wide).
  const cell = narrow ? { pitch: 9, size: 7, groupGap: 3 } : { pitch: 11, size: 9, groupGap: 3 };
  const tens = Math.max(1, Math.floor((trackX1 - trackX0 + cell.groupGap - (cell.pitch - cell.size)) / (10 * cell.pitch + cell.groupGap)));
  const grid = { ...cell, perRow: 10 * tens };
  // Row geometry: wide rows have the name over the value, left of the plot; narrow rows put name and value
  // on one line and the plot under it.
  const g = narrow
    ? { nameY: 14, valueY: 14, dotY: 28, rowH: 38, unitsTop: 22, unitsPad: 9 }
    : { nameY: 19, valueY: 19 + T.small + 4, dotY: 24, rowH: 48, unitsTop: 9, unitsPad: 14 };

  if (units) {
    // The key: one sample square and what it stands for.
    y += 4;
    swatches.push({ x: trackX0, y, w: grid.size, h: grid.size, cls: "chart-mark" });
    texts.push({ x: trackX0 + grid.size + 6, y: y + grid.size, text: fill(labels.unitKey, { n: formatNumber(GPUS_PER_SQUARE, locale) }), size: T.small, cls: "chart-text" });
    y += T.small + 12;
  } else y += 2;

  const values = rows.map((r) => r.value);
  const lo = floor125(Math.min(...values) / 1.08);
  const hi = Math.max(...values) * 1.1;
  const x = scaleLog().domain([lo, hi]).range([trackX0 + 8, trackX1]);

  const smallest = rows.reduce((a, b) => (b.value < a.value ? b : a));
  const largest = rows.reduce((a, b) => (b.value >= a.value ? b : a));
  // Step 3 points at the two ends of the comparison; elsewhere every cluster is drawn alike.
  const focusKeys = ctx.step === 3 ? new Set([smallest.key, largest.key]) : null;

  const rowsTop = y;
  let prevYear: number | undefined;
  for (const it of rows) {
    const firstOfYear = it.year !== prevYear;
    if (firstOfYear && prevYear !== undefined) lines.push({ x1: 0, x2: W, y1: y, y2: y, cls: "chart-grid" });
    prevYear = it.year;
    const focus = focusKeys ? focusKeys.has(it.key) : true;
    const valueText = formatNumber(it.value, locale);
    if (firstOfYear) texts.push({ x: 0, y: y + g.nameY, text: String(it.year), size: T.name, cls: "chart-text", weight: 600 });
    texts.push({ x: nameX, y: y + g.nameY, text: it.label, size: T.name, cls: "chart-text", weight: focusKeys && focus ? 600 : undefined });
    const dojo = NOT_DOJO_KEYS.has(it.key);
    if (narrow) {
      texts.push({ x: W - 2, y: y + g.valueY, text: valueText, size: T.small, anchor: "end", cls: "chart-text chart-muted" });
      if (dojo) texts.push({ x: nameX + textWidth(it.label, T.name) + 6, y: y + g.nameY, text: `· ${labels.notDojo}`, size: T.small, cls: "chart-text chart-note" });
    } else {
      texts.push({ x: nameX, y: y + g.valueY, text: valueText, size: T.small, cls: "chart-text chart-muted" });
      if (dojo) texts.push({ x: nameX + textWidth(valueText, T.small) + 6, y: y + g.valueY, text: `· ${labels.notDojo}`, size: T.small, cls: "chart-text chart-note" });
    }

    const tipValue = formatFigure(it.value, "gpu", locale);
    const base = {
      panel: "gpus" as const,
      key: it.key,
      year: it.year,
      value: it.value,
      focus,
      confidence: it.confidence,
      sources: it.sources,
      tipTitle: `${it.year} · ${it.label}`,
      tipValue,
      tipNote: it.note,
      ariaLabel: fill(labels.aria, { year: it.year, name: it.label, value: tipValue }),
    };
    let rowH = g.rowH;
    if (units) {
      const top = y + g.unitsTop;
      const squares = unitSquares(it.value, trackX0, top, grid);
      const blockRows = Math.max(1, Math.ceil(it.value / GPUS_PER_SQUARE / grid.perRow - 1e-9));
      const right = Math.max(...squares.map((s) => s.x + s.w));
      const box = { x: trackX0 - 2, y: top - 2, w: right - trackX0 + 4, h: (blockRows - 1) * grid.pitch + grid.size + 4 };
      marks.push({ ...base, shape: "units", cls: focus ? "chart-mark" : "chart-mark-alt", squares, box });
      rowH = Math.max(g.rowH, g.unitsTop + (blockRows - 1) * grid.pitch + grid.size + g.unitsPad);
    } else {
      const cls = focus ? "chart-mark chart-dot" : "chart-mark-alt chart-dot";
      marks.push({ ...base, shape: "circle", cls, cx: x(it.value), cy: y + g.dotY, r: narrow ? 5 : 6.5 });
    }
    y += rowH;
  }
  const rowsBottom = y;

  if (!units) {
    // Vertical gridlines at 1-2-5 values; drop any whose label would touch its neighbour.
    const kept: { pos: number; label: string }[] = [];
    for (const v of ticks125(lo, hi)) {
      const pos = x(v);
      const label = formatTick(v, locale);
      const w = textWidth(label, T.tick);
      const prev = kept.at(-1);
      if (prev && pos - w / 2 < prev.pos + textWidth(prev.label, T.tick) / 2 + 8) continue;
      if (pos + w / 2 > W) continue;
      kept.push({ pos, label });
    }
    for (const t of kept) {
      lines.unshift({ x1: t.pos, x2: t.pos, y1: rowsTop, y2: rowsBottom, cls: "chart-grid" });
      texts.push({ x: t.pos, y: rowsBottom + T.tick + 4, text: t.label, size: T.tick, anchor: "middle", cls: "chart-text chart-muted" });
    }
    y = rowsBottom + T.tick + 4;
    if (narrow) {
      y += T.tick + 5;
      texts.push({ x: W, y, text: labels.gpuAxis, size: T.tick, anchor: "end", cls: "chart-text chart-muted" });
    } else texts.push({ x: 0, y, text: labels.gpuAxis, size: T.tick, cls: "chart-text chart-muted" });

    // The growth from the first cluster to the largest, written beside the largest dot.
    if (ctx.step === undefined || ctx.step === 0) {
      const first = rows[0]!;
      const dot = marks.find((m) => m.key === largest.key)!;
      if (first.key !== largest.key) {
        const text = fill(labels.growth, { ratio: formatFigure(Math.round(largest.value / first.value), "times", locale), year: first.year });
        texts.push({ x: dot.cx! - dot.r! - 7, y: dot.cy! + T.small * 0.35, text, size: T.small, anchor: "end", cls: "chart-text chart-accent-text chart-halo", weight: 600 });
      }
    }
  }
  return { kind: "gpus", top: ctx.top, bottom: y + 4, texts, lines, paths: [], marks, swatches };
}

// ---------------------------------------------------------------------------------------------------
// Panel 2: announced AI computing power

type ComputeRow = { kind: "stack"; total: Item; parts: Item[] } | { kind: "bar"; item: Item; separate: boolean };

/** Lingjun as the sum of its parts, then the other figures from large to small, then other precisions apart. */
export function computeRows(items: Item[]): ComputeRow[] {
  const byKey = new Map(items.map((i) => [i.key, i]));
  const total = byKey.get(LINGJUN.total);
  const parts = LINGJUN.parts.map((k) => byKey.get(k)).filter((p): p is Item => !!p);
  const stacked = !!total && parts.length === LINGJUN.parts.length;
  const used = new Set<string>(stacked ? [LINGJUN.total, ...LINGJUN.parts] : []);
  const rest = items.filter((i) => !used.has(i.key));
  const separate = (i: Item) => SEPARATE_PRECISIONS.has(i.precision ?? "");
  const rows: ComputeRow[] = [];
  if (stacked) rows.push({ kind: "stack", total: total!, parts });
  for (const item of rest.filter((i) => !separate(i)).sort((a, b) => b.value - a.value)) rows.push({ kind: "bar", item, separate: false });
  for (const item of rest.filter(separate).sort((a, b) => b.value - a.value)) rows.push({ kind: "bar", item, separate: true });
  return rows;
}

function layoutCompute(items: Item[], ctx: Ctx, labels: Labels): PanelScene {
  const { width: W, narrow, locale, type: T } = ctx;
  const texts: TextItem[] = [];
  const lines: LineItem[] = [];
  const marks: Mark[] = [];
  let y = heading(texts, labels.computeHeading, null, ctx);
  if (!items.length) return { kind: "compute", top: ctx.top, bottom: y, texts, lines, paths: [], marks, swatches: [] };

  const rows = computeRows(items);
  const barX0 = narrow ? 0 : ctx.column;
  const rowValue = (r: ComputeRow) => (r.kind === "stack" ? r.parts.reduce((sum, p) => sum + p.value, 0) : r.item.value);
  const widest = rows.reduce((a, b) => (rowValue(b) > rowValue(a) ? b : a));
  const widestLabel = formatFigure(rowValue(widest), "eflops", locale);
  // The axis ends where the widest bar's value label still fits; nice() rounds the domain up (39.6 → 40).
  const barX1 = W - 4 - textWidth(widestLabel, T.value) - 8;
  const x = scaleLinear().domain([0, rowValue(widest)]).range([barX0, barX1]).nice();
  const precisionText = (p: string | null) => p ?? labels.unstated;
  // Row geometry: wide rows put name and tag left of the bar; narrow rows put them on one line over it.
  const g = narrow
    ? { nameY: 13, tagY: 13, barY: 19, barH: 13, rowH: 40, stackH: 56 }
    : { nameY: 19, tagY: 19 + T.small + 4, barY: 8, barH: 22, rowH: 50, stackH: 62 };

  const rowsTop = y + 2;
  y = rowsTop;
  let startedSeparate = false;
  for (const row of rows) {
    const item = row.kind === "stack" ? row.total : row.item;
    if (row.kind === "bar" && row.separate && !startedSeparate) {
      startedSeparate = true;
      lines.push({ x1: 0, x2: W, y1: y + 2, y2: y + 2, cls: "chart-grid", dash: "3 3" });
      y += 4;
      for (const line of wrapText(labels.separate, T.small, W * 0.95)) {
        y += T.small + 4;
        texts.push({ x: 0, y, text: line, size: T.small, cls: "chart-text chart-note chart-halo" });
      }
      y += 8;
    }
    const alibaba = ALIBABA_KEYS.has(item.key);
    const precision = row.kind === "stack" ? (row.parts.find((p) => p.precision)?.precision ?? null) : row.item.precision;
    texts.push({ x: 0, y: y + g.nameY, text: item.name, size: T.name, cls: "chart-text", weight: alibaba ? 600 : undefined });
    const tag = computeTag(item.year, precision, item.key, labels);
    if (narrow) texts.push({ x: W, y: y + g.tagY, text: tag, size: T.small, anchor: "end", cls: "chart-text chart-muted" });
    else texts.push({ x: 0, y: y + g.tagY, text: tag, size: T.small, cls: "chart-text chart-muted" });
    const barY = y + g.barY;
    const labelY = barY + g.barH / 2 + T.value * 0.35;
    const cls = alibaba ? "chart-mark" : "chart-mark-alt";
    const precisionNote = fill(labels.precision, { p: precisionText(precision) });
    const value = rowValue(row);
    const valueText = formatFigure(value, "eflops", locale);

    if (row.kind === "stack") {
      // Lingjun: the two centres side by side in one bar, each named under its own segment.
      let acc = 0;
      let labelRight = -Infinity;
      row.parts.forEach((p, i) => {
        const x0 = x(acc);
        acc += p.value;
        const x1 = x(acc);
        const v = formatFigure(p.value, "eflops", locale);
        marks.push({
          panel: "compute",
          key: p.key,
          year: p.year,
          value: p.value,
          shape: "rect",
          cls,
          focus: true,
          confidence: p.confidence,
          sources: p.sources,
          tipTitle: `${p.year} · ${p.name}`,
          tipValue: v,
          tipNote: [fill(labels.partOf, { total: valueText }), precisionNote].join(" "),
          ariaLabel: fill(labels.withPrecision, { text: fill(labels.aria, { year: p.year, name: p.name, value: v }), p: precisionText(p.precision) }),
          box: { x: x0, y: barY, w: Math.max(1, x1 - x0), h: g.barH },
        });
        if (i > 0) lines.push({ x1: x0, x2: x0, y1: barY, y2: barY + g.barH, cls: "chart-gap" });
        const text = `${i > 0 ? "+ " : ""}${p.name} ${formatNumber(p.value, locale)}`;
        const lx = Math.max(x0, labelRight + 8);
        texts.push({ x: lx, y: barY + g.barH + T.small + 3, text, size: T.small, cls: "chart-text chart-muted" });
        labelRight = lx + textWidth(text, T.small);
      });
      texts.push({ x: labelRight + 6, y: barY + g.barH + T.small + 3, text: labels.derived, size: T.small, cls: "chart-text chart-note" });
      texts.push({ x: x(value) + 6, y: labelY, text: valueText, size: T.value, cls: "chart-text", weight: 600 });
      y += g.stackH;
    } else {
      const it = row.item;
      marks.push({
        panel: "compute",
        key: it.key,
        year: it.year,
        value: it.value,
        shape: "rect",
        cls,
        focus: true,
        confidence: it.confidence,
        sources: it.sources,
        tipTitle: `${it.year} · ${it.name}`,
        tipValue: valueText,
        tipNote: [precisionNote, it.note].filter(Boolean).join(" "),
        ariaLabel: fill(labels.withPrecision, { text: fill(labels.aria, { year: it.year, name: it.name, value: valueText }), p: precisionText(it.precision) }),
        box: { x: x(0), y: barY, w: Math.max(1.5, x(it.value) - x(0)), h: g.barH },
      });
      texts.push({ x: x(it.value) + 6, y: labelY, text: valueText, size: T.value, cls: "chart-text", weight: alibaba ? 600 : undefined });
      y += g.rowH;
    }
  }
  const rowsBottom = y;
  const tickValues = x.ticks(narrow ? 4 : 5);
  const lastTick = tickValues.at(-1);
  const tickY = rowsBottom + T.tick + 4;
  for (const t of tickValues) {
    lines.unshift({ x1: x(t), x2: x(t), y1: rowsTop, y2: rowsBottom, cls: t === 0 ? "chart-axis" : "chart-grid" });
    const n = formatNumber(t, locale);
    // The last tick carries the unit: its number stays centred on the tick and the unit runs right,
    // into the room kept free for the widest value label.
    if (t === lastTick) texts.push({ x: x(t) - textWidth(n, T.tick) / 2, y: tickY, text: `${n} ${labels.computeAxis}`, size: T.tick, cls: "chart-text chart-muted" });
    else texts.push({ x: x(t), y: tickY, text: n, size: T.tick, anchor: t === 0 && narrow ? "start" : "middle", cls: "chart-text chart-muted" });
  }
  return { kind: "compute", top: ctx.top, bottom: tickY + 4, texts, lines, paths: [], marks, swatches: [] };
}

// ---------------------------------------------------------------------------------------------------
// Panel 3: the TOP500 leader, FP64, on its own log axis

function layoutTop500(items: Item[], ctx: Ctx, labels: Labels): PanelScene {
  const { width: W, narrow, locale, type: T } = ctx;
  const texts: TextItem[] = [];
  const lines: LineItem[] = [];
  const marks: Mark[] = [];
  const paths: PanelScene["paths"] = [];
  let y = heading(texts, labels.top500Heading, labels.top500Sub, ctx);
  if (!items.length) return { kind: "top500", top: ctx.top, bottom: y, texts, lines, paths, marks, swatches: [] };

  const rows = [...items].sort((a, b) => a.year - b.year);
  const small = T.small;
  texts.push({ x: 0, y: y + 4, text: labels.top500Axis, size: T.tick, cls: "chart-text chart-muted" });
  const plotTop = y + T.tick + 12;
  const plotH = narrow ? 120 : 150;
  const lo = 10 ** Math.floor(Math.log10(Math.min(...rows.map((r) => r.value))));
  const hi = Math.max(...rows.map((r) => r.value)) * 1.6;
  const powers: number[] = [];
  for (let v = lo; v <= hi; v *= 10) powers.push(v);
  const x0 = Math.max(...powers.map((v) => textWidth(formatNumber(v, locale), T.tick))) + 10;
  const last = rows.at(-1)!;
  const x1 = W - Math.max(narrow ? 8 : 12, textWidth(last.name, small) + 12);
  const years = rows.map((r) => r.year);
  const xs = scaleLinear().domain([Math.min(...years), Math.max(...years)]).range([x0 + 4, x1]);
  const ys = scaleLog().domain([lo, hi]).range([plotTop + plotH, plotTop]);
  const exa = 1000; // 1 EFLOPS in PFLOPS: a unit conversion, not a data value.

  for (const v of powers) {
    const yy = ys(v);
    if (v === exa) lines.push({ x1: x0, x2: W, y1: yy, y2: yy, cls: "chart-axis", dash: "4 3" });
    else lines.push({ x1: x0, x2: W, y1: yy, y2: yy, cls: "chart-grid" });
    texts.push({ x: x0 - 6, y: yy + T.tick * 0.35, text: formatNumber(v, locale), size: T.tick, anchor: "end", cls: "chart-text chart-muted" });
  }
  if (exa <= hi) texts.push({ x: x0 + 4, y: ys(exa) + T.small + 3, text: fill(labels.exascale, { exa: formatFigure(1, "eflops", locale) }), size: T.small, cls: "chart-text chart-note chart-halo" });

  paths.push({ d: rows.map((r, i) => `${i ? "L" : "M"}${round1(xs(r.year))},${round1(ys(r.value))}`).join(""), cls: "chart-line-alt" });
  const focusYear = ctx.refYear !== undefined && years.includes(ctx.refYear) ? ctx.refYear : undefined;
  for (const r of rows) {
    const focus = r.year === focusYear;
    const v = formatFigure(r.value, "pflops", locale);
    marks.push({
      panel: "top500",
      key: r.key,
      year: r.year,
      value: r.value,
      shape: "circle",
      cls: focus ? "chart-mark-ink chart-dot" : "chart-mark-alt chart-dot",
      focus,
      confidence: r.confidence,
      sources: r.sources,
      tipTitle: `${r.year} · ${r.label}`,
      tipValue: v,
      tipNote: [labels.fp64, r.note].filter(Boolean).join(" "),
      ariaLabel: fill(labels.withPrecision, { text: fill(labels.aria, { year: r.year, name: r.label, value: v }), p: "FP64" }),
      cx: xs(r.year),
      cy: ys(r.value),
      r: focus ? (narrow ? 5 : 6) : narrow ? 3 : 3.8,
    });
  }
  // Name the reference year's machine and the latest one, beside their dots.
  if (focusYear !== undefined) {
    const r = rows.find((q) => q.year === focusYear)!;
    const text = fill(labels.point, { name: r.name, year: r.year, value: formatFigure(r.value, "pflops", locale) });
    texts.push({ x: xs(r.year) - 8, y: ys(r.value) - 10, text, size: small, anchor: "end", cls: "chart-text chart-halo", weight: 600 });
  }
  if (last.year !== focusYear) texts.push({ x: xs(last.year) + 8, y: ys(last.value) + small * 0.35, text: last.name, size: small, cls: "chart-text chart-muted" });

  const every = narrow ? 4 : 2;
  const first = years[0]!;
  for (let yr = first; yr <= Math.max(...years); yr += every) {
    texts.push({ x: xs(yr), y: plotTop + plotH + T.tick + 9, text: String(yr), size: T.tick, anchor: "middle", cls: "chart-text chart-muted" });
  }
  return { kind: "top500", top: ctx.top, bottom: plotTop + plotH + T.tick + 13, texts, lines, paths, marks, swatches: [] };
}
