// The cloud-footprint chart as plain data (lib/charts/spec.ts): its words, sources, notes, table and scene
// for a locale and a frame. One state: the chapters place it whole, with one caption. Reads the registry
// once per locale.
import copyFile from "@/content/charts/cloud-footprint.json";
import { sourceNames } from "@/lib/data/registry";
import { pickCopy } from "@/lib/content/copy";
import { seriesRows } from "@/lib/charts/data";
import type { ChartDefinition } from "@/lib/charts/spec";
import type { Locale } from "@/lib/i18n";
import { hasValue, type FootprintInput } from "@/components/charts/cloud-footprint/input";
import { layoutCloudFootprint } from "@/components/charts/cloud-footprint/layout";
import { footprintSources, footprintTable, footprintText, type FootprintCopy } from "@/components/charts/cloud-footprint/text";

const inputs = new Map<Locale, FootprintInput>();

/** Everything the chart draws, from the registry. */
export function footprintInput(locale: Locale): FootprintInput {
  let input = inputs.get(locale);
  if (!input) {
    input = { regions: seriesRows("cloud-regions", locale).filter(hasValue), zones: seriesRows("cloud-zones", locale).filter(hasValue) };
    inputs.set(locale, input);
  }
  return input;
}

export const cloudFootprint: ChartDefinition = {
  id: "cloud-footprint",
  steps: 1,
  spec(locale, _state, frame) {
    const copy = pickCopy(copyFile, locale) as FootprintCopy;
    const input = footprintInput(locale);
    const publishers = (ids: string[]) => sourceNames(ids, locale);
    const { title, notes } = footprintText(input, copy, locale);
    return {
      title,
      subtitle: copy.subtitle,
      plotLabel: copy.plotLabel,
      sources: footprintSources(input),
      notes,
      table: footprintTable(input, copy, locale, publishers),
      scene: layoutCloudFootprint(input, { frame, locale, publishers }, copy),
    };
  },
};
