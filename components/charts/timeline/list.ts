// The narrow frame: a phone reads the timeline as a list, years down a spine, each event with its date,
// its theme's glyph and its whole title (wrapped with the kernel's measure). Rows the view does not show
// fold to nothing where they stood, so the rows below glide up. A key to the glyphs heads the list, with
// JavaScript or without: the list does not move when the island starts under the reader's first touch. Pure.
import { line, r1, rect, text, type Mark } from "@/lib/charts/scene";
import { lineHeight, measure, wrap } from "@/lib/charts/text";
import type { Frame } from "@/lib/charts/frames";
import { glyph } from "@/components/charts/timeline/glyphs";
import { isShown, off, placed, showsEarly, THEMES, type Placed, type TimelineInput, type TimelineView } from "@/components/charts/timeline/input";

/** `cursor` draws the cursor's band for any year on this same layout: a year pointed at moves only the band. */
export type ListLayout = { marks: Mark[]; height: number; cursor: (year: number | null) => Mark };

const IDEOGRAPH = /[\u3400-\u9FFF\uF900-\uFAFF]/;

/** A Chinese title never ends on one lonely character: the line above hands it one more. */
export function noOrphan(lines: string[]): string[] {
  const last = [...(lines.at(-1) ?? "")];
  const prev = [...(lines.at(-2) ?? "")];
  if (last.length !== 1 || !IDEOGRAPH.test(last[0]!) || prev.length < 4 || !IDEOGRAPH.test(prev.at(-1)!)) return lines;
  return [...lines.slice(0, -2), prev.slice(0, -1).join(""), prev.at(-1)! + last[0]];
}

/** Within a year: events known only by the year first, then by date. */
const listOrder = (a: Placed, b: Placed) =>
  a.p.year - b.p.year || Number(a.p.precision !== "year") - Number(b.p.precision !== "year") || a.p.at - b.p.at || a.order - b.order;

export function list(input: TimelineInput, frame: Frame, view: TimelineView): ListLayout {
  const T = frame.type;
  const size = { title: T.head, year: Math.round(T.head * 1.3), date: T.tick, legend: T.note };
  const lh = lineHeight(size.title);
  const r = frame.dot + 0.5;
  const width = frame.width;
  const events = placed(input).sort(listOrder);
  const dateX = 2 + Math.max(...input.events.map((e) => measure(e.dateLabel, size.date)), measure(String(input.domain.to), size.year, 700));
  const spineX = dateX + r + 8;
  const textX = spineX + r + 8;
  const marks: Mark[] = [];
  let y = 0;

  // The key to the glyphs, wrapped to the width.
  let lx = 2;
  let ly = size.legend * 0.8;
  const legend: Mark[] = [];
  for (const theme of THEMES) {
    const w = r * 2 + 6 + measure(input.lanes[theme], size.legend) + 14;
    if (lx + w > width && lx > 2) {
      lx = 2;
      ly += lineHeight(size.legend) + 4;
    }
    legend.push(
      { type: "path", key: `legend-glyph-${theme}`, d: glyph(theme, lx + r + 1, ly, r), className: `chart-timeline-glyph chart-timeline-${theme}` },
      text(`legend-${theme}`, lx + r * 2 + 6, ly, input.lanes[theme], size.legend, { baseline: "middle", className: "chart-text chart-muted" }),
    );
    lx += w;
  }
  marks.push(...legend);
  y = ly + size.legend + 8;

  const shown = new Set(events.filter((e) => isShown(e, view, input.domain)).map((e) => e.id));
  const years = [...new Set(events.map((e) => e.p.year))];
  const shownYears = new Set(events.filter((e) => shown.has(e.id)).map((e) => e.p.year));
  const anyEarly = [...shownYears].some((yr) => yr < input.domain.from);
  const anyMain = [...shownYears].some((yr) => yr >= input.domain.from);
  const yearH = Math.round(size.year * 1.9);
  const breakH = Math.round(size.year * 1.2);
  const rowGap = Math.round(size.title * 0.75);
  const spine = { early: [Infinity, -Infinity], main: [Infinity, -Infinity] };
  const bands = new Map<number, [number, number]>();
  const rows: Mark[] = [];

  for (const year of years) {
    const early = year < input.domain.from;
    if (!early && year === years.find((yr) => yr >= input.domain.from)) {
      // A break in the spine between the events before the domain and the domain's: the years between are
      // not the story's. Drawn where the domain starts, off when one side is empty.
      const on = anyEarly && anyMain;
      const s = size.year * 0.2;
      const c = y + breakH / 2;
      rows.push({
        type: "path",
        key: "break",
        d: `M${r1(spineX - s * 2)} ${r1(c + s)}L${r1(spineX + s * 2)} ${r1(c - s * 0.5)}M${r1(spineX - s * 2)} ${r1(c + s * 2.5)}L${r1(spineX + s * 2)} ${r1(c + s)}`,
        className: "chart-timeline-break",
        attrs: off(on),
      });
      if (on) y += breakH;
    }
    const yearOn = shownYears.has(year);
    const top = y;
    const cy = y + yearH * 0.62;
    const o = off(yearOn);
    rows.push(
      line(`year-rule-${year}`, spineX + r + 4, cy, width, cy, "chart-grid", { attrs: o }),
      { type: "circle", key: `year-node-${year}`, cx: spineX, cy, r: r * 0.7, className: "chart-timeline-node", attrs: o },
      text(`year-${year}`, dateX, cy, String(year), size.year, {
        anchor: "end",
        baseline: "middle",
        weight: 700,
        className: "chart-text chart-timeline-year",
        attrs: o,
      }),
    );
    if (yearOn) y += yearH;
    const seg = early ? spine.early : spine.main;
    if (yearOn) seg[0] = Math.min(seg[0]!, cy);
    for (const e of events.filter((e) => e.p.year === year)) {
      const on = shown.has(e.id);
      const lines = noOrphan(wrap(e.title, width - textX - 2, size.title));
      const h = lines.length * lh + rowGap;
      const base = y + size.title;
      const link = e.href ? { "data-href": e.href } : {};
      rows.push(
        text(`date-${e.id}`, dateX, base, e.dateLabel, size.date, { anchor: "end", className: "chart-text chart-muted", attrs: off(on) }),
        {
          type: "path",
          key: `ev-${e.id}`,
          d: glyph(e.theme, spineX, base - size.title * 0.35, r),
          className: `chart-timeline-glyph chart-timeline-${e.theme}`,
          tip: e.tip,
          // The card leaves the row's title readable (components/charts/shared/interaction.ts).
          attrs: { ...link, ...off(on), "data-tip-around": `title-${e.id}` },
        },
        text(`title-${e.id}`, textX, base, lines, size.title, { lineHeight: lh, className: "chart-text chart-timeline-title", attrs: { ...link, ...off(on) } }),
      );
      if (on) {
        y += h;
        seg[1] = Math.max(seg[1]!, base - size.title * 0.35);
      }
    }
    if (yearOn) bands.set(year, [top + 4, y - rowGap / 2]);
  }
  const seg = (key: string, [a, b]: number[], on: boolean) => line(key, spineX, on ? a! : y, spineX, on ? b! : y, "chart-axis", { attrs: off(on) });
  marks.push(seg("spine-early", spine.early, anyEarly && showsEarly(view, input.domain)), seg("spine", spine.main, anyMain));
  const cursor = (year: number | null) => {
    const band = year !== null ? bands.get(year) : undefined;
    return rect("cursor", 0, band?.[0] ?? 0, width, band ? band[1] - band[0] : 0, { className: "chart-timeline-cursor", attrs: off(!!band) });
  };
  marks.push(cursor(view.cursor));
  marks.push(...rows);
  return { marks, height: Math.ceil(y + 4), cursor };
}
