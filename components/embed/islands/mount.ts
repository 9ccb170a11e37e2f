// Renders a chart's client island with Preact (aliased as react by scripts/embed-finalize.mjs) from the
// props the embed page wrote as JSON, into a holder beside the server HTML, which it then replaces in the
// same task (no paint in between): the same component draws the same markup, so nothing moves, and there
// is no hydration to mismatch. The holder stays as the island's parent, so Preact's updates stay in place.
import type { ComponentType } from "react";
import { h, render, type ComponentType as PreactComponent } from "preact";

export function mountIsland<P extends object>(chart: string, selector: string, Island: ComponentType<P>) {
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
    render(h(Island as unknown as PreactComponent<P>, props), holder);
  } catch {
    holder.remove();
    return;
  }
  server.remove();
}
