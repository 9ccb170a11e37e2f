// Geometry of the elasticity chart for a frame: two panels on one y scale (the whole night, and midnight
// minute by minute), side by side on a desktop column or a slide and stacked on a phone; their scales,
// ticks, and the minutes each draws a point at. Every state of a frame has the same geometry and the same
// points (only the values move), so a change of state or of the explorer's controls animates the paths.
// Pure and d3-free: the explorer lays the chart out again in the browser.
import type { Frame } from "@/lib/charts/frames";
import type { Tick } from "@/lib/charts/axes";
import { lineHeight, measure } from "@/lib/charts/text";
import type { Locale } from "@/lib/i18n";
import { ASSUMPTIONS, DAY, MIDNIGHT } from "@/components/charts/elasticity/model";
import { clockAt, formatTimes, hhmm } from "@/components/charts/elasticity/text";

export type PanelId = "day" | "zoom";

/** The enlarged panel: from ten minutes before midnight to seventy after. */
export const ZOOM = { from: MIDNIGHT - 10, to: MIDNIGHT + 70 } as const;

/** Minutes [start, end) averaged into one point of a path. */
export type Bucket = { start: number; end: number; x: number };

export type Panel = {
  id: PanelId;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Minutes shown, [from, to). */
  from: number;
  to: number;
  x: (minute: number) => number;
  y: (value: number) => number;
  buckets: Bucket[];
  /** Baseline of the panel's heading. */
  headY: number;
  yTicks: Tick[];
  /** Side by side, the enlarged panel reads its values off the left panel's labels. */
  yLabels: boolean;
  xTicks: Tick[];
  /** Baseline of the time labels under the panel (the dates go a line lower). */
  xLabelY: number;
};

export type Geometry = {
  frame: Frame;
  width: number;
  height: number;
  stacked: boolean;
  /** Top of the y scale (× a normal peak): the same for every state. */
  yMax: number;
  panels: Record<PanelId, Panel>;
};

/** Top of the y scale: the elastic cap or the surge, whichever is higher, plus room above it. */
export const yMaxFor = (surge: number) => Math.ceil(Math.max(ASSUMPTIONS.elasticCap, surge)) * 1.1;

/**
 * Where the night is sampled: every quarter of an hour, every two or three minutes around midnight and every minute across the jump
 * itself, so the spike keeps its height and a lag of minutes shows. The enlarged panel samples every minute.
 */
function buckets(from: number, to: number, x: (m: number) => number, stops: [number, number][]): Bucket[] {
  const out: Bucket[] = [];
  let m = from;
  for (const [until, size] of stops) {
    for (; m < Math.min(until, to); m += size) out.push({ start: m, end: Math.min(m + size, to), x: x(m + Math.min(size, to - m) / 2) });
  }
  return out;
}
const DAY_STOPS: [number, number][] = [
  [MIDNIGHT - 15, 15],
  [MIDNIGHT - 3, 3],
  [MIDNIGHT + 6, 1],
  [MIDNIGHT + 30, 2],
  [DAY, 15],
];

export function geometry(frame: Frame, locale: Locale, surge: number): Geometry {
  const T = frame.type;
  const stacked = frame.compact;
  const width = frame.width;
  const yMax = yMaxFor(surge);
  const tickValues = Array.from({ length: Math.floor(yMax) + 1 }, (_, v) => v);
  const tickLabel = (v: number) => (v === 0 ? "0" : formatTimes(v, locale));
  const left = Math.ceil(Math.max(...tickValues.map((v) => measure(tickLabel(v), T.tick)))) + 8;
  // Time labels are centred on their tick: the last one needs half its width of margin.
  const right = width - Math.ceil(measure("18:00", T.tick) / 2) - 2;
  const headRoom = Math.round(T.head * 1.25 + 8);
  const dateRow = lineHeight(T.tick);
  const axisH = T.tick + 7;

  let height: number;
  let day: Omit<Panel, "x" | "y" | "buckets" | "yTicks" | "xTicks" | "id" | "from" | "to" | "yLabels">;
  let zoom: typeof day;
  if (stacked) {
    const ph = Math.round(frame.width * 0.44);
    const y0 = headRoom;
    day = { x0: left, x1: right, y0, y1: y0 + ph, headY: T.head, xLabelY: y0 + ph + axisH };
    const zoomHead = day.xLabelY + dateRow + 14 + T.head;
    zoom = { x0: left, x1: right, y0: zoomHead + headRoom - T.head, y1: zoomHead + headRoom - T.head + ph, headY: zoomHead, xLabelY: 0 };
    zoom.xLabelY = zoom.y1 + axisH;
    height = Math.ceil(zoom.xLabelY + 4);
  } else {
    height = frame.id === "slide" ? frame.height : Math.round(width * 0.52);
    const y0 = headRoom;
    const y1 = height - axisH - dateRow - 4;
    const gap = Math.round(Math.max(28, T.tick * 2.4));
    const split = left + Math.round((right - left - gap) * 0.6);
    day = { x0: left, x1: split, y0, y1, headY: T.head, xLabelY: y1 + axisH };
    zoom = { x0: split + gap, x1: right, y0, y1, headY: T.head, xLabelY: y1 + axisH };
  }

  const panel = (id: PanelId, box: typeof day, from: number, to: number): Panel => {
    const x = (m: number) => box.x0 + ((m - from) / (to - from)) * (box.x1 - box.x0);
    const y = (v: number) => box.y1 - (Math.min(Math.max(v, 0), yMax) / yMax) * (box.y1 - box.y0);
    const clock = (m: number): Tick => ({ value: m, pos: x(m), label: hhmm(clockAt(m)) });
    const xTicks =
      id === "day" ? [0, 6, 12, 18, 24].map((h) => clock(h * 60)) : Array.from({ length: (to - MIDNIGHT) / 10 }, (_, k) => clock(MIDNIGHT + 10 * k));
    return {
      id,
      ...box,
      from,
      to,
      x,
      y,
      buckets: id === "day" ? buckets(from, to, x, DAY_STOPS) : buckets(from, to, x, [[to, 1]]),
      yTicks: tickValues.map((v) => ({ value: v, pos: y(v), label: tickLabel(v) })),
      yLabels: id === "day" || stacked,
      xTicks,
    };
  };
  return { frame, width, height, stacked, yMax, panels: { day: panel("day", day, 0, DAY), zoom: panel("zoom", zoom, ZOOM.from, ZOOM.to) } };
}
