// The elasticity chart's axes and words: gridlines and tick labels (the kernel's), the panels' headings, the
// labels on the lines, "idle, but paid for" where the idle band is thickest, and what midnight did. Every
// label is in every state, keyed by what it says (a state that has no room or no use for one draws it off
// where it would go), so the explorer and the steps move labels rather than replace them. Labels are
// placed with the kernel's collision checks, clear of the lines and of each other. Pure, d3-free.
import { fill } from "@/lib/fill";
import { formatNumber } from "@/lib/data/format";
import type { Locale } from "@/lib/i18n";
import { line, text, type Mark, type TextMark } from "@/lib/charts/scene";
import { xAxis, yAxis } from "@/lib/charts/axes";
import { firstFit, overlaps, textBox, type Box } from "@/lib/charts/labels";
import { lineHeight, measure } from "@/lib/charts/text";
import { MIDNIGHT, type ModelResult } from "@/components/charts/elasticity/model";
import { ZOOM, type Geometry, type Panel } from "@/components/charts/elasticity/scales";
import type { PanelLines, Pt } from "@/components/charts/elasticity/marks";
import type { StepPlan } from "@/components/charts/elasticity/steps";
import { formatShare, formatTimes, type ElasticityCopy } from "@/components/charts/elasticity/text";

const OFF = { "data-off": "" };
const off = <T extends TextMark>(m: T, hidden: boolean): T => (hidden ? { ...m, attrs: { ...m.attrs, ...OFF } } : m);
const MUTED = "chart-text chart-muted";

export type Ctx = { g: Geometry; copy: ElasticityCopy; locale: Locale };

/** Gridlines and value labels, baselines, time labels (the dates under the day's first two) and headings. */
export function axes(c: Ctx): Mark[] {
  const { g, copy } = c;
  const T = g.frame.type;
  const marks: Mark[] = [];
  for (const p of [g.panels.day, g.panels.zoom]) {
    const ys = yAxis(p.yTicks, { key: `y-${p.id}`, x0: p.x0, x1: p.x1, labelX: p.x0 - 6, size: T.tick, skipGridAt: 0 });
    marks.push(...ys.filter((m) => p.yLabels || m.type !== "text"));
    marks.push(line(`${p.id}-base`, p.x0, p.y1, p.x1, p.y1, "chart-axis"));
    marks.push(...xAxis(p.xTicks, { key: `x-${p.id}`, y: p.xLabelY, size: T.tick, gap: T.tick * 1.5, keep: (t) => t.value === MIDNIGHT }));
  }
  const day = g.panels.day;
  const dates: [number, string][] = [
    [0, g.stacked ? copy.dates.beforeShort : copy.dates.before],
    [MIDNIGHT, g.stacked ? copy.dates.dayShort : copy.dates.day],
  ];
  for (const [m, words] of dates) {
    // Centred under its time, but never past the SVG's left edge.
    const x = Math.max(day.x(m), measure(words, T.tick) / 2 + 1);
    marks.push(text(`x-day-date-${m}`, x, day.xLabelY + lineHeight(T.tick), words, T.tick, { anchor: "middle", className: MUTED }));
  }
  marks.push(text("unit", 0, day.headY, g.stacked ? copy.axis.unitShort : copy.axis.unit, T.note, { className: MUTED }));
  const zoom = g.panels.zoom;
  marks.push(text("zoom-head", g.stacked ? 0 : zoom.x0, zoom.headY, copy.labels.zoom, T.head, { weight: 600 }));
  return marks;
}

/** Boxes along a line, one per segment, so a label can keep off it. */
export function lineBoxes(pts: Pt[], pad = 2): Box[] {
  const out: Box[] = [];
  for (let i = 1; i < pts.length; i++) {
    const [ax, ay] = pts[i - 1]!;
    const [bx, by] = pts[i]!;
    out.push({ x0: Math.min(ax, bx), y0: Math.min(ay, by) - pad, x1: Math.max(ax, bx), y1: Math.max(ay, by) + pad });
  }
  return out;
}

const panelBounds = (p: Panel, above = 0): Box => ({ x0: p.x0, y0: p.y0 - above, x1: p.x1, y1: p.y1 - 2 });

/** The highest point (smallest y) of some lines between two xs. */
const topBetween = (x0: number, x1: number, ...lines: Pt[][]) => Math.min(...lines.flatMap((l) => l.filter(([x]) => x >= x0 && x <= x1).map(([, y]) => y)));

/**
 * The lines' labels in the day panel: capacity above its line at the right end (or, when it runs off the
 * top, its value there), demand under its line in the afternoon of the 11th, and "idle, but paid for"
 * where the idle band is thickest over the width of the words, clear of the enlarged stretch.
 */
export function lineLabels(c: Ctx, plan: StepPlan, lines: PanelLines, result: ModelResult): TextMark[] {
  const { g, copy, locale } = c;
  const T = g.frame.type;
  const p = g.panels.day;
  const obstacles = [...lineBoxes(lines.demand), ...lineBoxes(lines.capacity)];
  const bounds = panelBounds(p, T.label);
  const opts = { weight: 600 as const, halo: true };

  let capacity: TextMark;
  if (lines.clipped) {
    const words = fill(copy.labels.offChart, { value: formatTimes(Math.max(...result.capacity), locale) });
    capacity = text("label-capacity", p.x1 - 2, p.y0 + T.label, words, T.label, { ...opts, anchor: "end", className: "chart-text chart-label-accent" });
  } else {
    const w = measure(copy.labels.capacity, T.label, 600);
    const top = topBetween(p.x1 - w - 4, p.x1, lines.capacity);
    const base = text("label-capacity", p.x1 - 2, top - 6, copy.labels.capacity, T.label, {
      ...opts,
      anchor: "end",
      className: "chart-text chart-label-accent",
    });
    const under = { ...base, y: topBetween(p.x1 - w - 4, p.x1, lines.demand) + T.label + 4 };
    capacity = firstFit([base, { ...base, y: top + T.label + 4 }, under], lineBoxes(lines.demand), bounds) ?? base;
  }

  const w = measure(copy.labels.demand, T.label, 600);
  const demandAt = (minute: number): TextMark[] => {
    const x = p.x(minute);
    const seg = lines.demand.filter(([px]) => px >= x - w / 2 - 2 && px <= x + w / 2 + 2).map(([, y]) => y);
    const below = Math.max(...seg) + T.label + 4;
    const above = Math.min(...seg) - 6;
    return [below, above].map((y) => text("label-demand", x, y, copy.labels.demand, T.label, { ...opts, anchor: "middle" }));
  };
  const demandCandidates = [1200, 1260, 1140, 1320, 1080].flatMap(demandAt);
  const demand = firstFit(demandCandidates, [...obstacles, textBox(capacity)], bounds) ?? demandCandidates[0]!;

  const idle = idleLabel(c, plan, lines, [textBox(capacity), textBox(demand)]);
  return [capacity, demand, idle];
}

function idleLabel(c: Ctx, plan: StepPlan, lines: PanelLines, taken: Box[]): TextMark {
  const { g, copy } = c;
  const p = g.panels.day;
  const size = g.frame.type.note;
  const strong = plan.focus === "idle";
  const w = measure(copy.labels.idle, size, strong ? 600 : 400);
  const win = { x0: p.x(ZOOM.from) - 4, x1: p.x(ZOOM.to) + 4 };
  const at = (x: number, y: number) =>
    text("label-idle", x, y, copy.labels.idle, size, {
      anchor: "middle",
      baseline: "middle",
      weight: strong ? 600 : 400,
      className: strong ? "chart-text" : MUTED,
    });
  // The idle band under the words runs from the lowest point of capacity down to the highest of the load served.
  const spots = lines.capacity
    .map(([x]) => x)
    .filter((x) => x - w / 2 - 4 >= p.x0 + 2 && x + w / 2 + 4 <= p.x1 - 2 && !(x - w / 2 - 4 < win.x1 && x + w / 2 + 4 > win.x0))
    .map((x) => {
      const inSpan = (pts: Pt[]) => pts.filter(([px]) => px >= x - w / 2 - 4 && px <= x + w / 2 + 4).map(([, y]) => y);
      const top = Math.max(...inSpan(lines.capacity));
      const bottom = Math.min(...inSpan(lines.served));
      return { label: at(x, (top + bottom) / 2), room: bottom - top };
    })
    .sort((a, b) => b.room - a.room);
  const fits = spots.find((s) => s.room >= size * 2.2 && !taken.some((b) => overlaps(textBox(s.label), b, 2)));
  if (fits) return fits.label;
  return off(spots[0]?.label ?? at((p.x0 + p.x1) / 2, (p.y0 + p.y1) / 2), true);
}

/**
 * What midnight did, beside the spike in the enlarged panel: how long load was turned away, or how close
 * the busiest minute came to capacity. Both are always laid out (the one that does not apply is drawn off),
 * just above the lines under the words, or lower where the top leaves no room.
 */
export function midnightNotes(c: Ctx, lines: PanelLines, result: ModelResult): TextMark[] {
  const { g, copy, locale } = c;
  const p = g.panels.zoom;
  const T = g.frame.type;
  const size = T.label;
  const overrun = result.dropped.filter((d) => d > 1e-9).length;
  const notes = [
    {
      key: "note-overrun",
      words: fill(copy.labels.overrun, { minutes: formatNumber(overrun, locale) }),
      className: "chart-text chart-label-alarm",
      shown: overrun > 0,
    },
    {
      key: "note-busiest",
      words: fill(copy.labels.busiest, { load: formatShare(result.totals.peakLoad, locale) }),
      className: "chart-text",
      shown: overrun === 0,
    },
  ];
  const obstacles = [...lineBoxes(lines.demand), ...lineBoxes(lines.capacity)];
  const bounds = panelBounds(p, T.label * 0.5);
  const x = p.x(MIDNIGHT) + 6;
  return notes.map((n) => {
    const wordLines = n.words.split("\n");
    const lh = lineHeight(size);
    const w = Math.max(...wordLines.map((l) => measure(l, size, 600)));
    const top = topBetween(p.x(MIDNIGHT) - 1, x + w + 2, lines.demand, lines.capacity);
    const at = (y: number, anchorX = x, anchor: "start" | "end" = "start") =>
      text(n.key, anchorX, y, wordLines, size, { weight: 600, className: n.className, halo: true, anchor });
    // Just above the lines, then further up, then anywhere down the panel on either side.
    const ys = [top - size * 0.2 - 6 - (wordLines.length - 1) * lh];
    for (let y = p.y0 + size; y < p.y1; y += size * 0.5) ys.push(y);
    const candidates = [...ys.map((y) => at(y)), ...ys.map((y) => at(y, p.x1 - 2, "end"))];
    const placed = firstFit(candidates, obstacles, bounds) ?? candidates[0]!;
    return off(placed, !n.shown);
  });
}
