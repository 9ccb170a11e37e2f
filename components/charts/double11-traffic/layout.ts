// The Double 11 chart for a frame, a scale and a step: geometry (scales.ts), data marks (marks.ts) and
// the step's annotations (annotations.ts, from the table in steps.ts), in drawing order. Pure.
import type { Frame } from "@/lib/charts/frames";
import type { Locale } from "@/lib/i18n";
import type { Mark, Scene } from "@/lib/charts/scene";
import { geometry, type Scale, type TrafficInput } from "@/components/charts/double11-traffic/scales";
import { mobileBars, peakMarks, salesMarks, type Ctx } from "@/components/charts/double11-traffic/marks";
import {
  axes,
  callout,
  cloudMeters,
  focusBand,
  magnifier,
  mobileLabels,
  paymentsLabel,
  valueLabels,
  windowBreak,
} from "@/components/charts/double11-traffic/annotations";
import { planFor } from "@/components/charts/double11-traffic/steps";
import { trafficText, type TrafficCopy } from "@/components/charts/double11-traffic/text";

export type TrafficOptions = { frame: Frame; locale: Locale; scale?: Scale; step?: number; publishers?: (ids: string[]) => string };

export function layoutDouble11Traffic(input: TrafficInput, opts: TrafficOptions, copy: TrafficCopy): Scene {
  const scale = opts.scale ?? "linear";
  const g = geometry(input, opts.frame, scale, opts.locale);
  const c: Ctx = { g, input, copy, locale: opts.locale, publishers: opts.publishers ?? ((ids) => ids.join(", ")) };
  const step = opts.step ?? 0;
  const plan = planFor(opts.step);

  const sales = salesMarks(c);
  const peaks = peakMarks(c);
  const mobile = mobileBars(c);
  const pay = paymentsLabel(c, peaks);
  const cloud = cloudMeters(c, plan, sales);
  const zoom = magnifier(c, plan, sales);
  const call = callout(c, plan, step, { sales, peaks, mobile, cloud, magnifierTop: zoom.top });

  // Drawing order: background, axes, data (the claim before its year's bar, so the solid bar stays on top
  // for the pointer), labels, then the annotations that sit over everything.
  const bars: Mark[] = [];
  for (const b of sales.bars) {
    if (sales.claim && b.tip?.year === sales.claim.tip?.year) bars.push(sales.claim);
    bars.push(b);
  }
  const marks: Mark[] = [
    ...focusBand(c, plan),
    ...axes(c, plan),
    ...windowBreak(c, plan, call.top),
    ...bars,
    ...sales.gap,
    ...peaks.lines,
    // Orders are the story: drawn last, on top where the two meet (2009).
    ...peaks.payments,
    ...peaks.orders,
    ...(pay ? [pay] : []),
    ...mobile,
    ...mobileLabels(c, plan, mobile),
    ...valueLabels(c, plan, sales, peaks, pay),
    ...cloud,
    ...zoom.marks,
    ...call.marks,
  ];
  const { title, desc } = trafficText(input, copy, opts.locale, opts.step);
  return {
    width: g.width,
    height: g.height,
    title,
    desc,
    marks,
    patterns: [
      { id: "stripes", size: 6, angle: 45, background: "chart-d11-stripe-bg", stripe: "chart-d11-stripe" },
      { id: "hatch", size: 6, angle: -45, background: "chart-d11-hatch-bg", stripe: "chart-d11-hatch" },
    ],
  };
}
