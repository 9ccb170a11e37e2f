// Geometry of the cloud-footprint chart for a frame: one small panel per series (regions, availability
// zones), side by side on a desktop column or a slide and stacked on a phone, each from zero on its own
// count scale and all on one time axis. Pure.
import { scaleLinear, type ScaleLinear } from "d3-scale";
import { extent, max } from "d3-array";
import { isPhone, type Frame } from "@/lib/charts/frames";
import { ticksOf, type Tick } from "@/lib/charts/axes";
import { lineHeight, measure } from "@/lib/charts/text";
import { formatNumber } from "@/lib/data/format";
import type { Locale } from "@/lib/i18n";
import { hasValue, type FootprintInput, type SeriesId } from "@/components/charts/cloud-footprint/input";

export type Panel = {
  id: SeriesId;
  /** Left of the heading and of the tick labels' column. */
  left: number;
  /** The plot: x0 is where the gridlines start, right of the tick labels. */
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Baseline of the heading. */
  headY: number;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  yTicks: Tick[];
  xTicks: Tick[];
};

export type Geometry = {
  frame: Frame;
  narrow: boolean;
  width: number;
  height: number;
  panels: Record<SeriesId, Panel> /** Distance of the article's mark right of the record's. */;
  claimOffset: number;
};

export function geometry(input: FootprintInput, frame: Frame, locale: Locale): Geometry {
  const T = frame.type;
  const narrow = isPhone(frame);
  const width = frame.width;
  const all = [...input.regions, ...input.zones].filter(hasValue);
  const [y0 = 2016, y1 = 2026] = extent(all, (r) => r.year);
  const claimOffset = frame.dot * 2.6;
  // Room inside the plot at either end: a dot and its centred label, and the article's mark beside the last.
  const inset = Math.max(frame.dot + 4, measure(String(y0), T.tick) / 2);
  const panelGap = narrow ? 0 : T.label * 3;
  const panelW = narrow ? width : (width - panelGap) / 2;
  const headY = T.head * 0.85 + 2;
  // Under the heading, room for a value label over a dot at the top of the scale.
  const plotTop = headY + T.head * 0.45 + T.label + frame.dot + 8;
  const plotH = narrow ? 140 : frame.id === "slide" ? 420 : 190;
  const block = plotTop + plotH + T.tick + lineHeight(T.tick) * 0.3 + 8;
  const stackGap = T.label * 1.6;

  const yScale = (id: SeriesId, bottom: number) =>
    scaleLinear()
      .domain([0, max(input[id].filter(hasValue), (r) => r.value) ?? 1])
      .nice(4)
      .range([bottom, bottom - plotH]);
  const fmt = (v: number) => formatNumber(v, locale);
  // One column for the count labels in both panels, so their time axes line up (and keep one scale).
  const column = Math.max(...(["regions", "zones"] as SeriesId[]).flatMap((id) => ticksOf(yScale(id, plotH), 4, fmt).map((t) => measure(t.label, T.tick)))) + 8;

  const panel = (id: SeriesId, i: number): Panel => {
    const left = narrow ? 2 : i * (panelW + panelGap) + 2;
    const top = (narrow ? i * (block + stackGap) : 0) + plotTop;
    const bottom = top + plotH;
    const y = yScale(id, bottom);
    const x0 = left + column;
    const x1 = narrow ? width - 4 : left + panelW - 4;
    const x = scaleLinear()
      .domain([y0, y1])
      .range([x0 + inset, x1 - Math.max(inset, claimOffset + frame.dot + 2)]);
    const xTicks: Tick[] = [];
    for (let yr = y0; yr <= y1; yr += 2) xTicks.push({ value: yr, pos: x(yr), label: String(yr) });
    return { id, left, x0, x1, top, bottom, headY: top - plotTop + headY, x, y, yTicks: ticksOf(y, 4, fmt), xTicks };
  };
  const panels = { regions: panel("regions", 0), zones: panel("zones", 1) };
  const height = Math.ceil((narrow ? panels.zones.bottom : Math.max(panels.regions.bottom, panels.zones.bottom)) + T.tick + lineHeight(T.tick) * 0.3 + 6);
  return { frame, narrow, width, height, panels, claimOffset };
}

/** Baseline of a panel's year labels. */
export const yearLabelY = (g: Geometry, p: Panel) => p.bottom + g.frame.type.tick + 4;
