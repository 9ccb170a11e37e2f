// The timeline's words: each event's tooltip, announcement and short date, the figures the title and
// description name (computed from the events, never typed), the notes and the table. Runs on the server:
// the island receives the results as plain strings (input.ts). Pure.
import type copyFile from "@/content/charts/timeline.json";
import { fill } from "@/lib/fill";
import { chapterName, type Nameable } from "@/lib/content/chapter-name";
import { formatDateValue } from "@/lib/data/format";
import { intlLocale, type Locale } from "@/lib/i18n";
import type { EventTheme, TimelineEvent } from "@/lib/data/schema";
import type { ChartTable } from "@/lib/charts/spec";
import type { Tip } from "@/lib/charts/scene";
import { timePoint, type YearRange } from "@/components/charts/timeline/model";
import { THEMES } from "@/components/charts/timeline/input";

export type TimelineCopy = (typeof copyFile)["en"];

/** What the words need besides the copy: the dictionary's theme names and labels, chapters, publishers. */
export type Words = {
  copy: TimelineCopy;
  locale: Locale;
  themes: Record<EventTheme, string>;
  /** "date approximate", "Uncertain: treat as a lead". */
  approximate: string;
  low: string;
  title: (e: TimelineEvent) => string;
  chapter: (e: TimelineEvent) => Nameable | undefined;
  publishers: (ids: string[]) => string;
};

/** "28 Jul" / "7月28日"; "Oct" / "10月"; an event known only by its year gets the copy's "year only". */
export function shortDate(date: string, locale: Locale, yearOnly: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return yearOnly;
  const when = new Date(Date.UTC(y, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d === undefined ? { month: "short", timeZone: "UTC" } : { day: "numeric", month: "short", timeZone: "UTC" };
  return new Intl.DateTimeFormat(intlLocale[locale], options).format(when);
}

/** The tooltip: when, what, why it is drawn as it is, where to read it, and who reports it. */
export function eventTip(e: TimelineEvent, w: Words): Tip {
  const { copy } = w;
  const when = formatDateValue(e.date, w.locale);
  const theme = w.themes[e.theme];
  const title = w.title(e);
  const note = [`${theme}${w.locale === "en" ? "." : "。"}`];
  if (timePoint(e.date).precision === "year") note.push(copy.approximate);
  if (e.confidence === "low") note.push(e.source.every((s) => s === "article") ? copy.confidence.lowArticle : copy.confidence.low);
  if (e.confidence === "medium") note.push(copy.confidence.medium);
  const chapter = w.chapter(e);
  if (chapter) note.push(fill(copy.readIn, { chapter: chapterName(chapter) }));
  const low = e.confidence === "low" ? (w.locale === "en" ? ` (${w.low})` : `（${w.low}）`) : "";
  return {
    label: `${when}${w.locale === "en" ? ", " : "，"}${theme}${w.locale === "en" ? ": " : "："}${title}${low}`,
    title: when,
    value: title,
    note: note.join(w.locale === "en" ? " " : ""),
    source: w.publishers(e.source),
    year: timePoint(e.date).year,
    confidence: e.confidence,
  };
}

/** The year around which a theme's events cluster: the median of their dates. */
export function medianYear(events: Pick<TimelineEvent, "date">[]): number | null {
  const at = events.map((e) => timePoint(e.date).at).sort((a, b) => a - b);
  if (!at.length) return null;
  const mid = at.length / 2;
  const median = at.length % 2 ? at[Math.floor(mid)]! : (at[mid - 1]! + at[mid]!) / 2;
  return Math.floor(median);
}

/** The figures the copy's placeholders name ({count}, {trafficMid}…), all from the events. */
export function copyVars(events: TimelineEvent[], domain: YearRange, w: Pick<Words, "locale" | "themes">) {
  const inSpan = events.filter((e) => timePoint(e.date).at >= domain.from);
  const list = new Intl.ListFormat(intlLocale[w.locale], { type: "conjunction" });
  const mid = (theme: EventTheme) => medianYear(inSpan.filter((e) => e.theme === theme)) ?? "";
  return {
    count: inSpan.length,
    first: domain.from,
    last: domain.to,
    themes: list.format(THEMES.map((t) => w.themes[t])),
    trafficMid: mid("traffic"),
    virtualizationMid: mid("virtualization"),
    aiMid: mid("ai"),
  };
}

/** The copy's notes, with the events before the domain named in the second. */
export function timelineNotes(events: TimelineEvent[], domain: YearRange, w: Words): string[] {
  const notes = [...w.copy.notes];
  const early = events.filter((e) => timePoint(e.date).at < domain.from);
  if (early.length) {
    const list = new Intl.ListFormat(intlLocale[w.locale], { type: "conjunction" });
    const open = w.locale === "en" ? " (" : "（";
    const close = w.locale === "en" ? ")" : "）";
    notes.splice(1, 0, fill(w.copy.earlyNote, { events: list.format(early.map((e) => `${w.title(e)}${open}${formatDateValue(e.date, w.locale)}${close}`)) }));
  }
  return notes;
}

/** One row per event, in the registry's order (the page links each event cell to its chapter). */
export function timelineTable(events: TimelineEvent[], w: Words): ChartTable {
  const { copy } = w;
  return {
    caption: copy.tableCaption,
    columns: [
      { key: "date", label: copy.columns.date },
      { key: "event", label: copy.columns.event },
      { key: "theme", label: copy.columns.theme },
      { key: "source", label: copy.columns.source },
    ],
    rows: events.map((e) => ({
      date:
        formatDateValue(e.date, w.locale) +
        (timePoint(e.date).precision === "year" ? (w.locale === "en" ? ` (${w.approximate})` : `（${w.approximate}）`) : ""),
      event: w.title(e),
      theme: w.themes[e.theme],
      source: w.publishers(e.source),
    })),
  };
}
