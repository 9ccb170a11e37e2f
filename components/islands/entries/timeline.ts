// Loaded (as an ES module, after components/islands/runtime.ts) by the site's pages whose HTML carries the
// timeline explorer's props: it mounts the island in each figure that has them (components/islands/timeline.ts).
import { mount } from "@/components/islands/timeline";

for (const script of Array.from(document.querySelectorAll('script[data-island-props="timeline"]'))) {
  mount(script.closest<HTMLElement>("figure[data-chart]"));
}
