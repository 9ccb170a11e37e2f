"use client";
// Hydrates a server-rendered chart with tooltips and keyboard access. The chart itself stays server SVG.
import { useEffect, useRef, type ReactNode } from "react";
import { attachChartInteraction } from "@/components/charts/shared/interaction";

export function ChartIsland({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const figure = ref.current?.closest<HTMLElement>("[data-chart]");
    return figure ? attachChartInteraction(figure) : undefined;
  }, []);
  return <div ref={ref}>{children}</div>;
}
