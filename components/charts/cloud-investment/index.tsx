// The cloud-investment chart as a page component: its spec (spec.ts) placed by the shared Figure. One
// component for the chapter, the embed, the gallery and the slide.
import type { ChartProps } from "@/components/charts/registry";
import { Figure } from "@/components/charts/shared/Figure";
import { cloudInvestment } from "@/components/charts/cloud-investment/spec";

export function CloudInvestmentChart({ locale, step, uid = "cloud-investment", compact }: ChartProps) {
  return <Figure compact={compact} def={cloudInvestment} locale={locale} uid={uid} steps={step === undefined ? undefined : [step]} />;
}
