// The cloud-revenue chart as a page component: its spec (spec.ts) placed by the shared Figure. One
// component for the chapter, the embed, the gallery and the slide.
import type { ChartProps } from "@/components/charts/registry";
import { Figure } from "@/components/charts/shared/Figure";
import { cloudRevenue } from "@/components/charts/cloud-revenue/spec";

export function CloudRevenueChart({ locale, step, uid = "cloud-revenue", compact }: ChartProps) {
  return <Figure compact={compact} def={cloudRevenue} locale={locale} uid={uid} steps={step === undefined ? undefined : [step]} />;
}
