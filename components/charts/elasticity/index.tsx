// The elasticity explorable as a page component: its spec (spec.ts) placed by the shared Figure. One
// component for the chapter, the guide, the embed, the gallery and the slide: at a step it draws that step;
// without one it draws Alipay's 2010 plan and carries the explorer (the definition's island).
import type { ChartProps } from "@/components/charts/registry";
import { Figure } from "@/components/charts/shared/Figure";
import { elasticity } from "@/components/charts/elasticity/spec";

export { elasticityExplorerProps } from "@/components/charts/elasticity/spec";

export function ElasticityChart({ locale, step, uid = "elasticity", compact }: ChartProps) {
  return <Figure compact={compact} def={elasticity} locale={locale} uid={uid} steps={step === undefined ? undefined : [step]} />;
}
