// The elasticity explorer in an embed: strategy, delay and margin re-run the model in the browser. Its
// first render is a long task on a slow phone, so it waits for the reader's first pointer, touch or focus
// on the explorer; until then the server's SVG is the default state, tooltips and keys included.
import { ElasticityExplorer } from "@/components/charts/elasticity/Explorer";
import { mountIsland } from "@/components/embed/islands/mount";

mountIsland("elasticity", "[data-elastic-explorer]", ElasticityExplorer, { trigger: ":scope" });
