// What the timeline draws, as plain JSON: the server builds it from the registry (spec.ts) and hands the
// same object to the island as props, so both lay the chart out with the same function (layout.ts) from
// the same data. Every word is already in the reader's language; the layout only measures and places.
// Pure and d3-free; no registry import, so the island's bundle stays small.
import type { Confidence, EventTheme } from "@/lib/data/schema";
import type { Tip } from "@/lib/charts/scene";
import { inRange, timePoint, type TimePoint, type YearRange } from "@/components/charts/timeline/model";

/** Lanes, top to bottom (lib/data/schema.ts eventThemes; the tests hold the two equal). */
export const THEMES: readonly EventTheme[] = ["platform", "traffic", "virtualization", "ai", "market"];

/** The story's span. Events before it sit left of a break in the axis; none comes after it. */
export const DOMAIN: YearRange = { from: 2009, to: 2025 };

export type EventItem = {
  id: string;
  date: string;
  theme: EventTheme;
  confidence: Confidence;
  title: string;
  /** The narrow list's date column: "28 Jul", "Oct", "year only". */
  dateLabel: string;
  /** A short direct label on the lanes, for the landmarks the copy names. */
  annotation?: string;
  /** The place in a chapter that tells the event. */
  href?: string;
  tip: Tip;
};

export type TimelineInput = {
  domain: YearRange;
  /** In the registry's order (which breaks ties between events on the same date). */
  events: EventItem[];
  lanes: Record<EventTheme, string>;
  title: string;
  desc: string;
};

/** What a reader has chosen: the years shown, the themes hidden, the year the cursor marks. */
export type TimelineView = {
  range: YearRange;
  hidden: EventTheme[];
  cursor: number | null;
};

export const defaultView = (input: Pick<TimelineInput, "domain">): TimelineView => ({ range: input.domain, hidden: [], cursor: null });

export type Placed = EventItem & { p: TimePoint; early: boolean; order: number };

/** Events in time order (ties in registry order): the order the arrow keys walk them, in every view. */
export function placed(input: TimelineInput): Placed[] {
  return input.events
    .map((e, order) => {
      const p = timePoint(e.date);
      return { ...e, p, early: p.at < input.domain.from, order };
    })
    .filter((e) => e.p.at < input.domain.to + 1)
    .sort((a, b) => a.p.at - b.p.at || a.order - b.order);
}

/** Events before the domain show only while the range starts at the domain's first year. */
export const showsEarly = (view: TimelineView, domain: YearRange) => view.range.from === domain.from;

/** Is an event drawn in this view? */
export function isShown(e: Placed, view: TimelineView, domain: YearRange): boolean {
  if (view.hidden.includes(e.theme)) return false;
  return e.early ? showsEarly(view, domain) : inRange(e.p.at, view.range);
}

/** How many events of the domain a view shows (what the island announces). */
export const shownCount = (input: TimelineInput, view: TimelineView) => placed(input).filter((e) => !e.early && isShown(e, view, input.domain)).length;

/** Marks a mark as drawn off in this view (faded out, out of the keyboard order, left out of exports). */
export const off = (on: boolean): Record<string, string> | undefined => (on ? undefined : { "data-off": "" });
