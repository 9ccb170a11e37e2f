// The cloud-revenue chart for a frame: geometry (scales.ts), data marks (marks.ts) and the words and
// guides on the plot (annotations.ts), in drawing order. The chart tells one state (its one step is the
// complete chart). Pure.
import type { Frame } from "@/lib/charts/frames";
import type { Locale } from "@/lib/i18n";
import type { Mark, Scene } from "@/lib/charts/scene";
import type { RevenueInput } from "@/components/charts/cloud-revenue/input";
import { geometry } from "@/components/charts/cloud-revenue/scales";
import { ghost, quarterBars, yearBars, type Ctx } from "@/components/charts/cloud-revenue/marks";
import { axes, baselines, breakLine, firstLabel, ghostLabel, growthLabels, periodLabels } from "@/components/charts/cloud-revenue/annotations";
import { revenueText, type RevenueCopy } from "@/components/charts/cloud-revenue/text";

export type RevenueOptions = { frame: Frame; locale: Locale; publishers?: (ids: string[]) => string };

export function layoutCloudRevenue(input: RevenueInput, opts: RevenueOptions, copy: RevenueCopy): Scene {
  const g = geometry(input, opts.frame, opts.locale, copy.missingValue);
  const c: Ctx = { g, input, copy, locale: opts.locale, publishers: opts.publishers ?? ((ids) => ids.join(", ")) };
  const years = yearBars(c);
  const quarters = quarterBars(c);
  const outline = ghost(c, years);
  // The outline follows its year, so arrow keys meet it in order.
  const bars: Mark[] = years.flatMap((b) => (outline && b.key === `fy-${outline.tip!.year}` ? [b, outline] : [b]));
  const { title, desc } = revenueText(input, copy, opts.locale);
  return {
    width: g.width,
    height: g.height,
    title,
    desc,
    marks: [
      ...axes(c),
      ...breakLine(c),
      ...bars,
      ...quarters,
      ...baselines(c),
      ...periodLabels(c),
      ...firstLabel(c, years),
      ...ghostLabel(c, outline, years),
      ...growthLabels(c, quarters),
    ],
  };
}
