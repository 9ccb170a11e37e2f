// The elasticity chart's data marks: in each panel, the capacity left idle and the load turned away as
// shaded areas, demand and capacity as lines, the midnight rule; the stretch the second panel enlarges; and
// the transparent hour and ten-minute marks a reader inspects. Every path has the same points in every
// state of a frame (scales.ts fixes them), so its `d` animates from one state to the next. Pure, d3-free.
import { fill } from "@/lib/fill";
import type { Locale } from "@/lib/i18n";
import { line, rect, type Mark, type PathMark, type RectMark } from "@/lib/charts/scene";
import { polyline } from "@/lib/charts/tree";
import { MIDNIGHT, hourly, period, type ModelResult, type PeriodRow } from "@/components/charts/elasticity/model";
import { ZOOM, type Geometry, type Panel, type PanelId } from "@/components/charts/elasticity/scales";
import { formatShare, formatTimes, periodTitle, type ElasticityCopy } from "@/components/charts/elasticity/text";

export type Pt = [number, number];

/** What a panel draws, in SVG units: the three lines, and whether capacity runs off the top. */
export type PanelLines = { demand: Pt[]; capacity: Pt[]; served: Pt[]; clipped: boolean };

/** Mean served, turned-away and idle load over each of the panel's buckets, as points (with its two ends). */
export function panelLines(p: Panel, result: ModelResult, yMax: number): PanelLines {
  const demand: Pt[] = [];
  const capacity: Pt[] = [];
  const served: Pt[] = [];
  let clipped = false;
  for (const b of p.buckets) {
    let s = 0;
    let d = 0;
    let i = 0;
    for (let m = b.start; m < b.end; m++) {
      s += result.served[m]!;
      d += result.dropped[m]!;
      i += result.idle[m]!;
    }
    const k = b.end - b.start;
    demand.push([b.x, p.y((s + d) / k)]);
    capacity.push([b.x, p.y((s + i) / k)]);
    served.push([b.x, p.y(s / k)]);
    if ((s + i) / k > yMax) clipped = true;
  }
  const ends = (pts: Pt[]): Pt[] => [[p.x0, pts[0]![1]], ...pts, [p.x1, pts.at(-1)![1]]];
  return { demand: ends(demand), capacity: ends(capacity), served: ends(served), clipped };
}

/** A closed area between an upper and a lower line with the same xs (zero-thick where they meet). */
const band = (upper: Pt[], lower: Pt[]) => `${polyline([...upper, ...[...lower].reverse()])}Z`;

/** Idle capacity and turned-away load as areas, then demand and capacity as lines, and the midnight rule. */
export function seriesMarks(p: Panel, lines: PanelLines): Mark[] {
  const path = (key: string, d: string, className: string): PathMark => ({ type: "path", key: `${p.id}-${key}`, d, className });
  return [
    path("idle", band(lines.capacity, lines.served), "chart-elastic-idle"),
    path("dropped", band(lines.demand, lines.served), "chart-elastic-dropped"),
    path("demand", polyline(lines.demand), "chart-elastic-demand"),
    path("capacity", polyline(lines.capacity), lines.clipped ? "chart-elastic-capacity chart-elastic-clipped" : "chart-elastic-capacity"),
    line(`${p.id}-midnight`, p.x(MIDNIGHT), p.y0, p.x(MIDNIGHT), p.y1, "chart-elastic-rule"),
  ];
}

/** In the day panel, the outline of the stretch the second panel enlarges. */
export function zoomWindow(g: Geometry): RectMark {
  const d = g.panels.day;
  return rect("zoom-window", d.x(ZOOM.from), d.y0, d.x(ZOOM.to) - d.x(ZOOM.from), d.y1 - d.y0, { className: "chart-elastic-zoom" });
}

export type TipContext = { copy: ElasticityCopy; locale: Locale /** The tooltip's source line. */; source: string };

function periodMark(p: Panel, r: PeriodRow, c: TipContext, span: "hour" | "tenMinutes"): RectMark {
  const { copy, locale } = c;
  const title = periodTitle(r, copy);
  const value = fill(copy.tip.value, { demand: formatTimes(r.demand, locale), capacity: formatTimes(r.capacity, locale), span: copy.tip[span] });
  const note =
    r.droppedShare > 1e-9
      ? fill(copy.tip.dropped, { share: formatShare(r.droppedShare, locale) })
      : fill(copy.tip.idle, { share: formatShare(r.idleShare, locale) });
  const stop = locale === "en" ? ". " : "。";
  return rect(`${span === "hour" ? "hour" : "ten"}-${r.start}`, p.x(r.start), p.y0, p.x(r.start + r.length) - p.x(r.start), p.y1 - p.y0, {
    className: "chart-hit",
    tip: { label: `${title}${locale === "en" ? ": " : "："}${value}${stop}${note}${stop.trim()}`, title, value, note, source: c.source, year: 2010 },
    attrs: { "data-kind": span === "hour" ? "hour" : "ten-minutes" },
  });
}

/** Each hour of the night in the day panel, and each ten minutes in the enlarged one. */
export function hitMarks(g: Geometry, demand: readonly number[], result: ModelResult, c: TipContext): RectMark[] {
  const { day, zoom } = g.panels;
  return [
    ...hourly(demand, result).map((r) => periodMark(day, r, c, "hour")),
    ...Array.from({ length: (ZOOM.to - ZOOM.from) / 10 }, (_, k) => periodMark(zoom, period(demand, result, ZOOM.from + 10 * k, 10), c, "tenMinutes")),
  ];
}

export const panelIds: PanelId[] = ["day", "zoom"];
