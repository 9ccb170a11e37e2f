// The cloud-revenue chart as plain data (lib/charts/spec.ts): its words, sources, notes, table and scene for
// a locale and a frame. One state: the chapters place it whole, with one caption. Reads the registry once
// per locale.
import copyFile from "@/content/charts/cloud-revenue.json";
import { registry, sourceNames } from "@/lib/data/registry";
import { pickCopy } from "@/lib/content/copy";
import { factRow, seriesRows } from "@/lib/charts/data";
import type { ChartDefinition } from "@/lib/charts/spec";
import type { Locale } from "@/lib/i18n";
import { growthFromNote, hasValue, quarterKey, type RevenueInput } from "@/components/charts/cloud-revenue/input";
import { layoutCloudRevenue } from "@/components/charts/cloud-revenue/layout";
import { revenueSources, revenueTable, revenueText, type RevenueCopy } from "@/components/charts/cloud-revenue/text";

/** The registered figure for FY2022 before inter-segment elimination. */
export const BEFORE_ELIMINATION_FACT = "cloud-revenue-fy2022-before-elimination";
/** Quarterly growth facts are registered as cloud-revenue-growth-<quarter key>. */
export const growthFactId = (key: string) => `cloud-revenue-growth-${key}`;

const inputs = new Map<Locale, RevenueInput>();

/** Everything the chart draws, from the registry. */
export function revenueInput(locale: Locale): RevenueInput {
  let input = inputs.get(locale);
  if (!input) {
    const quarters = seriesRows("alibaba-cloud-revenue-quarterly", locale);
    // Growth on a year earlier: the registered fact if there is one, otherwise the figure the row's (English) note states.
    const english = new Map(seriesRows("alibaba-cloud-revenue-quarterly", "en").map((r) => [quarterKey(r), r.note]));
    const growth: Record<string, number> = {};
    for (const q of quarters) {
      const key = quarterKey(q);
      const fact = registry().figures.get(growthFactId(key));
      const g = fact && typeof fact.value === "number" ? fact.value : growthFromNote(english.get(key));
      if (g !== undefined) growth[key] = g;
    }
    input = {
      years: seriesRows("alibaba-cloud-revenue-fy", locale).filter(hasValue),
      quarters,
      growth,
      ghost: factRow(BEFORE_ELIMINATION_FACT, locale),
    };
    inputs.set(locale, input);
  }
  return input;
}

export const cloudRevenue: ChartDefinition = {
  id: "cloud-revenue",
  steps: 1,
  spec(locale, _state, frame) {
    const copy = pickCopy(copyFile, locale) as RevenueCopy;
    const input = revenueInput(locale);
    const publishers = (ids: string[]) => sourceNames(ids, locale);
    const { title, notes } = revenueText(input, copy, locale);
    return {
      title,
      subtitle: copy.subtitle,
      plotLabel: copy.plotLabel,
      sources: revenueSources(input),
      notes,
      table: revenueTable(input, copy, locale, publishers),
      scene: layoutCloudRevenue(input, { frame, locale, publishers }, copy),
    };
  },
};
