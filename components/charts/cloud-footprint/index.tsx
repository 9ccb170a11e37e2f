// The cloud-footprint chart as a page component: its spec (spec.ts) placed by the shared Figure. One
// component for the chapter, the timeline page, the embed, the gallery and the slide.
import type { ChartProps } from "@/components/charts/registry";
import { Figure } from "@/components/charts/shared/Figure";
import { cloudFootprint } from "@/components/charts/cloud-footprint/spec";

export function CloudFootprintChart({ locale, step, uid = "cloud-footprint", compact }: ChartProps) {
  return <Figure compact={compact} def={cloudFootprint} locale={locale} uid={uid} steps={step === undefined ? undefined : [step]} />;
}
