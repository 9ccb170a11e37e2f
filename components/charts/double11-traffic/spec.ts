// The Double 11 chart as plain data (lib/charts/spec.ts): its words, sources, notes, table and scene for a
// locale, a state (step, linear or log axis) and a frame. Reads the data registry once per locale.
import copyFile from "@/content/charts/double11-traffic.json";
import { sourceNames } from "@/lib/data/registry";
import { pickCopy } from "@/lib/content/copy";
import { factRow, seriesRows } from "@/lib/charts/data";
import type { ChartDefinition } from "@/lib/charts/spec";
import type { Locale } from "@/lib/i18n";
import { fill } from "@/lib/fill";
import type { TrafficInput } from "@/components/charts/double11-traffic/scales";
import { layoutDouble11Traffic } from "@/components/charts/double11-traffic/layout";
import { STEP_COUNT } from "@/components/charts/double11-traffic/steps";
import { trafficSources, trafficTable, trafficText, type TrafficCopy } from "@/components/charts/double11-traffic/text";

const inputs = new Map<Locale, TrafficInput>();

/** Everything the chart draws, from the registry. */
export function double11Input(locale: Locale): TrafficInput {
  let input = inputs.get(locale);
  if (!input) {
    const tmall = seriesRows("double11-gmv-tmall", locale);
    input = {
      gmv: seriesRows("double11-gmv", locale),
      orders: seriesRows("double11-peak-orders", locale),
      payments: seriesRows("double11-alipay-peak", locale),
      mobile: seriesRows("double11-mobile-share", locale),
      tmall2010: tmall.find((r) => r.year === 2010) ?? null,
      claim2010: factRow("double11-gmv-2010-article", locale),
      cloudShare: ["orders-on-cloud-2012", "orders-on-cloud-2013"].map((id) => factRow(id, locale)).filter((r) => r !== null),
      margin2010: factRow("alipay-margin-2010", locale),
    };
    inputs.set(locale, input);
  }
  return input;
}

export const double11Traffic: ChartDefinition = {
  id: "double11-traffic",
  steps: STEP_COUNT,
  variants: [{ name: "scale", values: ["linear", "log"], default: "linear" }],
  spec(locale, state, frame) {
    const copy = pickCopy(copyFile, locale) as TrafficCopy;
    const input = double11Input(locale);
    const publishers = (ids: string[]) => sourceNames(ids, locale);
    const scale = state.variants?.scale === "log" ? "log" : "linear";
    const { title, notes, vars } = trafficText(input, copy, locale, state.step);
    return {
      title,
      subtitle: fill(copy.subtitle, vars),
      plotLabel: copy.plotLabel,
      sources: trafficSources(input),
      notes,
      table: trafficTable(input, copy, locale, publishers),
      scene: layoutDouble11Traffic(input, { frame, locale, scale, step: state.step, publishers }, copy),
      controls: [
        {
          name: "scale",
          label: copy.scaleControl.label,
          options: [
            { value: "linear", label: copy.scaleControl.linear },
            { value: "log", label: copy.scaleControl.log },
          ],
        },
      ],
    };
  },
};
