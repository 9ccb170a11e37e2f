// The cold open as a page component: its spec (spec.ts) placed by the shared Figure. One component for the
// chapter, the embed, the gallery and the slide; a step (or none) picks the state it draws.
import type { ChartProps } from "@/components/charts/registry";
import { Figure } from "@/components/charts/shared/Figure";
import { midnight } from "@/components/charts/midnight/spec";

export function MidnightChart({ locale, step, uid = "midnight", compact }: ChartProps) {
  return <Figure def={midnight} locale={locale} uid={uid} steps={step === undefined ? undefined : [step]} className="pb-4" compact={compact} />;
}
