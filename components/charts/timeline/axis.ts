// The time axis under the lanes: a gridline at each year's start, quarter lines once a year is wide
// enough, year labels centred on their year (every n years counted from the domain's first, so a label
// keeps its place while the reader brushes), the column of events before the domain with its break, and
// the band of the shared year cursor. Every year's marks are always in the scene, drawn off outside the
// range, so a new range slides them rather than replacing them. Pure.
import { line, rect, text, type Mark } from "@/lib/charts/scene";
import { xAxis, type Tick } from "@/lib/charts/axes";
import { measure } from "@/lib/charts/text";
import { QUARTERS_FROM, type LaneGeometry } from "@/components/charts/timeline/geometry";
import { off, showsEarly, type TimelineInput, type TimelineView } from "@/components/charts/timeline/input";
import { polyline } from "@/lib/charts/tree";

const clamp = (v: number, a: number, b: number) => Math.max(a, Math.min(b, v));

/** Every how many years to label so that labels keep a gap of at least one label's height. */
export function labelEvery(g: LaneGeometry, sample: string): number {
  const need = measure(sample, g.size.tick) + g.size.tick;
  return [1, 2, 5, 10].find((n) => n * g.ppy >= need) ?? 20;
}

export function axis(input: TimelineInput, g: LaneGeometry, view: TimelineView, top: number, bottom: number): Mark[] {
  const { domain } = input;
  const { range } = view;
  const years: number[] = [];
  for (let y = domain.from; y <= domain.to; y++) years.push(y);
  const at = (v: number) => clamp(g.x(v), g.x0, g.x1);
  const marks: Mark[] = [];

  for (const y of [...years, domain.to + 1])
    marks.push(line(`grid-${y}`, at(y), top, at(y), bottom, "chart-grid chart-timeline-grid", { attrs: off(y >= range.from && y <= range.to + 1) }));
  const quarters = g.ppy >= QUARTERS_FROM * g.size.tick;
  for (const y of years)
    for (const q of [1, 2, 3])
      marks.push(
        line(`quarter-${y}-${q}`, at(y + q / 4), top, at(y + q / 4), bottom, "chart-grid chart-timeline-quarter", {
          attrs: off(quarters && y >= range.from && y <= range.to),
        }),
      );
  marks.push(line("axis", g.x0, bottom, g.x1, bottom, "chart-axis"));

  const labelY = bottom + g.size.tick * 1.3;
  const every = labelEvery(g, String(domain.to));
  const isLabelled = (y: number) => y >= range.from && y <= range.to && (y - domain.from) % every === 0;
  const ticks: Tick[] = years.filter(isLabelled).map((y) => ({ value: y, pos: g.x(y + 0.5), label: String(y) }));
  const kept = new Map(xAxis(ticks, { key: "tick", y: labelY, size: g.size.tick }).map((m) => [m.key, m]));
  for (const y of years)
    marks.push(
      kept.get(`tick-${y}`) ??
        text(`tick-${y}`, at(y + 0.5), labelY, String(y), g.size.tick, { anchor: "middle", className: "chart-text chart-muted", attrs: off(false) }),
    );

  if (g.early) {
    const e = g.early;
    const o = off(showsEarly(view, domain));
    const s = g.size.tick * 0.28;
    marks.push(
      line("early-axis", e.x0, bottom, e.x1, bottom, "chart-axis", { attrs: o }),
      {
        type: "path",
        key: "early-break",
        d:
          polyline([
            [e.breakX - s * 1.6, bottom + s * 1.4],
            [e.breakX - s * 0.2, bottom - s * 1.4],
          ]) +
          polyline([
            [e.breakX + s * 0.2, bottom + s * 1.4],
            [e.breakX + s * 1.6, bottom - s * 1.4],
          ]),
        className: "chart-timeline-break",
        attrs: o,
      },
      text("early-tick", e.x, labelY, e.label, g.size.tick, { anchor: "middle", className: "chart-text chart-muted", attrs: o }),
    );
  }
  return marks;
}

/** The year the cursor marks, as a band across the lanes (in the early column for a year before the domain). */
export function cursorBand(input: TimelineInput, g: LaneGeometry, view: TimelineView, top: number, bottom: number): Mark {
  const y = view.cursor;
  const inAxis = y !== null && y >= view.range.from && y <= view.range.to;
  const inEarly = y !== null && y < input.domain.from && !!g.early && showsEarly(view, input.domain) && g.early.label.split(", ").includes(String(y));
  const x0 = inAxis ? g.x(y) : inEarly ? g.early!.x0 : g.x0;
  const x1 = inAxis ? g.x(y + 1) : inEarly ? g.early!.x1 : g.x0;
  return rect("cursor", x0, top, x1 - x0, bottom - top, { className: "chart-timeline-cursor", attrs: off(inAxis || inEarly) });
}
