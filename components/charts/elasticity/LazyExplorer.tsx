"use client";
// Splits the explorer's code (the model and its controls) into a chunk of its own, so it ships only with
// the pages that show this chart. It still renders on the server, so the figure is painted without JS.
import dynamic from "next/dynamic";
import type { ExplorerProps } from "@/components/charts/elasticity/Explorer";

const Explorer = dynamic(() => import("@/components/charts/elasticity/Explorer").then((m) => m.ElasticityExplorer));

export function LazyElasticityExplorer(props: ExplorerProps) {
  return <Explorer {...props} />;
}
