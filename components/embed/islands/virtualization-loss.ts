// The fleet calculator in an embed: the island renders the three sliders and the sentence again (with
// Preact) in place of their server HTML; a slider lays the fleet out again in the browser and patches the
// embed's server-rendered plot, which the embed runtime has already given its tooltips and keys.
import { FleetExplorer } from "@/components/charts/virtualization-loss/FleetExplorer";
import { mountIsland } from "@/components/embed/islands/mount";

mountIsland("virtualization-loss", "[data-fleet-explorer]", FleetExplorer);
