// The elasticity explorer's island: strategy, delay and margin re-run the model in the browser and redraw
// the server's SVG. Until the reader's first pointer, touch or focus on the explorer the server HTML is the
// default state (tooltips and keys included), so the page loads no model at all. Then Preact hydrates the
// controls in place rather than replacing them: the input under the reader's finger or focus stays the
// same element, so a first drag that starts on the slider carries on, and focus stays where it was.
import { h, hydrate } from "preact";
import { ElasticityControls, type ExplorerProps } from "@/components/charts/elasticity/Explorer";

/** `root` holds the props script and the figure: an embed's [data-embed] element, or the figure itself. */
export function mount(root: HTMLElement | null) {
  const json = root?.querySelector('script[data-island-props="elasticity"]')?.textContent;
  const server = root?.querySelector<HTMLElement>("figure[data-chart] [data-elastic-explorer]");
  if (!root || !json || !server) return;
  const events = ["pointerover", "pointerdown", "touchstart", "focusin"] as const;
  const start = () => {
    for (const e of events) server.removeEventListener(e, start, true);
    let props: ExplorerProps;
    try {
      props = JSON.parse(json) as ExplorerProps;
    } catch {
      return;
    }
    // The island is written against React's types; preact/compat runs it (aliased at bundle time).
    hydrate(h(ElasticityControls as unknown as (p: ExplorerProps) => null, props), server);
    server.setAttribute("data-island", "elasticity");
  };
  for (const e of events) server.addEventListener(e, start, { capture: true, passive: true });
}
