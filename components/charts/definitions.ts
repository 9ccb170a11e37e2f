// Every chart laid out on the shared kernel, as plain data (lib/charts/spec.ts), by its permanent id. The
// page components (registry.tsx), the deck, the embeds and the exports read charts from here.
import type { ChartDefinition } from "@/lib/charts/spec";
import { double11Traffic } from "@/components/charts/double11-traffic/spec";
import { elasticity } from "@/components/charts/elasticity/spec";
import { midnight } from "@/components/charts/midnight/spec";
import { timeline } from "@/components/charts/timeline/spec";

export const definitions: Record<string, ChartDefinition> = {
  "double11-traffic": double11Traffic,
  elasticity,
  midnight,
  timeline,
};

export const definitionOf = (id: string): ChartDefinition | undefined => (Object.hasOwn(definitions, id) ? definitions[id] : undefined);
