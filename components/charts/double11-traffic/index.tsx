// The Double 11 chart as a page component: its spec (spec.ts) placed by the shared Figure. One component
// for the chapter, the embed, the gallery and the slide; a step (or none) picks the state it draws.
import type { ChartProps } from "@/components/charts/registry";
import { Figure } from "@/components/charts/shared/Figure";
import { double11Traffic } from "@/components/charts/double11-traffic/spec";

export { double11Input } from "@/components/charts/double11-traffic/spec";

export function Double11TrafficChart({ locale, step, uid = "double11-traffic", compact }: ChartProps) {
  return <Figure def={double11Traffic} locale={locale} uid={uid} steps={step === undefined ? undefined : [step]} className="pb-4" compact={compact} />;
}
