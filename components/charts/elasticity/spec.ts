// The elasticity explorable as plain data (lib/charts/spec.ts): its words, sources, notes, the hour-by-hour
// table and the scene for a locale, a state (a chapter step, or none: Alipay's 2010 plan) and a frame. The
// documented multipliers come from the data registry, once per locale; where the chart is placed without
// a step it carries the explorer, whose props are plain data built here too.
import copyFile from "@/content/charts/elasticity.json";
import { getFigure, sourceNames, type Figure } from "@/lib/data/registry";
import { pickCopy } from "@/lib/content/copy";
import { fill } from "@/lib/fill";
import type { ChartDefinition } from "@/lib/charts/spec";
import type { Locale } from "@/lib/i18n";
import { demandCurve, forecast2010 } from "@/components/charts/elasticity/model";
import { layoutElasticity, run } from "@/components/charts/elasticity/layout";
import { STEP_COUNT, plan2010, scenarioFor } from "@/components/charts/elasticity/steps";
import { noteVars, tableFor, type ElasticityCopy, type ElasticityInputs } from "@/components/charts/elasticity/text";
import type { ExplorerProps } from "@/components/charts/elasticity/Explorer";

/** Facts the model's shape rests on (content/data/facts.json). */
export const SURGE_FACT = "alipay-midnight-surge-2010";
export const HEADROOM_FACT = "alipay-capacity-headroom-2010";

function numeric(figure: Figure, unit: string): number {
  if (typeof figure.value !== "number" || figure.unit !== unit) throw new Error(`elasticity: fact "${figure.id}" must be a single number in "${unit}"`);
  return figure.value;
}

type Inputs = { copy: ElasticityCopy; inputs: ElasticityInputs; headroom2010: number; sources: string[]; source: string };
const cache = new Map<Locale, Inputs>();

/** The model's inputs from the registry, with the copy and the tooltips' source line. */
export function elasticityInputs(locale: Locale): Inputs {
  let hit = cache.get(locale);
  if (!hit) {
    const copy = pickCopy(copyFile, locale) as ElasticityCopy;
    const surgeFact = getFigure(SURGE_FACT);
    const headroomFact = getFigure(HEADROOM_FACT);
    const surge = numeric(surgeFact, "times");
    const headroom2010 = numeric(headroomFact, "percent") / 100;
    const sources = [...new Set([...surgeFact.source, ...headroomFact.source])];
    const curve = demandCurve({ surge });
    hit = {
      copy,
      inputs: { demand: curve.demand, normal: curve.normal, surge, forecast: forecast2010(surge, headroom2010) },
      headroom2010,
      sources,
      source: fill(copy.tip.source, { publisher: sourceNames(sources, locale) }),
    };
    cache.set(locale, hit);
  }
  return hit;
}

/** The explorer's props as plain data: the page passes them to the island, the embed writes them as JSON. */
export function elasticityExplorerProps(locale: Locale, uid: string): ExplorerProps {
  const { copy, inputs, headroom2010, source } = elasticityInputs(locale);
  return { locale, uid, copy, source, surge: inputs.surge, forecast: inputs.forecast, initial: plan2010(headroom2010) };
}

export const elasticity: ChartDefinition = {
  id: "elasticity",
  steps: STEP_COUNT,
  island: { name: "elasticity", props: elasticityExplorerProps },
  spec(locale, state, frame) {
    const { copy, inputs, headroom2010, sources, source } = elasticityInputs(locale);
    const scenario = scenarioFor(state.step, headroom2010);
    const result = run(inputs, scenario);
    const vars = noteVars(inputs, headroom2010, locale);
    return {
      title: copy.title,
      subtitle: copy.subtitle,
      plotLabel: copy.plotLabel,
      sources,
      notes: copy.notes.map((n) => fill(n, vars)),
      table: tableFor(inputs, scenario, result, copy, locale),
      scene: layoutElasticity(inputs, scenario, frame, { copy, locale, source, step: state.step }, result),
    };
  },
};
