// The timeline as plain data (lib/charts/spec.ts): its words, sources, notes, table and scene for a
// locale and a frame, in the default view (every year, every theme). Reads the registry once per locale
// into the JSON the island also receives (timelineInput), so server and island lay out the same data
// with the same function (layout.ts).
import copyFile from "@/content/charts/timeline.json";
import { registry, sourceNames } from "@/lib/data/registry";
import { pickCopy } from "@/lib/content/copy";
import { getChapters } from "@/lib/content/chapters";
import { localePath, type Locale } from "@/lib/i18n";
import { withBase } from "@/lib/paths";
import { fill, getDictionary } from "@/lib/ui";
import { localize } from "@/components/content/Fact";
import type { ChartDefinition, ChartTable } from "@/lib/charts/spec";
import type { TimelineEvent } from "@/lib/data/schema";
import { timePoint } from "@/components/charts/timeline/model";
import { DOMAIN, THEMES, defaultView, type TimelineInput } from "@/components/charts/timeline/input";
import { layoutTimeline } from "@/components/charts/timeline/layout";
import { copyVars, eventTip, shortDate, timelineNotes, timelineTable, type TimelineCopy, type Words } from "@/components/charts/timeline/text";

export type TimelineData = { input: TimelineInput; copy: TimelineCopy; subtitle: string; notes: string[]; sources: string[]; table: ChartTable };

const cache = new Map<Locale, TimelineData>();

/** Everything the timeline shows in a locale, from the registry; computed once per build process. */
export function timelineData(locale: Locale): TimelineData {
  const hit = cache.get(locale);
  if (hit) return hit;
  const copy = pickCopy(copyFile, locale) as TimelineCopy;
  const t = getDictionary(locale);
  const chapters = new Map(getChapters(locale).map((c) => [c.slug, c]));
  const themes = Object.fromEntries(THEMES.map((theme) => [theme, t.timeline.themes[theme]])) as Words["themes"];
  const w: Words = {
    copy,
    locale,
    themes,
    approximate: t.timeline.approximate,
    low: t.fact.confidence.low,
    title: (e) => localize(e.title, locale)!,
    chapter: (e) => chapters.get(e.chapter),
    publishers: (ids) => sourceNames(ids, locale),
  };
  const events: TimelineEvent[] = registry().events.filter((e) => timePoint(e.date).at < DOMAIN.to + 1);
  const annotations = copy.annotations as Record<string, string>;
  const vars = copyVars(events, DOMAIN, w);
  const input: TimelineInput = {
    domain: DOMAIN,
    events: events.map((e) => ({
      id: e.id,
      date: e.date,
      theme: e.theme,
      confidence: e.confidence,
      title: w.title(e),
      dateLabel: shortDate(e.date, locale, copy.yearOnly),
      ...(annotations[e.id] ? { annotation: annotations[e.id] } : {}),
      ...(chapters.has(e.chapter) ? { href: withBase(`${localePath(locale, `/${e.chapter}/`)}#event-${e.id}`) } : {}),
      tip: eventTip(e, w),
    })),
    lanes: themes,
    title: fill(copy.title, vars),
    desc: fill(copy.desc, vars),
  };
  const data: TimelineData = {
    input,
    copy,
    subtitle: fill(copy.subtitle, vars),
    notes: timelineNotes(events, DOMAIN, w),
    sources: [...new Set(events.flatMap((e) => e.source))],
    table: timelineTable(events, w),
  };
  cache.set(locale, data);
  return data;
}

export const timeline: ChartDefinition = {
  id: "timeline",
  steps: 0,
  spec(locale, _state, frame) {
    const d = timelineData(locale);
    return {
      title: d.input.title,
      subtitle: d.subtitle,
      plotLabel: d.copy.plotLabel,
      sources: d.sources,
      notes: d.notes,
      table: d.table,
      scene: layoutTimeline(d.input, frame, defaultView(d.input)),
    };
  },
};
