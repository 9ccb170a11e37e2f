// The timeline's island: theme filters, the year range and the brush strip lay the chart out again in the
// browser (the same layout the server ran) and move the server's SVG elements, which the island gets back
// as its children. It renders on the reader's first pointer, touch or focus inside it, in an embed and on the
// site's pages alike (at once in an embed whose query asks for a year: the island draws the cursor); until
// then the server HTML shows the default view and the runtime gives the SVG its tooltips and keys. Used by
// embeds (components/embed/islands/) and by the site's pages (components/islands/entries/timeline.ts).
import { TimelineIsland } from "@/components/charts/timeline/TimelineIsland";
import { mountIsland } from "@/components/islands/mount";

export const mount = (root: HTMLElement | null) =>
  mountIsland(root, "timeline", ".chart-timeline-island", TimelineIsland, {
    keepChildren: (el) => !el.hasAttribute("data-timeline-controls") && !el.hasAttribute("data-timeline-live"),
    trigger: ":scope",
  });
