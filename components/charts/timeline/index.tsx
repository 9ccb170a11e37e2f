// Timeline, server side: reads the events, lays out a wide (lanes) and a narrow (list) version, and hands
// both to the island that zooms, filters and shares the year cursor.
import type { ReactNode } from "react";
import copyFile from "@/content/charts/timeline.json";
import { registry, getSource, sourceNames } from "@/lib/data/registry";
import { eventThemes, type EventTheme, type TimelineEvent } from "@/lib/data/schema";
import { formatDateValue } from "@/lib/data/format";
import { intlLocale, localePath, type Locale } from "@/lib/i18n";
import { withBase } from "@/lib/paths";
import { fill, getDictionary } from "@/lib/ui";
import { pickCopy } from "@/lib/content/copy";
import { localize } from "@/components/content/Fact";
import { getChapters } from "@/lib/content/chapters";
import type { ChartProps } from "@/components/charts/registry";
import { ChartFigure } from "@/components/charts/shared/ChartFigure";
import { GLYPHS, layoutTimelineNarrow, layoutTimelineWide, type TimelineItem, type TimelineLabels } from "@/components/charts/timeline/layout";
import { timePoint, type YearRange } from "@/components/charts/timeline/model";
import { TimelineNarrowView, TimelineWideView, type EventText, type TimelineViewText } from "@/components/charts/timeline/View";
import { TimelineIsland } from "@/components/charts/shared/lazy-islands";

export const SIZES = { wide: { width: 720 }, narrow: { width: 340 } } as const;

/** The story's span. Events before it sit left of a break in the axis; none comes after it. */
export const DOMAIN: YearRange = { from: 2009, to: 2025 };

type Copy = (typeof copyFile)["en"];

/** The year around which a theme's events cluster: the median of their dates. */
export function medianYear(events: Pick<TimelineEvent, "date">[]): number | null {
  const at = events.map((e) => timePoint(e.date).at).sort((a, b) => a - b);
  if (!at.length) return null;
  const mid = at.length / 2;
  const median = at.length % 2 ? at[Math.floor(mid)]! : (at[mid - 1]! + at[mid]!) / 2;
  return Math.floor(median);
}

function tipNote(e: TimelineEvent, copy: Copy, themeLabel: string, chapter: { number: number; title: string } | undefined): string {
  const parts = [themeLabel + "."];
  if (timePoint(e.date).precision === "year") parts.push(copy.approximate);
  if (e.confidence === "low") parts.push(e.source.every((s) => s === "article") ? copy.confidence.lowArticle : copy.confidence.low);
  if (e.confidence === "medium") parts.push(copy.confidence.medium);
  if (chapter) parts.push(fill(copy.readIn, { n: chapter.number, chapter: chapter.title }));
  return parts.join(" ");
}

export function TimelineChart({ locale, step, uid = "timeline" }: ChartProps) {
  const copy = pickCopy(copyFile, locale);
  const t = getDictionary(locale);
  const themeLabels = Object.fromEntries(eventThemes.map((theme) => [theme, t.timeline.themes[theme]])) as Record<EventTheme, string>;
  const events = registry().events.filter((e) => timePoint(e.date).at < DOMAIN.to + 1);
  const inSpan = events.filter((e) => timePoint(e.date).at >= DOMAIN.from);
  const earlyEvents = events.filter((e) => timePoint(e.date).at < DOMAIN.from);
  const chapters = new Map(getChapters(locale).map((c) => [c.slug, c]));

  const items: TimelineItem[] = events.map((e) => ({ id: e.id, date: e.date, theme: e.theme, confidence: e.confidence, title: localize(e.title, locale)! }));
  const publishers = (ids: string[]) => sourceNames(ids, locale);
  const hrefOf = (e: TimelineEvent) => (chapters.has(e.chapter) ? withBase(`${localePath(locale, `/${e.chapter}/`)}#event-${e.id}`) : undefined);

  const eventText: Record<string, EventText> = Object.fromEntries(
    events.map((e) => {
      const title = localize(e.title, locale)!;
      const when = formatDateValue(e.date, locale);
      const themeLabel = themeLabels[e.theme];
      const low = e.confidence === "low" ? ` (${t.fact.confidence.low})` : "";
      return [
        e.id,
        {
          tipTitle: when,
          tipValue: title,
          tipNote: tipNote(e, copy, themeLabel, chapters.get(e.chapter)),
          tipSource: publishers(e.source),
          label: `${when}, ${themeLabel}: ${title}${low}`,
          href: hrefOf(e),
        },
      ];
    }),
  );

  const list = new Intl.ListFormat(intlLocale[locale], { type: "conjunction" });
  const vars = {
    count: inSpan.length,
    first: DOMAIN.from,
    last: DOMAIN.to,
    themes: list.format(eventThemes.map((theme) => themeLabels[theme])),
    trafficMid: medianYear(inSpan.filter((e) => e.theme === "traffic")) ?? "",
    virtualizationMid: medianYear(inSpan.filter((e) => e.theme === "virtualization")) ?? "",
    aiMid: medianYear(inSpan.filter((e) => e.theme === "ai")) ?? "",
  };
  const text: TimelineViewText = { title: fill(copy.title, vars), desc: fill(copy.desc, vars), events: eventText };
  const labels: TimelineLabels = { lanes: themeLabels, annotations: copy.annotations as Record<string, string>, yearOnly: copy.yearOnly };
  const wide = layoutTimelineWide(items, { ...SIZES.wide, locale, domain: DOMAIN }, labels);
  const narrow = layoutTimelineNarrow(items, { ...SIZES.narrow, locale, domain: DOMAIN }, labels);

  const notes = [...copy.notes];
  if (earlyEvents.length) {
    const named = list.format(earlyEvents.map((e) => `${localize(e.title, locale)} (${formatDateValue(e.date, locale)})`));
    notes.splice(1, 0, fill(copy.earlyNote, { events: named }));
  }
  // One link per publisher in the source line (the table names each event's own sources).
  const byPublisher = new Map<string, string>();
  for (const id of events.flatMap((e) => e.source)) if (!byPublisher.has(getSource(id).publisher)) byPublisher.set(getSource(id).publisher, id);
  const sources = [...byPublisher.values()];

  return (
    <ChartFigure
      id="timeline"
      uid={uid}
      locale={locale}
      step={step}
      title={text.title}
      subtitle={fill(copy.subtitle, vars)}
      plotLabel={copy.plotLabel}
      sources={sources}
      notes={notes}
      table={{
        caption: copy.tableCaption,
        columns: [
          { key: "date", label: copy.columns.date },
          { key: "event", label: copy.columns.event },
          { key: "theme", label: copy.columns.theme },
          { key: "source", label: copy.columns.source },
        ],
        rows: events.map((e) => {
          const title = localize(e.title, locale)!;
          const href = hrefOf(e);
          // The table is where the links live without JavaScript or a pointer, so the event cell is a link.
          const event: ReactNode = href ? <a href={href}>{title}</a> : title;
          return {
            date: formatDateValue(e.date, locale) + (timePoint(e.date).precision === "year" ? ` (${t.timeline.approximate})` : ""),
            event,
            theme: themeLabels[e.theme],
            source: publishers(e.source),
          };
        }),
      }}
    >
      <TimelineIsland
        uid={uid}
        domain={DOMAIN}
        themes={eventThemes.map((theme) => ({ theme, label: themeLabels[theme], glyph: GLYPHS[theme] }))}
        text={{ filter: t.timeline.filter, ...copy.controls }}
      >
        <TimelineWideView scene={wide} text={text} uid={uid} />
        <TimelineNarrowView scene={narrow} text={text} uid={uid} />
      </TimelineIsland>
    </ChartFigure>
  );
}
