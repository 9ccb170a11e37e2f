"use client";
// Hydrates a server-rendered chart with tooltips and keyboard access. It renders only an empty marker and
// finds its figure from there, so the chart's SVG is never passed through React's client payload.
import { useEffect, useRef } from "react";
import { attachChartInteraction } from "@/components/charts/shared/interaction";

export function ChartIsland() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const figure = ref.current?.closest<HTMLElement>("[data-chart]");
    return figure ? attachChartInteraction(figure) : undefined;
  }, []);
  return <span ref={ref} hidden data-chart-island="" />;
}
