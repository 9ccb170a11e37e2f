// Every chart laid out on the shared kernel, as plain data (lib/charts/spec.ts), by its permanent id. The
// page components (registry.tsx), the deck, the embeds and the exports read charts from here.
import type { ChartDefinition } from "@/lib/charts/spec";
import { double11Traffic } from "@/components/charts/double11-traffic/spec";
import { elasticity } from "@/components/charts/elasticity/spec";
import { timeline } from "@/components/charts/timeline/spec";
import { cloudInvestment } from "@/components/charts/cloud-investment/spec";
import { cloudRevenue } from "@/components/charts/cloud-revenue/spec";
import { cloudFootprint } from "@/components/charts/cloud-footprint/spec";
import { virtualizationLoss } from "@/components/charts/virtualization-loss/spec";
import { computeScale } from "@/components/charts/compute-scale/spec";

export const definitions: Record<string, ChartDefinition> = {
  "double11-traffic": double11Traffic,
  elasticity,
  timeline,
  "cloud-investment": cloudInvestment,
  "cloud-revenue": cloudRevenue,
  "cloud-footprint": cloudFootprint,
  "virtualization-loss": virtualizationLoss,
  "compute-scale": computeScale,
};

export const definitionOf = (id: string): ChartDefinition | undefined => (Object.hasOwn(definitions, id) ? definitions[id] : undefined);
