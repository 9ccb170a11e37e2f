// The lanes of the wide and slide frames: one per theme, with its heading, and its events packed into
// rows (pack.ts) for the view's range. A lane keeps the height its events need across the whole domain,
// so brushing never changes the chart's height; hiding a theme folds its lane away. Events the view does
// not show stay in the scene, drawn off where they would fold to (at the edge of the axis, or in their
// folded lane), so showing them again animates them in. Marks come in time order across lanes: the order
// the arrow keys walk. Pure.
import { line, r1, text, type Mark, type PathMark, type TextMark } from "@/lib/charts/scene";
import { keepClear, type Box } from "@/lib/charts/labels";
import { measure } from "@/lib/charts/text";
import { glyph } from "@/components/charts/timeline/glyphs";
import { isShown, off, placed, THEMES, type Placed, type TimelineInput, type TimelineView } from "@/components/charts/timeline/input";
import { pack, type PackItem, type Slot } from "@/components/charts/timeline/pack";
import type { LaneGeometry } from "@/components/charts/timeline/geometry";
import type { EventTheme } from "@/lib/data/schema";

export type Lane = { theme: EventTheme; top: number; height: number; shown: boolean };
export type LanesLayout = { headings: Mark[]; events: Mark[]; lanes: Lane[]; bottom: number };

const clamp = (v: number, a: number, b: number) => Math.max(a, Math.min(b, v));

/** Where an event sits on an axis, and the year it may fall in when only the year is known. */
function extent(e: Placed, g: LaneGeometry) {
  const x = e.early ? g.early!.x : g.x(e.p.at);
  const year = e.p.precision === "year" && !e.early ? { x0: g.x(e.p.year), x1: g.x(e.p.year + 1) } : null;
  return { x, year };
}

function packItem(e: Placed, g: LaneGeometry): PackItem {
  const { x, year } = extent(e, g);
  return {
    id: e.id,
    x0: Math.min(x - g.r, year ? year.x0 + 1 : Infinity),
    x1: Math.max(x + g.r, year ? year.x1 - 1 : -Infinity),
    label: e.annotation ? measure(e.annotation, g.size.label) : undefined,
  };
}

/**
 * `g` is the view's geometry, `whole` the same frame's at the domain's full range: the rows a lane needs
 * there are its height in every view.
 */
export function lanes(input: TimelineInput, g: LaneGeometry, whole: LaneGeometry, view: TimelineView): LanesLayout {
  const events = placed(input);
  const gap = g.r * 0.6;
  const opts = (geo: LaneGeometry) => ({ gap, labelGap: g.r * 0.7, left: geo.early ? geo.early.x0 : geo.x0 - g.r, right: g.right });
  const slots = new Map<string, Slot>();
  const shownIds = new Set<string>();
  const lanesOut: Lane[] = [];
  const laneOf = new Map<EventTheme, Lane>();
  let y = g.top;
  for (const theme of THEMES) {
    const inLane = events.filter((e) => e.theme === theme);
    // Packed at the domain's full range (every event shown): the lane's rows.
    const full = pack(
      inLane.map((e) => packItem(e, whole)),
      opts(whole),
    );
    const visible = inLane.filter((e) => isShown(e, view, input.domain));
    visible.forEach((e) => shownIds.add(e.id));
    const now = pack(
      visible.map((e) => packItem(e, g)),
      { ...opts(g), maxRows: full.rows },
    );
    for (const e of inLane) slots.set(e.id, now.slots.get(e.id) ?? { ...full.slots.get(e.id)!, label: null });
    const shown = !view.hidden.includes(theme);
    const lane = { theme, top: y, height: shown ? g.lanePad * 2 + full.rows * g.rowH : 0, shown };
    lanesOut.push(lane);
    laneOf.set(theme, lane);
    y += lane.height;
  }
  const bottom = y;

  const headings: Mark[] = [];
  const last = lanesOut.filter((l) => l.shown).at(-1);
  for (const lane of lanesOut) {
    const cy = lane.top + g.lanePad + g.rowH / 2;
    const o = off(lane.shown);
    headings.push(
      // A rule between lanes (under the last one, the axis).
      line(`lane-rule-${lane.theme}`, 0, lane.top + lane.height, g.x1, lane.top + lane.height, "chart-grid", { attrs: off(lane.shown && lane !== last) }),
      {
        type: "path",
        key: `lane-glyph-${lane.theme}`,
        d: glyph(lane.theme, g.glyphX, cy, g.r),
        className: `chart-timeline-glyph chart-timeline-${lane.theme}`,
        attrs: o,
      },
      text(`lane-${lane.theme}`, g.labelX, cy, input.lanes[lane.theme], g.size.lane, {
        baseline: "middle",
        weight: 600,
        className: "chart-text chart-timeline-lane",
        attrs: o,
      }),
    );
  }

  const spans: Mark[] = [];
  const glyphs: PathMark[] = [];
  const labels: TextMark[] = [];
  /** Boxes of the glyphs drawn, which labels must stay clear of. */
  const drawn: Box[] = [];
  for (const e of events) {
    const lane = laneOf.get(e.theme)!;
    const on = shownIds.has(e.id);
    const slot = slots.get(e.id)!;
    const cy = lane.top + g.lanePad + slot.row * g.rowH + g.rowH / 2;
    const ext = extent(e, g);
    // Out of the range: folded to the edge of the axis it left by.
    const x = on || e.early ? ext.x : clamp(ext.x, g.x0, g.x1);
    const link = e.href ? { "data-href": e.href } : {};
    const cls = `chart-timeline-${e.theme}`;
    if (ext.year) {
      const x0 = clamp(ext.year.x0, g.x0, g.x1);
      const x1 = clamp(ext.year.x1, g.x0, g.x1);
      const c = g.r * 0.75;
      const n = (v: number) => r1(v);
      spans.push({
        type: "path",
        key: `span-${e.id}`,
        d: `M${n(x0)} ${n(cy)}H${n(x1)}M${n(x0)} ${n(cy - c)}V${n(cy + c)}M${n(x1)} ${n(cy - c)}V${n(cy + c)}`,
        className: `chart-timeline-span ${cls}`,
        attrs: off(on),
      });
    }
    glyphs.push({
      type: "path",
      key: `ev-${e.id}`,
      d: glyph(e.theme, x, cy, g.r),
      className: `chart-timeline-glyph ${cls}`,
      tip: e.tip,
      attrs: { ...link, ...off(on) },
    });
    if (on) drawn.push({ x0: x - g.r, y0: cy - g.r, x1: x + g.r, y1: cy + g.r });
    if (e.annotation) {
      const l = slot.label ?? { side: "right", x: x + g.r * 1.7 };
      labels.push(
        text(`label-${e.id}`, l.x, cy, e.annotation, g.size.label, {
          anchor: l.side === "left" ? "end" : "start",
          baseline: "middle",
          halo: true,
          className: "chart-text chart-timeline-annotation",
          attrs: { ...link, ...off(on && slot.label !== null) },
        }),
      );
    }
  }
  // The kernel's guard: a label that would still touch another label or a mark is dropped.
  const shownLabels = labels.filter((l) => !l.attrs?.["data-off"]);
  const kept = new Set(keepClear(shownLabels, drawn, 1));
  const finalLabels = labels.map((l) => (shownLabels.includes(l) && !kept.has(l) ? { ...l, attrs: { ...l.attrs, "data-off": "" } } : l));
  return { headings, events: [...spans, ...glyphs, ...finalLabels], lanes: lanesOut, bottom };
}
