// The cloud-investment chart as plain data (lib/charts/spec.ts): its words, sources, notes, table and scene
// for a locale and a frame. One state: the chapters place it whole, with one caption. Reads the registry
// once per locale.
import copyFile from "@/content/charts/cloud-investment.json";
import { getFigure, sourceNames } from "@/lib/data/registry";
import { pickCopy } from "@/lib/content/copy";
import { factRow, seriesRows } from "@/lib/charts/data";
import type { ChartDefinition } from "@/lib/charts/spec";
import type { Locale } from "@/lib/i18n";
import { hasValue, type InvestmentInput } from "@/components/charts/cloud-investment/input";
import { layoutCloudInvestment } from "@/components/charts/cloud-investment/layout";
import { investmentSources, investmentTable, investmentText, type InvestmentCopy } from "@/components/charts/cloud-investment/text";

/** The article's forecast and Dell'Oro's actual, by their keys in datacenter-capex. */
export const FORECAST_KEY = "2025-forecast";
export const CAPEX_KEY = "2024";
/** Apollo in the dollars of its own day is left out: the comparison is with later dollars. */
export const NOMINAL_APOLLO_KEY = "nominal";
/** The span of the forecast's multiple of Apollo that the record supports. */
export const RATIO_RECORD_FACT = "apollo-ratio-record";

/** A registered range ({ min, max }) with its sources, or null if the fact holds a single number or words. */
function factRange(id: string): InvestmentInput["record"] {
  const f = getFigure(id);
  const v = f.value;
  return typeof v === "object" && "min" in v && typeof v.min === "number" && typeof v.max === "number" ? { min: v.min, max: v.max, source: f.source } : null;
}

const inputs = new Map<Locale, InvestmentInput>();

/** Everything the chart draws, from the registry. */
export function investmentInput(locale: Locale): InvestmentInput {
  let input = inputs.get(locale);
  if (!input) {
    const capex = seriesRows("datacenter-capex", locale);
    const byKey = (key: string) => {
      const row = capex.find((r) => (r.key ?? String(r.year)) === key);
      if (!hasValue(row)) throw new Error(`cloud-investment: datacenter-capex has no value for "${key}"`);
      return row;
    };
    input = {
      forecast: byKey(FORECAST_KEY),
      capex: byKey(CAPEX_KEY),
      apollo: seriesRows("apollo-cost", locale).filter((r) => r.key !== NOMINAL_APOLLO_KEY && hasValue(r)),
      iaas: seriesRows("iaas-revenue", locale).filter(hasValue),
      wider: seriesRows("cloud-infra-revenue", locale).filter(hasValue),
      claim: factRow("apollo-ratio-claim", locale)?.value ?? null,
      record: factRange(RATIO_RECORD_FACT),
    };
    inputs.set(locale, input);
  }
  return input;
}

export const cloudInvestment: ChartDefinition = {
  id: "cloud-investment",
  steps: 1,
  spec(locale, _state, frame) {
    const copy = pickCopy(copyFile, locale) as InvestmentCopy;
    const input = investmentInput(locale);
    const publishers = (ids: string[]) => sourceNames(ids, locale);
    const { title, notes } = investmentText(input, copy, locale);
    return {
      title,
      subtitle: copy.subtitle,
      plotLabel: copy.plotLabel,
      sources: investmentSources(input),
      notes,
      table: investmentTable(input, copy, locale, publishers),
      scene: layoutCloudInvestment(input, { frame, locale, publishers }, copy),
    };
  },
};
