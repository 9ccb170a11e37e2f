// Loaded (as an ES module, after components/islands/runtime.ts) by the site's pages whose HTML carries the
// virtualization-loss explorer's props: it mounts the island in each figure that has them (components/islands/virtualization-loss.ts).
import { mount } from "@/components/islands/virtualization-loss";

for (const script of Array.from(document.querySelectorAll('script[data-island-props="virtualization-loss"]'))) {
  mount(script.closest<HTMLElement>("figure[data-chart]"));
}
