"use client";
// The islands that carry real client-side maths (the elasticity model, the fleet calculator, the timeline's
// brush) load in chunks of their own, so a chapter ships only the code of the charts it shows. They still
// render on the server: until a chunk arrives, React keeps the server HTML in place (no layout shift), and
// without JavaScript that HTML is the chart.
import type { ComponentType } from "react";
import dynamic from "next/dynamic";

export const ElasticityExplorer = dynamic(() => import("@/components/charts/elasticity/Explorer").then((m) => m.ElasticityExplorer));
export const FleetExplorer = dynamic(() => import("@/components/charts/virtualization-loss/FleetExplorer").then((m) => m.FleetExplorer));
export const TimelineIsland = dynamic(() => import("@/components/charts/timeline/TimelineIsland").then((m) => m.TimelineIsland));

const BY_NAME = { elasticity: ElasticityExplorer } as Record<string, unknown>;

/** A chart definition's island by name (lib/charts/spec.ts `island`), for the shared Figure. */
export function LazyIsland({ name, props }: { name: string; props: object }) {
  const Island = BY_NAME[name] as ComponentType<object> | undefined;
  return Island ? <Island {...props} /> : null;
}
