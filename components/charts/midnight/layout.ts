// The cold open for a frame and a step: geometry (scales.ts), marks (marks.ts) and words (annotations.ts),
// in drawing order: the load and what it leaves idle, the curtain over what has not happened yet, then the
// axes, the capacity, the points and the words over everything. Pure.
import type { Frame } from "@/lib/charts/frames";
import type { Locale } from "@/lib/i18n";
import { isChinese } from "@/lib/i18n";
import type { Scene } from "@/lib/charts/scene";
import { geometry, type MidnightInput } from "@/components/charts/midnight/scales";
import { capacityLine, curtain, idleArea, loadLine, loadPoints, normalLine, surgeMarks, type Ctx } from "@/components/charts/midnight/marks";
import { axes, callouts, clock, lineLabels } from "@/components/charts/midnight/annotations";
import { midnightText, type MidnightCopy } from "@/components/charts/midnight/text";

export type MidnightOptions = { frame: Frame; locale: Locale; step?: number; publisher?: string };

export function layoutMidnight(input: MidnightInput, opts: MidnightOptions, copy: MidnightCopy): Scene {
  const g = geometry(input, opts.frame, isChinese(opts.locale));
  const { title, desc, vars, plan } = midnightText(input, copy, opts.locale, opts.step);
  const c: Ctx = { g, input, copy, locale: opts.locale, vars, publisher: opts.publisher ?? input.sources.join(", ") };
  return {
    width: g.width,
    height: g.height,
    title,
    desc,
    marks: [
      idleArea(c, plan),
      loadLine(c),
      ...curtain(c, plan),
      ...axes(c),
      normalLine(c),
      capacityLine(c),
      ...loadPoints(c, plan),
      ...surgeMarks(c, plan),
      ...lineLabels(c, plan),
      ...clock(c, plan),
      ...callouts(c, plan),
    ],
  };
}
