// The charts whose embeds carry a client island with real maths (the elasticity model, the fleet
// calculator, the timeline's brush and filters). The embed page writes each island's props into the HTML
// as JSON; components/embed/islands/<chart>.tsx, bundled with Preact by scripts/embed-finalize.mjs,
// reads them and renders the island again in place of its server HTML.
import type { Locale } from "@/lib/i18n";
import { elasticityExplorerProps } from "@/components/charts/elasticity";
import { fleetExplorerProps } from "@/components/charts/virtualization-loss";
import { timelineIslandProps } from "@/components/charts/timeline";

export const islandProps: Record<string, (locale: Locale, uid: string) => unknown> = {
  elasticity: elasticityExplorerProps,
  "virtualization-loss": fleetExplorerProps,
  timeline: timelineIslandProps,
};

/** JSON that is safe inside <script type="application/json">: no "</script>", no HTML comment openers. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
