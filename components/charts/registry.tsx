// Every chart by its permanent id. Chapters, embeds and slides all look charts up here.
import type { ComponentType } from "react";
import type { Locale } from "@/lib/i18n";
import { Double11TrafficChart } from "@/components/charts/double11-traffic";

/** Every chart takes the same props in every context: chapter, scrollytelling step, embed and slide. */
export type ChartProps = {
  locale: Locale;
  /** Scrollytelling or slide step; 0 is the chart's first state. */
  step?: number;
  /** Makes element ids unique when one page shows the same chart more than once. */
  uid?: string;
};

/** Charts the story places that the charts issue has not built yet: <Chart> renders nothing for them. */
export const plannedCharts = ["virtualization-loss", "compute-scale", "timeline", "cloud-investment", "cloud-footprint", "cloud-revenue", "elasticity"] as const;

export const charts = {
  "double11-traffic": Double11TrafficChart,
} satisfies Record<string, ComponentType<ChartProps>>;

export type ChartId = keyof typeof charts;
export const chartIds = Object.keys(charts) as ChartId[];
export const isChartId = (id: string): id is ChartId => Object.hasOwn(charts, id);
