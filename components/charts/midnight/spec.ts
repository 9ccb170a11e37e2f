// The cold open as plain data (lib/charts/spec.ts): midnight, 11 November 2010, as an illustrative model
// of Alipay's load against the capacity planned for the night. Its numbers come from the registry (the
// surge, the margin and the seconds The Paper reported); the load curve is the elasticity explorer's own
// model (components/charts/elasticity/model.ts), so the cold open and the explorable that follows agree.
import copyFile from "@/content/charts/midnight.json";
import { getFigure, sourceNames } from "@/lib/data/registry";
import { pickCopy } from "@/lib/content/copy";
import type { ChartDefinition } from "@/lib/charts/spec";
import type { Locale } from "@/lib/i18n";
import { demandCurve, forecast2010, MIDNIGHT } from "@/components/charts/elasticity/model";
import { STEP_COUNT, WINDOW } from "@/components/charts/midnight/steps";
import type { MidnightInput } from "@/components/charts/midnight/scales";
import { layoutMidnight } from "@/components/charts/midnight/layout";
import { midnightTable, midnightText, type MidnightCopy } from "@/components/charts/midnight/text";

export const SURGE_FACT = "alipay-midnight-surge-2010";
export const HEADROOM_FACT = "alipay-capacity-headroom-2010";
export const MARGIN_FACT = "alipay-margin-2010";

function number(id: string): number {
  const v = getFigure(id).value;
  if (typeof v !== "number") throw new Error(`midnight: fact "${id}" must be a number`);
  return v;
}

let cached: MidnightInput | undefined;

/** Everything the chart draws, from the registry and the model. */
export function midnightInput(): MidnightInput {
  if (!cached) {
    const surge = number(SURGE_FACT);
    const headroom = number(HEADROOM_FACT) / 100;
    const forecast = forecast2010(surge, headroom);
    const { demand } = demandCurve({ surge });
    const load = [];
    for (let m = WINDOW.from; m <= WINDOW.to; m++) load.push({ minute: m, value: demand[MIDNIGHT + m]! });
    const facts = [SURGE_FACT, HEADROOM_FACT, MARGIN_FACT].map(getFigure);
    cached = {
      load,
      surge,
      headroom,
      forecast,
      capacity: forecast * (1 + headroom),
      seconds: number(MARGIN_FACT),
      year: Number((facts[2]!.when ?? "2010").slice(0, 4)),
      sources: [...new Set(facts.flatMap((f) => f.source))],
    };
  }
  return cached;
}

export const midnight: ChartDefinition = {
  id: "midnight",
  steps: STEP_COUNT,
  spec(locale: Locale, state, frame) {
    const copy = pickCopy(copyFile, locale) as MidnightCopy;
    const input = midnightInput();
    const { title, subtitle, notes } = midnightText(input, copy, locale, state.step);
    return {
      title,
      subtitle,
      plotLabel: copy.plotLabel,
      sources: input.sources,
      notes,
      table: midnightTable(input, copy, locale),
      scene: layoutMidnight(input, { frame, locale, step: state.step, publisher: sourceNames(input.sources, locale) }, copy),
    };
  },
};
