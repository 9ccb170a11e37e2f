// Loaded (as an ES module, after components/islands/runtime.ts) by the site's pages whose HTML carries the
// elasticity explorer's props: it mounts the island in each figure that has them (components/islands/elasticity.ts).
import { mount } from "@/components/islands/elasticity";

for (const script of Array.from(document.querySelectorAll('script[data-island-props="elasticity"]'))) {
  mount(script.closest<HTMLElement>("figure[data-chart]"));
}
