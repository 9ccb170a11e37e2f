// Geometry of the lanes (the wide and slide frames): the left column of lane labels, the column for events
// before the domain (left of a break in the axis), the time axis for the view's range, and the sizes of
// rows and marks, all from the frame's type sizes. The column widths never depend on the range, so the
// axis keeps its place while the reader brushes and the brush strip stays aligned under it. Pure.
import type { Frame } from "@/lib/charts/frames";
import { measure } from "@/lib/charts/text";
import { pixelsPerYear, timePoint, yearScale, type YearRange } from "@/components/charts/timeline/model";
import { THEMES, type TimelineInput } from "@/components/charts/timeline/input";

export type LaneGeometry = {
  frame: Frame;
  width: number;
  /** Lane headings: a glyph at glyphX, the name from labelX. */
  glyphX: number;
  labelX: number;
  /** The column of events before the domain, and the break in the axis after it. */
  early: { x0: number; x1: number; x: number; breakX: number; label: string } | null;
  /** The time axis of the view's range. */
  x0: number;
  x1: number;
  x: (at: number) => number;
  ppy: number;
  /** Glyph radius, row height, padding above and below a lane's rows, the top of the first lane. */
  r: number;
  rowH: number;
  lanePad: number;
  top: number;
  /** Where direct labels may reach. */
  right: number;
  size: { lane: number; label: number; tick: number };
};

/** Quarter gridlines once a year is this many tick-label sizes wide. */
export const QUARTERS_FROM = 6;

export function laneGeometry(input: Pick<TimelineInput, "lanes" | "events" | "domain">, frame: Frame, range: YearRange): LaneGeometry {
  const T = frame.type;
  const size = { lane: T.label, label: T.note, tick: T.tick };
  const r = frame.dot + 0.5;
  const glyphX = r + 1;
  const labelX = glyphX + r + size.lane * 0.45;
  const laneW = Math.max(...THEMES.map((t) => measure(input.lanes[t], size.lane, 600)));
  const laneRight = labelX + laneW + size.lane * 0.8;
  const earlyYears = [
    ...new Set(
      input.events
        .map((e) => timePoint(e.date))
        .filter((p) => p.at < input.domain.from)
        .map((p) => p.year),
    ),
  ].sort();
  let early: LaneGeometry["early"] = null;
  let x0 = laneRight + r;
  if (earlyYears.length) {
    const label = earlyYears.join(", ");
    const w = Math.max(measure(label, size.tick) + size.tick * 0.6, r * 5);
    const breakGap = size.tick * 1.2;
    early = { x0: laneRight, x1: laneRight + w, x: laneRight + w / 2, breakX: laneRight + w + breakGap / 2, label };
    x0 = early.x1 + breakGap;
  }
  const width = frame.width;
  const x1 = width - Math.max(r + 2, measure(String(input.domain.to), size.tick) * 0.25);
  // Rows as tight as legible labels allow on a slide, whose stage is short for its large type.
  const rowH = Math.round(frame.id === "slide" ? Math.max(size.label * 1.2, r * 2.6) : Math.max(size.label * 1.45, r * 3.2));
  return {
    frame,
    width,
    glyphX,
    labelX,
    early,
    x0,
    x1,
    x: yearScale(range, x0, x1),
    ppy: pixelsPerYear(range, x0, x1),
    r,
    rowH,
    lanePad: Math.round(rowH * 0.3),
    top: 2,
    right: width - 2,
    size,
  };
}
