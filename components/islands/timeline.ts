// The timeline's island: theme filters, the year range and the brush strip lay the chart out again in the
// browser (the same layout the server ran) and move the server's SVG elements, which the island gets back
// as its children. In an embed it renders on the reader's first pointer, touch or focus inside it (at once
// when the query asks for a year: the island draws the cursor); until then the runtime gives the SVG its
// tooltips and keys. On the site's pages it renders at once. Used by embeds (components/embed/islands/) and by the site's pages
// (components/islands/runtime.ts).
import { TimelineIsland } from "@/components/charts/timeline/TimelineIsland";
import { mountIsland } from "@/components/islands/mount";

/** `eager`: render at once (a page of the site, where the timeline's controls are part of the page);
 * otherwise on the reader's first pointer, touch or focus (an embed). */
export const mount = (root: HTMLElement | null, { eager = false } = {}) =>
  mountIsland(root, "timeline", ".chart-timeline-island", TimelineIsland, {
    keepChildren: (el) => !el.hasAttribute("data-timeline-controls") && !el.hasAttribute("data-timeline-live"),
    trigger: eager ? undefined : ":scope",
  });
