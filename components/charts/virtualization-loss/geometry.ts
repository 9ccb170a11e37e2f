// Where the chart's parts sit in each frame: the example server at full size beside (wide, slide) or above
// (narrow) its words, the small server and the fleet side by side, and the type sizes. Plain numbers,
// d3-free, so the fleet calculator lays out with it in the browser. The slide is the wide frame drawn
// larger (by its type scale), never the wide drawing scaled up. Pure.
import { isPhone, type Frame, type TypeScale } from "@/lib/charts/frames";
import { lineHeight } from "@/lib/charts/text";
import type { Rect } from "@/components/charts/virtualization-loss/model";

export type Geometry = {
  frame: Frame;
  narrow: boolean;
  width: number;
  T: TypeScale;
  /** Drawn sizes against the wide frame: 1 there, larger on a slide. */
  k: number;
  /** The big figures (37.5%, 37,500). */
  big: number;
  /** The server drawn large (steps 0 and 1), from the top of the plot. */
  server: Rect;
  /** Where the words of the server steps go: beside the server (wide) or under it (narrow). */
  column: { x: number; width: number };
  /** The fleet step: the smaller server, the waffle's left edge and side; the result goes under both. */
  fleet: { server: { width: number; height: number }; waffleX: number; side: number };
  /** The X-Dragon card's body. */
  card: { width: number; height: number };
};

export const lead = lineHeight;

export function geometry(frame: Frame): Geometry {
  const T = frame.type;
  const top = T.head + 12;
  if (isPhone(frame)) {
    // Drawn for the 360-unit phone column; the deck's narrower pocket frame scales the widths down.
    const r = (n: number) => Math.round((n * frame.width) / 360);
    return {
      frame,
      narrow: true,
      width: frame.width,
      T,
      k: 0.8,
      big: 40,
      server: { x: 0, y: top, width: frame.width, height: 150 },
      column: { x: 0, width: frame.width },
      fleet: { server: { width: r(164), height: 104 }, waffleX: r(204), side: r(150) },
      card: { width: r(150), height: 72 },
    };
  }
  // The wide frame's drawing at the frame's own type scale (1 in a desktop column, about 1.6 on a slide).
  const k = Math.min(frame.width / 720, frame.type.label / 14);
  const s = (n: number) => Math.round(n * k);
  return {
    frame,
    narrow: false,
    width: frame.width,
    T,
    k,
    big: s(56),
    server: { x: 0, y: top, width: s(392), height: s(196) },
    column: { x: s(432), width: frame.width - s(432) },
    fleet: { server: { width: s(330), height: s(186) }, waffleX: frame.width - s(240), side: s(240) },
    card: { width: s(196), height: s(92) },
  };
}
