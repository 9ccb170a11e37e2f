// The timeline in an embed: theme filters, the year range and the overview brush move the server SVG,
// which the island gets back as its children (it never redraws it). Like the elasticity explorer it
// renders on the reader's first pointer, touch or focus inside it (at once when the query asks for a year:
// the island draws the cursor); until then the runtime gives the SVG its tooltips and keys.
import { TimelineIsland } from "@/components/charts/timeline/TimelineIsland";
import { mountIsland } from "@/components/embed/islands/mount";

mountIsland("timeline", ".chart-timeline-island", TimelineIsland, {
  keepChildren: (el) => !el.hasAttribute("data-timeline-controls") && !el.hasAttribute("data-timeline-live"),
  trigger: ":scope",
});
