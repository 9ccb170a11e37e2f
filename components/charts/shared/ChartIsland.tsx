"use client";
// An empty marker inside a server-rendered chart: components/islands/chart.ts gives the figure around it
// tooltips and keyboard access, so the chart's SVG is never passed through a client payload.
import { attachAttrs, useAttach } from "@/components/islands/attach";
import { attachChart } from "@/components/islands/chart";

export function ChartIsland() {
  const ref = useAttach<HTMLSpanElement, Record<string, never>>(attachChart, {});
  return <span ref={ref} hidden {...attachAttrs("chart")} data-chart-island="" />;
}
