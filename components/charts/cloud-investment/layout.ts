// The cloud-investment chart for a frame: geometry (scales.ts), data marks (marks.ts) and the words on the
// plot (annotations.ts), in drawing order. The chart tells one state (its one step is the complete chart).
// Pure.
import type { Frame } from "@/lib/charts/frames";
import type { Locale } from "@/lib/i18n";
import type { Scene } from "@/lib/charts/scene";
import type { InvestmentInput } from "@/components/charts/cloud-investment/input";
import { geometry } from "@/components/charts/cloud-investment/scales";
import { bars, widerDots, type Ctx } from "@/components/charts/cloud-investment/marks";
import { axis, dotLabels, grid, headings, ratios, rowLabels, values } from "@/components/charts/cloud-investment/annotations";
import { copyVars, investmentText, ratioFor, rowLabel, type InvestmentCopy } from "@/components/charts/cloud-investment/text";

export type InvestmentOptions = { frame: Frame; locale: Locale; publishers?: (ids: string[]) => string };

export function layoutCloudInvestment(input: InvestmentInput, opts: InvestmentOptions, copy: InvestmentCopy): Scene {
  const vars = copyVars(input, opts.locale);
  const g = geometry(input, opts.frame, opts.locale, {
    headings: copy.headings,
    ratioHeader: copy.headings.ratioHeader,
    wider: copy.headings.wider,
    label: (row, group) => rowLabel(copy, vars, row, group),
    ratio: (row, group) => ratioFor(input, row, group, opts.locale),
  });
  const c: Ctx = { g, input, copy, vars, locale: opts.locale, publishers: opts.publishers ?? ((ids) => ids.join(", ")) };
  const b = bars(c);
  const dots = widerDots(c);
  const r = ratios(c);
  const { title, desc } = investmentText(input, copy, opts.locale);
  return {
    width: g.width,
    height: g.height,
    title,
    desc,
    // Gridlines under the bars; the zero line, labels and dots over them.
    marks: [...grid(c), ...b, ...axis(c), ...dots, ...headings(c), ...rowLabels(c), ...values(c, b, dots, r), ...r, ...dotLabels(c, dots)],
  };
}
