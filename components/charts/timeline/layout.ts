// The timeline for a frame and a view (the years shown, the themes hidden, the year the cursor marks):
// lanes on a time axis in the wide and slide frames, a list in the narrow one. The one layout: the server
// draws the default view with it (spec.ts), and the island runs it again in the browser for the reader's
// view and moves the same elements to the new places (components/charts/shared/live.ts patchPlot). Every
// mark is in every view, drawn off where the view does not show it, so a change of view only moves and
// fades elements. Pure and d3-free.
import { isPhone, type Frame } from "@/lib/charts/frames";
import type { Mark, Scene } from "@/lib/charts/scene";
import { sameRange } from "@/components/charts/timeline/model";
import { laneGeometry } from "@/components/charts/timeline/geometry";
import { lanes } from "@/components/charts/timeline/lanes";
import { axis, cursorBand } from "@/components/charts/timeline/axis";
import { list } from "@/components/charts/timeline/list";
import { defaultView, type TimelineInput, type TimelineView } from "@/components/charts/timeline/input";

/** The scene for a view, and its cursor's band for any year on the same layout (a year pointed at moves only
 * the band: the island redraws that one mark). */
export type TimelineLayout = { scene: Scene; cursor: (year: number | null) => Mark };

export function layoutTimelineParts(input: TimelineInput, frame: Frame, view: TimelineView = defaultView(input)): TimelineLayout {
  const head = { title: input.title, desc: input.desc };
  if (isPhone(frame)) {
    const l = list(input, frame, view);
    return { scene: { ...head, width: frame.width, height: l.height, marks: l.marks, attrs: { "data-timeline": "list" } }, cursor: l.cursor };
  }
  const g = laneGeometry(input, frame, view.range);
  const whole = sameRange(view.range, input.domain) ? g : laneGeometry(input, frame, input.domain);
  const L = lanes(input, g, whole, view);
  const bottom = L.bottom;
  const cursor = (year: number | null) => cursorBand(input, g, { ...view, cursor: year }, g.top, bottom);
  return {
    scene: {
      ...head,
      width: frame.width,
      height: Math.ceil(bottom + g.size.tick * 1.75 + 2),
      marks: [cursor(view.cursor), ...axis(input, g, view, g.top, bottom), ...L.headings, ...L.events],
      attrs: { "data-timeline": "lanes" },
    },
    cursor,
  };
}

export const layoutTimeline = (input: TimelineInput, frame: Frame, view: TimelineView = defaultView(input)): Scene =>
  layoutTimelineParts(input, frame, view).scene;
