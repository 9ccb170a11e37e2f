// The timeline for a frame and a view (the years shown, the themes hidden, the year the cursor marks):
// lanes on a time axis in the wide and slide frames, a list in the narrow one. The one layout: the server
// draws the default view with it (spec.ts), and the island runs it again in the browser for the reader's
// view and moves the same elements to the new places (components/charts/shared/live.ts patchPlot). Every
// mark is in every view, drawn off where the view does not show it, so a change of view only moves and
// fades elements. Pure and d3-free.
import { isPhone, type Frame } from "@/lib/charts/frames";
import type { Scene } from "@/lib/charts/scene";
import { sameRange } from "@/components/charts/timeline/model";
import { laneGeometry } from "@/components/charts/timeline/geometry";
import { lanes } from "@/components/charts/timeline/lanes";
import { axis, cursorBand } from "@/components/charts/timeline/axis";
import { list } from "@/components/charts/timeline/list";
import { defaultView, type TimelineInput, type TimelineView } from "@/components/charts/timeline/input";

export function layoutTimeline(input: TimelineInput, frame: Frame, view: TimelineView = defaultView(input)): Scene {
  const head = { title: input.title, desc: input.desc };
  if (isPhone(frame)) {
    const l = list(input, frame, view);
    return { ...head, width: frame.width, height: l.height, marks: l.marks, attrs: { "data-timeline": "list" } };
  }
  const g = laneGeometry(input, frame, view.range);
  const whole = sameRange(view.range, input.domain) ? g : laneGeometry(input, frame, input.domain);
  const L = lanes(input, g, whole, view);
  const bottom = L.bottom;
  return {
    ...head,
    width: frame.width,
    height: Math.ceil(bottom + g.size.tick * 1.75 + 2),
    marks: [cursorBand(input, g, view, g.top, bottom), ...axis(input, g, view, g.top, bottom), ...L.headings, ...L.events],
    attrs: { "data-timeline": "lanes" },
  };
}
