// Renders a chart's client island with Preact (aliased as react by the finalize scripts) from the props
// the page wrote as JSON (a <script data-island-props> inside the figure), into a holder beside the server HTML, which it then replaces in the
// same task (no paint in between): the same component draws the same markup, so nothing moves, and there
// is no hydration to mismatch. The holder stays as the island's parent, so Preact's updates stay in place.
import type { ComponentType } from "react";
import { Fragment, h, render as preactRender, type ComponentType as PreactComponent } from "preact";
import { useEffect } from "preact/hooks";
import { shareYear } from "@/components/charts/shared/interaction";
import { focusedIndex, onFirstIntent, refocus } from "@/components/islands/intent";

/** Rendered after the island: its effect runs after the island's, once the island listens for the year. */
function AfterIsland({ year }: { year?: number }) {
  useEffect(() => {
    if (year !== undefined) shareYear(year, "embed");
  }, [year]);
  return null;
}

export type MountOptions = {
  /** An island that wraps server-rendered children (the timeline wraps its SVG) gets them back untouched:
   * they move into a `display: contents` element the island renders as its children. */
  keepChildren?: (el: Element) => boolean;
  /** Wait for the reader's first intent (pointer over, touch or focus) on these elements (":scope": the
   * island's own element) before rendering: the server HTML already shows the default state, so maths
   * that would block the first load for a long task can wait. */
  trigger?: string;
};

/** `root` holds the props script and the figure: an embed's [data-embed] element, or the figure itself. */
export function mountIsland<P extends object>(root: HTMLElement | null, chart: string, selector: string, Island: ComponentType<P>, options: MountOptions = {}) {
  const json = root?.querySelector(`script[data-island-props="${chart}"]`)?.textContent;
  const server = root?.querySelector<HTMLElement>(`figure[data-chart] ${selector}`);
  if (!root || !json || !server) return;
  const year = Number(root.getAttribute("data-embed-year"));
  const pendingYear = Number.isInteger(year) && year > 0 ? year : undefined;
  const mount = () => render(chart, server, json, Island, options.keepChildren, pendingYear);
  const triggers =
    !options.trigger || pendingYear !== undefined ? [] : options.trigger === ":scope" ? [server] : Array.from(server.querySelectorAll(options.trigger));
  if (!triggers.length) return mount();
  onFirstIntent(triggers, mount);
}

function render<P extends object>(
  chart: string,
  server: HTMLElement,
  json: string,
  Island: ComponentType<P>,
  keepChildren: MountOptions["keepChildren"],
  year: number | undefined,
) {
  let props: P;
  try {
    props = JSON.parse(json) as P;
  } catch {
    return;
  }
  // Focus stays on the same control when the island takes the server HTML's place.
  const focused = focusedIndex([server]);
  const holder = document.createElement("div");
  holder.setAttribute("data-island", chart);
  server.before(holder);
  try {
    // The island is written against React's types; preact/compat runs it (hooks are aliased at bundle time).
    const kept = keepChildren ? Array.from(server.children).filter(keepChildren) : [];
    const adopt = (el: HTMLElement | null) => el?.append(...kept.filter((k) => k.parentNode !== el));
    const children = kept.length ? h("div", { ref: adopt, style: "display:contents", "data-island-children": "" }) : null;
    preactRender(h(Fragment, null, h(Island as unknown as PreactComponent<P>, { ...props, children }), h(AfterIsland, { year })), holder);
  } catch {
    holder.remove();
    return;
  }
  server.remove();
  refocus(holder, focused);
}
