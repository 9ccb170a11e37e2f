// Renders a chart's client island with Preact (aliased as react by scripts/embed-finalize.mjs) from the
// props the embed page wrote as JSON, into a holder beside the server HTML, which it then replaces in the
// same task (no paint in between): the same component draws the same markup, so nothing moves, and there
// is no hydration to mismatch. The holder stays as the island's parent, so Preact's updates stay in place.
import type { ComponentType } from "react";
import { Fragment, h, render, type ComponentType as PreactComponent } from "preact";
import { useEffect } from "preact/hooks";
import { shareYear } from "@/components/charts/shared/interaction";

/** Rendered after the island: its effect runs after the island's, once the island listens for the year. */
function AfterIsland({ year }: { year?: number }) {
  useEffect(() => {
    if (year !== undefined) shareYear(year, "embed");
  }, [year]);
  return null;
}

/**
 * `keepChildren`: an island that wraps server-rendered children (the timeline wraps its SVG) gets them
 * back untouched: they move into a `display: contents` element the island renders as its children.
 */
export function mountIsland<P extends object>(chart: string, selector: string, Island: ComponentType<P>, keepChildren?: (el: Element) => boolean) {
  const root = document.querySelector<HTMLElement>(`[data-embed="${chart}"]`);
  const json = root?.querySelector(`script[data-island-props="${chart}"]`)?.textContent;
  const server = root?.querySelector<HTMLElement>(`figure[data-chart] ${selector}`);
  if (!json || !server) return;
  let props: P;
  try {
    props = JSON.parse(json) as P;
  } catch {
    return;
  }
  const holder = document.createElement("div");
  holder.setAttribute("data-island", chart);
  server.before(holder);
  try {
    // The island is written against React's types; preact/compat runs it (hooks are aliased at bundle time).
    const kept = keepChildren ? Array.from(server.children).filter(keepChildren) : [];
    const adopt = (el: HTMLElement | null) => el?.append(...kept.filter((k) => k.parentNode !== el));
    const children = kept.length ? h("div", { ref: adopt, style: "display:contents", "data-island-children": "" }) : null;
    const year = Number(root?.getAttribute("data-embed-year"));
    const after = h(AfterIsland, { year: Number.isInteger(year) && year > 0 ? year : undefined });
    render(h(Fragment, null, h(Island as unknown as PreactComponent<P>, { ...props, children }), after), holder);
  } catch {
    holder.remove();
    return;
  }
  server.remove();
}
