// Layout for the timeline: pure functions from events and a size to a scene. Wide: one lane per theme on a
// horizontal time axis, with an overview strip for the brush. Narrow: a vertical list, years down the side.
// No React and no DOM; the positions the browser recomputes on zoom come from model.ts.
import { eventThemes, type Confidence, type EventTheme } from "@/lib/data/schema";
import { intlLocale, type Locale } from "@/lib/i18n";
import { pixelsPerYear, tickStep, tickYears, timePoint, yearScale, QUARTER_TICKS_FROM_PX, type DatePrecision, type YearRange } from "@/components/charts/timeline/model";
import { textWidth, wrapText } from "@/components/charts/timeline/text";

/** One event as the chart needs it: the title already in the reader's language. */
export type TimelineItem = {
  id: string;
  date: string;
  theme: EventTheme;
  confidence: Confidence;
  title: string;
};

export type TimelineLabels = {
  lanes: Record<EventTheme, string>;
  /** Short direct labels for a few landmark events, by event id. */
  annotations: Record<string, string>;
  /** The narrow list's date column for an event known only by its year. */
  yearOnly: string;
};

export type TimelineOptions = { width: number; locale: Locale; domain: YearRange };

/** Each theme's shape, so colour is never the only cue (paths centred on 0,0, about 10 px across). */
export const GLYPHS: Record<EventTheme, string> = {
  platform: "M4.8,0A4.8,4.8 0 1 1 -4.8,0A4.8,4.8 0 1 1 4.8,0Z",
  traffic: "M0,-5.6L5.4,3.8L-5.4,3.8Z",
  virtualization: "M0,-5.9L5.4,0L0,5.9L-5.4,0Z",
  ai: "M-4.3,-4.3H4.3V4.3H-4.3Z",
  market: "M-1.8,-5.2H1.8V-1.8H5.2V1.8H1.8V5.2H-1.8V1.8H-5.2V-1.8H-1.8Z",
};

const MARK_R = 5.5;
const ROW_H = 15;
const LANE_PAD = 7;
const LABEL_FONT = 12;
const TICK_FONT = 11;
const ANNOTATION_FONT = 10.5;

export type WideMark = {
  id: string;
  theme: EventTheme;
  year: number;
  at: number;
  precision: DatePrecision;
  confidence: Confidence;
  /** Left of the axis break: before the domain starts. */
  early: boolean;
  x: number;
  /** Offset from the lane's top; the lane's own top moves when themes are filtered. */
  dy: number;
  /** Where the mark sits with every lane shown. */
  y: number;
  /** Year-only events: the year they could fall in, relative to the mark's x. */
  span: { dx0: number; dx1: number } | null;
  annotation: { text: string; side: "left" | "right"; width: number } | null;
  /** Position in the data, to break ties between events on the same day. */
  order: number;
};

export type Lane = { theme: EventTheme; label: string; top: number; height: number; rows: number };

export type WideScene = {
  variant: "wide";
  width: number;
  height: number;
  domain: YearRange;
  /** The main time axis in px; the break and the early column sit left of x0. */
  x0: number;
  x1: number;
  top: number;
  lanes: Lane[];
  lanesBottom: number;
  marks: WideMark[];
  /** Year labels under the axis, centred on their year. `shown` at the full range. */
  ticks: { year: number; x: number; shown: boolean }[];
  tickStep: number;
  /** Width of a year label, which decides how many years the axis labels at a zoom level. */
  tickLabelWidth: number;
  /** Year boundaries: a grid line at the start of each year and after the last. */
  grid: { year: number; x: number }[];
  /** Quarter lines, drawn only once zoomed in far enough. */
  quarters: { at: number; x: number; shown: boolean }[];
  early: { x0: number; x1: number; x: number; breakX: number; label: string } | null;
  /** Local to the group below the lanes (it moves up when lanes are hidden). */
  axis: { labelY: number };
  overview: { y: number; height: number; rowH: number; marks: { id: string; theme: EventTheme; x: number; row: number }[]; labels: { x: number; label: string }[] };
  labelX: number;
};

/** Largest lane-label width, for the left margin. */
const laneLabelWidth = (labels: TimelineLabels) => Math.max(...eventThemes.map((t) => textWidth(labels.lanes[t], LABEL_FONT)));

export function layoutTimelineWide(items: TimelineItem[], opts: TimelineOptions, labels: TimelineLabels): WideScene {
  const { width, domain } = opts;
  const labelX = 18;
  const marginLeft = labelX + Math.ceil(laneLabelWidth(labels)) + 10;
  const earlyItems = items.filter((e) => timePoint(e.date).at < domain.from);
  const earlyYears = [...new Set(earlyItems.map((e) => timePoint(e.date).year))];
  const earlyWidth = earlyItems.length ? Math.max(34, earlyYears.length * 34) : 0;
  const breakGap = earlyItems.length ? 14 : 0;
  const x0 = marginLeft + earlyWidth + breakGap;
  const x1 = width - 14;
  const x = yearScale(domain, x0, x1);
  const early = earlyItems.length
    ? { x0: marginLeft, x1: marginLeft + earlyWidth, x: marginLeft + earlyWidth / 2, breakX: marginLeft + earlyWidth + breakGap / 2, label: earlyYears.join(", ") }
    : null;

  const shown = items.filter((e) => timePoint(e.date).at < domain.to + 1);
  // Marks ordered by time, so the arrow keys walk the timeline left to right.
  const ordered = shown
    .map((e, i) => ({ e, i, p: timePoint(e.date) }))
    .sort((a, b) => a.p.at - b.p.at || a.i - b.i);

  const top = 8;
  const lanes: Lane[] = [];
  const marks: WideMark[] = [];
  let laneTop = top;
  for (const theme of eventThemes) {
    const inLane = ordered.filter((o) => o.e.theme === theme);
    const rowEnds: number[] = [];
    const placed: WideMark[] = [];
    for (const { e, p, i } of inLane) {
      const isEarly = p.at < domain.from;
      const mx = isEarly ? early!.x : x(p.at);
      const span = p.precision === "year" && !isEarly ? { dx0: x(p.year) - mx, dx1: x(p.year + 1) - mx } : null;
      const text = labels.annotations[e.id];
      let annotation: WideMark["annotation"] = null;
      let left = mx - MARK_R;
      let right = mx + MARK_R;
      if (span) {
        left = Math.min(left, mx + span.dx0);
        right = Math.max(right, mx + span.dx1);
      }
      if (text) {
        const width = textWidth(text, ANNOTATION_FONT);
        const w = width + MARK_R + 4;
        if (mx + w <= x1) {
          annotation = { text, side: "right", width };
          right = Math.max(right, mx + w);
        } else if (mx - w >= x0) {
          annotation = { text, side: "left", width };
          left = Math.min(left, mx - w);
        }
      }
      // The first row where this mark (with its year bar and label) clears everything already placed.
      let row = rowEnds.findIndex((end) => end + 3 <= left);
      if (row < 0) row = rowEnds.length;
      rowEnds[row] = right;
      placed.push({
        id: e.id,
        theme,
        year: p.year,
        at: p.at,
        precision: p.precision,
        confidence: e.confidence,
        early: isEarly,
        x: mx,
        dy: LANE_PAD + row * ROW_H + ROW_H / 2,
        y: laneTop + LANE_PAD + row * ROW_H + ROW_H / 2,
        span,
        annotation,
        order: i,
      });
    }
    const rows = Math.max(1, rowEnds.length);
    const height = LANE_PAD * 2 + rows * ROW_H;
    lanes.push({ theme, label: labels.lanes[theme], top: laneTop, height, rows });
    marks.push(...placed);
    laneTop += height;
  }
  marks.sort((a, b) => a.at - b.at || a.order - b.order);

  const ppy = pixelsPerYear(domain, x0, x1);
  const tickLabelWidth = textWidth("2000", TICK_FONT);
  const step = tickStep(ppy, tickLabelWidth);
  const shownTicks = new Set(tickYears(domain, step));
  const years: number[] = [];
  for (let y = domain.from; y <= domain.to; y++) years.push(y);
  const ticks = years.map((year) => ({ year, x: x(year + 0.5), shown: shownTicks.has(year) }));
  const grid = [...years, domain.to + 1].map((year) => ({ year, x: x(year) }));
  const quarters = years.flatMap((year) => [0.25, 0.5, 0.75].map((q) => ({ at: year + q, x: x(year + q), shown: ppy >= QUARTER_TICKS_FROM_PX })));

  const lanesBottom = laneTop;
  const ovRowH = 4;
  const overviewY = 30;
  const overviewH = eventThemes.length * ovRowH + 6;
  const overview = {
    y: overviewY,
    height: overviewH,
    rowH: ovRowH,
    marks: marks.filter((m) => !m.early).map((m) => ({ id: m.id, theme: m.theme, x: m.x, row: eventThemes.indexOf(m.theme) })),
    // First, last and three evenly between: the overview never zooms, so its labels never change.
    labels: [...new Set([0, 1, 2, 3, 4].map((k) => domain.from + Math.round((k * (domain.to - domain.from)) / 4)))].map((year) => ({ x: x(year + 0.5), label: String(year) })),
  };
  const height = lanesBottom + overviewY + overviewH + 20;

  return {
    variant: "wide",
    width,
    height: Math.ceil(height),
    domain,
    x0,
    x1,
    top,
    lanes,
    lanesBottom,
    marks,
    ticks,
    tickStep: step,
    tickLabelWidth,
    grid,
    quarters,
    early,
    axis: { labelY: 16 },
    overview,
    labelX,
  };
}

// ——— Narrow: a vertical list ———

export type NarrowRow =
  | { kind: "legend"; y: number; h: number; items: { theme: EventTheme; label: string; x: number; y: number }[] }
  | { kind: "year"; year: number; y: number; h: number }
  | { kind: "break"; y: number; h: number }
  | {
      kind: "event";
      id: string;
      theme: EventTheme;
      year: number;
      at: number;
      precision: DatePrecision;
      confidence: Confidence;
      dateLabel: string;
      lines: string[];
      y: number;
      h: number;
    };

export type NarrowScene = {
  variant: "narrow";
  width: number;
  height: number;
  domain: YearRange;
  rows: NarrowRow[];
  dateX: number;
  spineX: number;
  textX: number;
  fontSize: number;
  lineHeight: number;
};

const NARROW_FONT = 14;
const NARROW_LINE = 17;
const DATE_FONT = 11;

/** "28 Jul" / "7月28日"; "Oct" / "10月"; a year-only event gets the yearOnly label. */
export function shortDate(date: string, locale: Locale, yearOnly: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return yearOnly;
  const when = new Date(Date.UTC(y, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d === undefined ? { month: "short", timeZone: "UTC" } : { day: "numeric", month: "short", timeZone: "UTC" };
  return new Intl.DateTimeFormat(intlLocale[locale], options).format(when);
}

export function layoutTimelineNarrow(items: TimelineItem[], opts: TimelineOptions, labels: TimelineLabels): NarrowScene {
  const { width, domain, locale } = opts;
  const dateX = Math.ceil(Math.max(textWidth(labels.yearOnly, DATE_FONT), textWidth("30 Sept", DATE_FONT), 40)) + 2;
  const spineX = dateX + 10;
  const textX = spineX + 13;
  const textWidthMax = width - textX - 4;
  const rows: NarrowRow[] = [];
  let y = 0;

  // A key to the shapes, since the list has no lanes to label (the theme chips replace it once scripted).
  const legendItems: { theme: EventTheme; label: string; x: number; y: number }[] = [];
  let lx = 8;
  let ly = 12;
  for (const theme of eventThemes) {
    const w = 16 + textWidth(labels.lanes[theme], 11.5) + 12;
    if (lx + w > width && lx > 8) {
      lx = 8;
      ly += 18;
    }
    legendItems.push({ theme, label: labels.lanes[theme], x: lx, y: ly });
    lx += w;
  }
  const legendH = ly + 16;
  rows.push({ kind: "legend", y, h: legendH, items: legendItems });
  y += legendH;

  // In date order, as the registry keeps them: within a year, events known only by the year come first.
  const shown = items.filter((e) => timePoint(e.date).at < domain.to + 1).sort((a, b) => a.date.localeCompare(b.date));
  let year: number | null = null;
  for (const e of shown) {
    const p = timePoint(e.date);
    if (p.year !== year) {
      if (year !== null && year < domain.from && p.year >= domain.from) {
        rows.push({ kind: "break", y, h: 20 });
        y += 20;
      }
      year = p.year;
      rows.push({ kind: "year", year, y, h: 30 });
      y += 30;
    }
    const lines = wrapText(e.title, textWidthMax, NARROW_FONT);
    const h = lines.length * NARROW_LINE + 10;
    rows.push({
      kind: "event",
      id: e.id,
      theme: e.theme,
      year: p.year,
      at: p.at,
      precision: p.precision,
      confidence: e.confidence,
      dateLabel: shortDate(e.date, locale, labels.yearOnly),
      lines,
      y,
      h,
    });
    y += h;
  }
  return { variant: "narrow", width, height: Math.ceil(y + 6), domain, rows, dateX, spineX, textX, fontSize: NARROW_FONT, lineHeight: NARROW_LINE };
}
