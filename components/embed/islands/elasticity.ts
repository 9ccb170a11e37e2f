// The elasticity explorer in an embed: strategy, delay and margin re-run the model in the browser.
import { ElasticityExplorer } from "@/components/charts/elasticity/Explorer";
import { mountIsland } from "@/components/embed/islands/mount";

mountIsland("elasticity", "[data-elastic-explorer]", ElasticityExplorer);
