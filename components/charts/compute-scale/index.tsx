// The compute-scale chart as a page component: its spec (spec.ts) placed by the shared Figure. One component
// for the chapter, the embed, the gallery and the slide; a step (or none) picks the state it draws.
import type { ChartProps } from "@/components/charts/registry";
import { Figure } from "@/components/charts/shared/Figure";
import { computeScale } from "@/components/charts/compute-scale/spec";

export function ComputeScaleChart({ locale, step, uid = "compute-scale" }: ChartProps) {
  return <Figure def={computeScale} locale={locale} uid={uid} steps={step === undefined ? undefined : [step]} />;
}
