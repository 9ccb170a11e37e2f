// The cold open's drawing as plain geometry: midnight, 11 November 2010, Alipay's load climbing toward its
// capacity and stopping short of it. Pure (no React, no registry), so it is unit-tested on its own.
//
// Units are the elasticity explorer's: multiples of a normal day's peak. The registry gives the surge (×),
// the headroom (%) and the margin (s); the capacity sits where the headroom only just covers the surge, as
// in the explorer (`forecast2010`). The shape of the curve is drawn, not measured: after midnight the load
// approaches capacity as an exponential with a time constant equal to the margin, so the tangent at any
// point (the load "keeping on as it was going") meets the capacity line exactly `margin` seconds later.
// The line stops at `3 × margin` seconds after midnight, and the dotted tangent shows the seconds left.
import { measure, wrap } from "@/lib/charts/text";

export type ColdOpenNumbers = {
  /** Load at midnight, × a normal day's peak (reported). */
  surge: number;
  /** Headroom planned above the expected load, as a fraction (1 = 100 %). */
  headroom: number;
  /** Seconds from collapse (reported). */
  margin: number;
  /** Load just before midnight on an ordinary night, × a normal day's peak (the explorer's model). */
  before: number;
};

export type ColdOpenLabels = {
  capacity: string;
  plan: string;
  normal: string;
  load: string;
  stop: string;
  midnight: string;
};

export type ColdOpenSize = { width: number; height: number; compact: boolean };

export type Point = { x: number; y: number };
export type TextLabel = { x: number; y: number; lines: string[]; anchor: "start" | "end" | "middle"; size: number };

export type ColdOpenGeometry = {
  width: number;
  height: number;
  /** Plot area. */
  plot: { x0: number; x1: number; y0: number; y1: number };
  levels: { capacity: number; plan: number; normal: number };
  /** The load, before midnight (flat) and after (the climb), as SVG paths. */
  before: string;
  climb: string;
  /** Where the line stops, and where it would have met capacity `margin` seconds later. */
  stop: Point;
  contact: Point;
  midnightX: number;
  /** The bracket over the seconds left, above the capacity line. */
  bracket: { x0: number; x1: number; y: number };
  labels: { capacity: TextLabel; plan: TextLabel | null; normal: TextLabel | null; load: TextLabel | null; stop: TextLabel; midnight: TextLabel };
  /** Seconds after midnight at which the line stops. */
  stopSeconds: number;
};

/** The load at `t` seconds after midnight (before midnight: `before`). */
export function loadAt(t: number, n: ColdOpenNumbers): number {
  const capacity = capacityOf(n);
  if (t < 0) return n.before;
  return capacity - (capacity - n.before) * Math.exp(-t / n.margin);
}

/** The capacity line: the plan plus its headroom, where the headroom only just covers the surge. */
export const capacityOf = (n: ColdOpenNumbers) => n.surge;
export const planOf = (n: ColdOpenNumbers) => n.surge / (1 + n.headroom);

const fmt = (v: number) => Math.round(v * 10) / 10;

export function coldOpenLayout(n: ColdOpenNumbers, labels: ColdOpenLabels, size: ColdOpenSize): ColdOpenGeometry {
  if (!(n.margin > 0) || !(n.surge > n.before) || !(n.headroom >= 0)) throw new Error("cold open: the numbers cannot be drawn");
  const { width, height, compact } = size;
  const fs = compact ? 12 : width > 480 ? 14 : 13;
  const lh = Math.round(fs * 1.25);
  const stopSeconds = 3 * n.margin;
  const t0 = -2 * n.margin;
  const t1 = stopSeconds + n.margin * 1.5;
  const capacity = capacityOf(n);
  const plan = planOf(n);
  // Two rows of labels above the capacity line (the danger zone): the seconds left on the upper row, the
  // capacity on the lower; below the plot, the midnight tick.
  const plot = { x0: 8, x1: width - 8, y0: compact ? 4 : 8, y1: height - lh - 8 };
  const x = (t: number) => plot.x0 + ((t - t0) / (t1 - t0)) * (plot.x1 - plot.x0);
  // The capacity label runs from the left edge to where the climb stops, wrapped upward if it must: the
  // capacity line sits low enough for all its lines under the seconds' row.
  const capLines = wrap(labels.capacity, x(stopSeconds) - 8 - plot.x0, fs, 600);
  const cap = plot.y0 + (1 + capLines.length) * lh + 12;
  const y = (v: number) => plot.y1 - (v / capacity) * (plot.y1 - cap);

  const samples = 48;
  const climbPoints = Array.from({ length: samples + 1 }, (_, i) => (i / samples) * stopSeconds).map((t) => ({ x: x(t), y: y(loadAt(t, n)) }));
  const path = (pts: Point[]) => pts.map((p, i) => `${i ? "L" : "M"}${fmt(p.x)} ${fmt(p.y)}`).join("");
  const before = path([
    { x: x(t0), y: y(n.before) },
    { x: x(0), y: y(n.before) },
  ]);
  const climb = path([{ x: x(0), y: y(n.before) }, ...climbPoints]);
  const stop = climbPoints.at(-1)!;
  const contact = { x: x(stopSeconds + n.margin), y: cap };
  const midnightX = x(0);

  const bracketY = cap - 6;
  // Upper row: the seconds left, right-aligned at the contact point.
  const stopLabel: TextLabel = { x: Math.min(contact.x + 4, width - 2), y: cap - 10 - capLines.length * lh, lines: [labels.stop], anchor: "end", size: fs };
  // Lower row(s): the capacity.
  const capacityLabel: TextLabel = { x: plot.x0, y: cap - 6 - (capLines.length - 1) * lh, lines: capLines, anchor: "start", size: fs };
  // Plan and normal peak: right-aligned at the end of their lines, under the climbing load.
  const under = (v: number, text: string): TextLabel | null => {
    const room = plot.x1 - x(n.margin * 1.2);
    const lines = wrap(text, room, fs);
    if (lines.length > 2) return null;
    return { x: plot.x1, y: y(v) - 5 - (lines.length - 1) * lh, lines, anchor: "end", size: fs };
  };
  const loadLabel: TextLabel | null = compact
    ? null
    : { x: plot.x0, y: y(n.before) - 6, lines: wrap(labels.load, midnightX - plot.x0 - 4, fs), anchor: "start", size: fs };
  return {
    width,
    height,
    plot,
    levels: { capacity: cap, plan: y(plan), normal: y(1) },
    before,
    climb,
    stop,
    contact,
    midnightX,
    bracket: { x0: stop.x, x1: contact.x, y: bracketY },
    labels: {
      capacity: capacityLabel,
      plan: compact ? null : under(plan, labels.plan),
      normal: compact ? null : under(1, labels.normal),
      load: loadLabel,
      stop: stopLabel,
      midnight: { x: midnightX, y: height - 6, lines: [labels.midnight], anchor: "middle", size: fs },
    },
    stopSeconds,
  };
}

/** The box a label takes (for tests and collision checks). */
export function labelBox(l: TextLabel, weight = 400) {
  const w = Math.max(...l.lines.map((s) => measure(s, l.size, weight)));
  const lh = Math.round(l.size * 1.25);
  const x0 = l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - w : l.x - w / 2;
  return { x0, x1: x0 + w, y0: l.y - l.size * 0.8, y1: l.y + (l.lines.length - 1) * lh + l.size * 0.2 };
}
