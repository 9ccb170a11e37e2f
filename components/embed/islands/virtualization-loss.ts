// The fleet calculator in an embed: three sliders recompute the fleet scene in the browser.
import { FleetExplorer } from "@/components/charts/virtualization-loss/FleetExplorer";
import { mountIsland } from "@/components/embed/islands/mount";

mountIsland("virtualization-loss", "[data-fleet-explorer]", FleetExplorer);
