// The cold open's geometry for a frame: the clock at the top, then the plot of the night (minutes after
// midnight across, multiples of a normal day's peak up). Pure.
import { scaleLinear, type ScaleLinear } from "d3-scale";
import type { Frame } from "@/lib/charts/frames";
import { measure } from "@/lib/charts/text";
import { WINDOW } from "@/components/charts/midnight/steps";

/** What the chart draws, from the registry and the elasticity model (so the explorable that follows agrees). */
export type MidnightInput = {
  /** Load per minute from WINDOW.from to WINDOW.to (inclusive), × a normal day's peak. */
  load: { minute: number; value: number }[];
  /** The reported midnight surge, × a normal day's peak. */
  surge: number;
  /** The reported margin over the forecast (1 = 100%). */
  headroom: number;
  /** The forecast the model infers, and the capacity it gives with the margin. */
  forecast: number;
  capacity: number;
  /** Seconds from collapse, as reported. */
  seconds: number;
  year: number;
  sources: string[];
};

export type Geometry = {
  frame: Frame;
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The clock's size and baseline, and the date's baseline under it. */
  clockSize: number;
  clockY: number;
  dateY: number;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
};

export function geometry(input: MidnightInput, frame: Frame, zh: boolean): Geometry {
  const T = frame.type;
  const narrow = frame.id === "narrow";
  const slide = frame.id === "slide";
  const clockSize = narrow ? 44 : slide ? 76 : 56;
  const clockY = Math.round(clockSize * 0.9);
  const dateY = clockY + clockSize * 0.22 + T.label * 1.1;
  const width = frame.width;
  const height = narrow ? 430 : slide ? 600 : 460;
  // Room for the widest tick label ("3×" / "3倍") left of the plot.
  const left = Math.round(T.tick * (zh ? 2.6 : 2.2)) + 6;
  // The last hour's label is centred on the plot's right edge: leave it room.
  const right = width - Math.max(narrow ? 8 : 14, measure("00:00", T.tick) / 2 + 2);
  const top = dateY + T.label * 2.6;
  const bottom = height - (T.tick + 12);
  const yMax = Math.max(input.capacity, input.surge) * 1.16;
  return {
    frame,
    width,
    height,
    left,
    right,
    top,
    bottom,
    clockSize,
    clockY,
    dateY,
    x: scaleLinear().domain([WINDOW.from, WINDOW.to]).range([left, right]),
    y: scaleLinear().domain([0, yMax]).range([bottom, top]),
  };
}
