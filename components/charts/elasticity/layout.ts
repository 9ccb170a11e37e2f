// The elasticity chart for a frame and a scenario: the model's run (model.ts), the geometry (scales.ts), the
// data marks (marks.ts) and the words (annotations.ts), in drawing order. The server lays out each step with
// it, and the explorer lays out the reader's scenario with it in the browser, so both draw the same marks
// under the same keys. Pure and d3-free.
import type { Frame } from "@/lib/charts/frames";
import type { Locale } from "@/lib/i18n";
import type { Mark, Scene } from "@/lib/charts/scene";
import { simulate, strategyFor, type ModelResult, type Scenario } from "@/components/charts/elasticity/model";
import { geometry } from "@/components/charts/elasticity/scales";
import { hitMarks, panelLines, seriesMarks, zoomWindow } from "@/components/charts/elasticity/marks";
import { axes, lineLabels, midnightNotes } from "@/components/charts/elasticity/annotations";
import { planFor } from "@/components/charts/elasticity/steps";
import { describe, type ElasticityCopy, type ElasticityInputs } from "@/components/charts/elasticity/text";

export type LayoutContext = {
  copy: ElasticityCopy;
  locale: Locale;
  /** The tooltips' source line ("Illustrative model based on The Paper"). */
  source: string;
  /** The chapter's step, for what it puts forward (none: the complete chart or the explorer). */
  step?: number;
};

/** Runs the model for a scenario. */
export const run = (inputs: ElasticityInputs, scenario: Scenario): ModelResult =>
  simulate({ demand: inputs.demand, normal: inputs.normal, strategy: strategyFor(scenario, inputs.forecast) });

export function layoutElasticity(
  inputs: ElasticityInputs,
  scenario: Scenario,
  frame: Frame,
  ctx: LayoutContext,
  result: ModelResult = run(inputs, scenario),
): Scene {
  const g = geometry(frame, ctx.locale, inputs.surge);
  const c = { g, copy: ctx.copy, locale: ctx.locale };
  const plan = planFor(ctx.step);
  const day = panelLines(g.panels.day, result, g.yMax);
  const zoom = panelLines(g.panels.zoom, result, g.yMax);

  const marks: Mark[] = [
    ...axes(c),
    ...seriesMarks(g.panels.day, day),
    ...seriesMarks(g.panels.zoom, zoom),
    zoomWindow(g),
    ...lineLabels(c, plan, day, result),
    ...midnightNotes(c, zoom, result),
    // Last, so the pointer finds them over everything else.
    ...hitMarks(g, inputs.demand, result, ctx),
  ];
  return { width: g.width, height: g.height, title: ctx.copy.title, desc: describe(inputs, scenario, result, ctx.copy, ctx.locale), marks };
}
