// The compute-scale chart as plain data (lib/charts/spec.ts): its words, sources, notes, table and scene
// for a locale, a step and a frame. Reads the data registry once per locale. No variants: the unit view is
// a step of the story (steps.ts says why).
import copyFile from "@/content/charts/compute-scale.json";
import { getDataset, sourceNames } from "@/lib/data/registry";
import type { SeriesRow } from "@/lib/data/schema";
import { pickCopy } from "@/lib/content/copy";
import { toHant } from "@/lib/content/hant";
import type { ChartDefinition } from "@/lib/charts/spec";
import type { Locale } from "@/lib/i18n";
import { toItems, type ComputeInput } from "@/components/charts/compute-scale/items";
import { layoutComputeScale } from "@/components/charts/compute-scale/layout";
import { STEP_COUNT } from "@/components/charts/compute-scale/steps";
import { computeSources, computeTable, computeText, type ComputeCopy } from "@/components/charts/compute-scale/text";

function rows(id: string): SeriesRow[] {
  const dataset = getDataset(id);
  if (dataset.schema !== "series") throw new Error(`dataset "${id}" must be a series`);
  return dataset.rows;
}

const inputs = new Map<Locale, ComputeInput>();

/** Everything the chart draws, from the registry, labelled in the reader's language. */
export function computeInput(locale: Locale): ComputeInput {
  let input = inputs.get(locale);
  if (!input) {
    const convert = locale === "zh-hant" ? toHant : undefined;
    input = {
      clusters: toItems(rows("ai-cluster-gpus"), locale, convert),
      compute: toItems(rows("ai-compute"), locale, convert),
      top500: toItems(rows("top500-rmax"), locale, convert),
    };
    inputs.set(locale, input);
  }
  return input;
}

export const computeScale: ChartDefinition = {
  id: "compute-scale",
  steps: STEP_COUNT,
  spec(locale, state, frame) {
    const copy = pickCopy(copyFile, locale) as ComputeCopy;
    const input = computeInput(locale);
    const publishers = (ids: string[]) => sourceNames(ids, locale);
    const { title, subtitle, notes } = computeText(input, copy, locale, state.step);
    return {
      title,
      subtitle,
      plotLabel: copy.plotLabel,
      sources: computeSources(input, state.step),
      notes,
      table: computeTable(input, copy, locale, publishers, state.step),
      scene: layoutComputeScale(input, { frame, locale, step: state.step, publishers }, copy),
    };
  },
};
