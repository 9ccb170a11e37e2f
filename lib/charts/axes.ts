// Axes and gridlines for every chart: ticks from a d3 scale, drawn as keyed marks. A tick is keyed by its
// value, so when a state rescales the axis (linear ↔ log, a new maximum) the tick that stays moves to its
// new place and the others fade in and out.
import type { ScaleContinuousNumeric } from "d3-scale";
import { line, text, type Mark } from "@/lib/charts/scene";
import { measure } from "@/lib/charts/text";

export type Tick = { value: number; pos: number; label: string };

/** Ticks of a linear scale (d3's nice steps), or of a log scale at every power of ten in its domain. */
export function ticksOf(scale: ScaleContinuousNumeric<number, number>, count: number, format: (v: number) => string, log = false): Tick[] {
  const values = log ? decades(scale.domain() as [number, number]) : scale.ticks(count);
  return values.map((value) => ({ value, pos: scale(value), label: format(value) }));
}

/** Powers of ten from the domain's floor to its ceiling. */
export function decades([a, b]: [number, number]): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(a)); 10 ** e <= b * 1.0001; e++) out.push(10 ** e);
  return out;
}

/** A domain [floor, ceiling] at whole powers of ten around the values, for a log scale. */
export function decadeDomain(values: number[], fallback: [number, number] = [1, 10]): [number, number] {
  const positive = values.filter((v) => v > 0);
  if (!positive.length) return fallback;
  return [10 ** Math.floor(Math.log10(Math.min(...positive))), 10 ** Math.ceil(Math.log10(Math.max(...positive)))];
}

export type YAxisOptions = {
  /** Key prefix, unique in the scene ("y-sales"). */
  key: string;
  /** Gridlines run from x0 to x1; labels end at labelX (right-aligned). */
  x0: number;
  x1: number;
  labelX: number;
  size: number;
  /** Leave the gridline at this value out (the baseline is drawn as an axis). */
  skipGridAt?: number;
};

/** Horizontal gridlines with their labels at the left. */
export function yAxis(ticks: Tick[], o: YAxisOptions): Mark[] {
  const marks: Mark[] = [];
  for (const t of ticks) {
    if (o.skipGridAt === undefined || t.value !== o.skipGridAt) marks.push(line(`${o.key}-grid-${t.value}`, o.x0, t.pos, o.x1, t.pos, "chart-grid"));
    marks.push(text(`${o.key}-label-${t.value}`, o.labelX, t.pos, t.label, o.size, { anchor: "end", baseline: "middle", className: "chart-text chart-muted" }));
  }
  return marks;
}

export type XAxisOptions = {
  key: string;
  /** Baseline of the labels. */
  y: number;
  size: number;
  /** Smallest gap between two labels; ticks are thinned (keeping the first and last) until they fit. */
  gap?: number;
  /** Ticks that must stay (a break year). */
  keep?: (t: Tick) => boolean;
};

/** Labels under an axis, thinned so no two overlap. */
export function xAxis(ticks: Tick[], o: XAxisOptions): Mark[] {
  const kept = thinTicks(ticks, o.size, o.gap ?? o.size * 0.6, o.keep);
  return kept.map((t) => text(`${o.key}-${t.value}`, t.pos, o.y, t.label, o.size, { anchor: "middle", className: "chart-text chart-muted" }));
}

/**
 * Keeps every n-th tick (n = 1, 2, 3…) so that centred labels keep at least `gap` between them, always
 * keeping ticks that `keep` names and dropping a regular tick that would crowd one of those.
 */
export function thinTicks(ticks: Tick[], size: number, gap: number, keep: (t: Tick) => boolean = () => false): Tick[] {
  const half = (t: Tick) => measure(t.label, size) / 2;
  const clear = (a: Tick, b: Tick) => Math.abs(b.pos - a.pos) - half(a) - half(b) >= gap;
  for (let every = 1; every <= ticks.length; every++) {
    const must = ticks.filter(keep);
    const regular = ticks.filter((t, i) => i % every === 0 && !keep(t)).filter((t) => must.every((m) => clear(m, t)));
    const out = [...must, ...regular].sort((a, b) => a.pos - b.pos);
    if (out.every((t, i) => i === 0 || clear(out[i - 1]!, t))) return out;
  }
  return ticks.slice(0, 1);
}
