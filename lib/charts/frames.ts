// The frames a chart lays out for, and the type sizes that keep it readable in each. A chart never scales
// one drawing to every size: it lays out again for the frame it gets, with these sizes in viewBox units.
//
// - narrow: a phone column. Drawn about 1:1 (a 390 px phone gives it ~358 px), so 11.5 units ≈ 11.5 px.
// - wide: a desktop column (720 units, shown from a 600 px container up: 13.5 units ≥ 11 px there).
// - pocket: a deck read on a phone (the deck's phone view), where the text around it is at least 14 px: a
//   column 300 units wide drawn across the card (~355 px of a 390 px phone), so 12 units ≈ 14 px. It lays
//   out as a phone frame (isPhone) with a little less room than narrow and larger type.
// - slide: a projected slide, as wide as the stage leaves it (1200 × 600 units, drawn about 1,200 px wide
//   at 1920×1080: 22 units ≈ 22 px, and 15 px at 1280×720; on a handout at half an A4 page, 22 units
//   ≈ 7.6 pt).
// Pure and d3-free.

export type FrameId = "narrow" | "wide" | "slide" | "pocket";

export type TypeScale = {
  /** Axis tick labels. */
  tick: number;
  /** Data labels and annotations. */
  label: number;
  /** Panel headings. */
  head: number;
  /** Notes and secondary annotations: the smallest text a frame allows. */
  note: number;
};

export type Frame = {
  id: FrameId;
  width: number;
  /** The height a chart should aim for; a chart may be shorter, never much taller. */
  height: number;
  type: TypeScale;
  /** Radius of a data dot, and the minimum size of a touch or pointer target around a mark. */
  dot: number;
  target: number;
  /** Room for at most this many characters of tick label on the x axis before it thins ticks. */
  compact: boolean;
};

export const FRAMES: Record<FrameId, Frame> = {
  narrow: { id: "narrow", width: 360, height: 480, type: { tick: 11.5, label: 12, head: 13, note: 11.5 }, dot: 4, target: 24, compact: true },
  wide: { id: "wide", width: 720, height: 560, type: { tick: 13.5, label: 14, head: 15.5, note: 13.5 }, dot: 5, target: 24, compact: false },
  pocket: { id: "pocket", width: 300, height: 560, type: { tick: 12, label: 12.5, head: 13.5, note: 12 }, dot: 4, target: 24, compact: true },
  slide: { id: "slide", width: 1200, height: 600, type: { tick: 22, label: 23, head: 25, note: 22 }, dot: 8, target: 32, compact: false },
};

/** A frame for a phone column (narrow, or pocket in a deck's phone view): charts stack and thin alike in both. */
export const isPhone = (frame: Frame) => frame.id === "narrow" || frame.id === "pocket";

/** The smallest text a frame allows (tests hold every chart to it). */
export const minText = (frame: Frame) => Math.min(frame.type.tick, frame.type.label, frame.type.head, frame.type.note);

/** Container width (CSS px) from which the wide frame replaces the narrow one. Mirrored in app/chart.css. */
export const WIDE_FROM_PX = 600;

/** Frames a placement renders: a page column shows narrow or wide by container width; a slide shows its own. */
export const PAGE_FRAMES: FrameId[] = ["wide", "narrow"];
