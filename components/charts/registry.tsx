// Every chart by its permanent id. Chapters, embeds and slides all look charts up here.
import type { ComponentType } from "react";
import type { Locale } from "@/lib/i18n";
import { Double11TrafficChart } from "@/components/charts/double11-traffic";

export type ChartProps = { locale: Locale };

export const charts = {
  "double11-traffic": Double11TrafficChart,
} satisfies Record<string, ComponentType<ChartProps>>;

export type ChartId = keyof typeof charts;
export const chartIds = Object.keys(charts) as ChartId[];
export const isChartId = (id: string): id is ChartId => Object.hasOwn(charts, id);
