// The virtualization-loss chart as plain data (lib/charts/spec.ts): its words, sources, notes, table and
// scene for a locale, a state (a step of the story, or none: the fleet calculator) and a frame. Reads the
// data registry once per locale.
import copyFile from "@/content/charts/virtualization-loss.json";
import { getDataset, getFigure, sourceNames } from "@/lib/data/registry";
import { pickCopy } from "@/lib/content/copy";
import { localNote } from "@/lib/charts/data";
import type { ChartDefinition } from "@/lib/charts/spec";
import type { Locale } from "@/lib/i18n";
import type { VirtCopy } from "@/components/charts/virtualization-loss/context";
import { layoutVirtualizationLoss } from "@/components/charts/virtualization-loss/layout";
import { planFor, STEP_COUNT } from "@/components/charts/virtualization-loss/steps";
import { virtSources, virtTable, virtText, type VirtInput } from "@/components/charts/virtualization-loss/text";

/** The article's example: its facts in the registry. */
export const EXAMPLE_FACTS = {
  cores: "virtualization-example-host-cores",
  reserved: "virtualization-example-reserved-cores",
  claim: "virtualization-loss-claim",
} as const;

const numberFigure = (id: string) => {
  const value = getFigure(id).value;
  if (typeof value !== "number") throw new Error(`virtualization-loss: figure "${id}" must be a single number`);
  return value;
};

const inputs = new Map<Locale, VirtInput>();

/** Everything the chart draws, from the registry; each overhead row keeps its own kind and note. */
export function virtualizationInput(locale: Locale): VirtInput {
  let input = inputs.get(locale);
  if (!input) {
    const dataset = getDataset("virtualization-overhead");
    if (dataset.schema !== "range") throw new Error("virtualization-overhead must be a range dataset");
    const facts = Object.values(EXAMPLE_FACTS).map(getFigure);
    const cores = getFigure(EXAMPLE_FACTS.cores);
    input = {
      example: {
        cores: numberFigure(EXAMPLE_FACTS.cores),
        reserved: numberFigure(EXAMPLE_FACTS.reserved),
        claim: numberFigure(EXAMPLE_FACTS.claim),
        year: Number((cores.when ?? "2016").slice(0, 4)),
        confidence: cores.confidence,
        source: [...new Set(facts.flatMap((f) => f.source))],
      },
      rows: dataset.rows.map((r) => ({
        key: r.key,
        year: r.year,
        low: r.low,
        high: r.high,
        kind: r.kind,
        confidence: r.confidence,
        source: r.source,
        note: localNote(r, locale),
      })),
    };
    inputs.set(locale, input);
  }
  return input;
}

export const virtualizationCopy = (locale: Locale) => pickCopy(copyFile, locale) as VirtCopy;

export const virtualizationLoss: ChartDefinition = {
  id: "virtualization-loss",
  steps: STEP_COUNT,
  spec(locale, state, frame) {
    const copy = virtualizationCopy(locale);
    const input = virtualizationInput(locale);
    const publishers = (ids: string[]) => sourceNames(ids, locale);
    const { title, subtitle, notes } = virtText(input, copy, locale, planFor(state.step));
    return {
      title,
      subtitle,
      plotLabel: copy.plotLabel,
      sources: virtSources(input),
      notes,
      table: virtTable(input, copy, locale, publishers),
      scene: layoutVirtualizationLoss(input, { frame, locale, step: state.step, publishers }, copy),
    };
  },
};
