// The timeline in an embed: theme filters, the year range and the brush strip lay the chart out again in
// the browser (the same layout the server ran) and move the server's SVG elements, which the island gets
// back as its children. Like the elasticity explorer it renders on the reader's first pointer, touch or
// focus inside it (at once when the query asks for a year: the island draws the cursor); until then the
// runtime gives the SVG its tooltips and keys.
import { TimelineIsland } from "@/components/charts/timeline/TimelineIsland";
import { mountIsland } from "@/components/embed/islands/mount";

mountIsland("timeline", ".chart-timeline-island", TimelineIsland, {
  keepChildren: (el) => !el.hasAttribute("data-timeline-controls") && !el.hasAttribute("data-timeline-live"),
  trigger: ":scope",
});
