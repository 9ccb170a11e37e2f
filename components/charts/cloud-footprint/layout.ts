// The cloud-footprint chart for a frame: geometry (scales.ts), data marks (marks.ts) and the words and
// guides on the plot (annotations.ts), panel by panel in drawing order. The chart tells one state (its one
// step is the complete chart). Pure.
import type { Frame } from "@/lib/charts/frames";
import type { Locale } from "@/lib/i18n";
import type { Mark, Scene } from "@/lib/charts/scene";
import type { FootprintInput, SeriesId } from "@/components/charts/cloud-footprint/input";
import { geometry } from "@/components/charts/cloud-footprint/scales";
import { inOrder, seriesMarks, type Ctx } from "@/components/charts/cloud-footprint/marks";
import { axes, claimLabels, valueLabels } from "@/components/charts/cloud-footprint/annotations";
import { footprintText, type FootprintCopy } from "@/components/charts/cloud-footprint/text";

export type FootprintOptions = { frame: Frame; locale: Locale; publishers?: (ids: string[]) => string };

export function layoutCloudFootprint(input: FootprintInput, opts: FootprintOptions, copy: FootprintCopy): Scene {
  const g = geometry(input, opts.frame, opts.locale);
  const c: Ctx = { g, input, copy, locale: opts.locale, publishers: opts.publishers ?? ((ids) => ids.join(", ")) };
  const marks: Mark[] = (["regions", "zones"] as SeriesId[]).flatMap((id) => {
    const m = seriesMarks(c, id);
    const values = valueLabels(c, m);
    return [...axes(c, id), ...m.segments, ...claimLabels(c, m, values), ...inOrder(m), ...values];
  });
  const { title, desc } = footprintText(input, copy, opts.locale);
  return { width: g.width, height: g.height, title, desc, marks };
}
