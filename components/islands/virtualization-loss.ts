// The fleet calculator's island: Preact renders the three sliders and the sentence again in place of their
// server HTML; a slider lays the fleet out again in the browser and patches the server-rendered plot,
// which the page's runtime has already given its tooltips and keys.
import { FleetExplorer } from "@/components/charts/virtualization-loss/FleetExplorer";
import { mountIsland } from "@/components/islands/mount";

export const mount = (root: HTMLElement | null) => mountIsland(root, "virtualization-loss", "[data-fleet-explorer]", FleetExplorer);
