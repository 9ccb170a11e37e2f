// Every chart by its permanent id. Chapters, embeds and slides all look charts up here.
import type { ComponentType } from "react";
import type { Locale } from "@/lib/i18n";
import { Double11TrafficChart } from "@/components/charts/double11-traffic";
import { TimelineChart } from "@/components/charts/timeline";
import { CloudInvestmentChart } from "@/components/charts/cloud-investment";
import { CloudRevenueChart } from "@/components/charts/cloud-revenue";
import { CloudFootprintChart } from "@/components/charts/cloud-footprint";
import { VirtualizationLossChart } from "@/components/charts/virtualization-loss";
import { ComputeScaleChart } from "@/components/charts/compute-scale";
import { ElasticityChart } from "@/components/charts/elasticity";

/** Every chart takes the same props in every context: chapter, scrollytelling step, embed and slide. */
export type ChartProps = {
  locale: Locale;
  /** Scrollytelling or slide step; 0 is the chart's first state. */
  step?: number;
  /** Makes element ids unique when one page shows the same chart more than once. */
  uid?: string;
  /** Embeds: one source line, notes folded. */
  compact?: boolean;
};

/** Charts the story places that the charts issue has not built yet: <Chart> renders nothing for them. */
export const plannedCharts = [] as const;

export const charts = {
  "double11-traffic": Double11TrafficChart,
  timeline: TimelineChart,
  "cloud-investment": CloudInvestmentChart,
  "cloud-revenue": CloudRevenueChart,
  "cloud-footprint": CloudFootprintChart,
  "virtualization-loss": VirtualizationLossChart,
  "compute-scale": ComputeScaleChart,
  elasticity: ElasticityChart,
} satisfies Record<string, ComponentType<ChartProps>>;

export type ChartId = keyof typeof charts;
export const chartIds = Object.keys(charts) as ChartId[];
export const isChartId = (id: string): id is ChartId => Object.hasOwn(charts, id);
