// The cold open's marks: the load through the night (one path, the same in every state), the curtain that
// hides what has not happened yet and the "now" line at its edge, the capacity bought for the night, a
// normal day's peak for scale, the points a reader can inspect, the midnight surge and the ring of the
// near miss, and the capacity left idle once the rush has passed. Marks keep their keys in every state,
// so a step slides the curtain and the now line across and fades the rest in or out. Pure.
import { fill } from "@/lib/fill";
import { formatFigure } from "@/lib/data/format";
import type { Locale } from "@/lib/i18n";
import { line, rect, type CircleMark, type Mark, type PathMark, type Tip } from "@/lib/charts/scene";
import { polyline } from "@/lib/charts/tree";
import { clockText, WINDOW, type StepPlan } from "@/components/charts/midnight/steps";
import type { Geometry, MidnightInput } from "@/components/charts/midnight/scales";
import type { MidnightCopy, MidnightVars } from "@/components/charts/midnight/text";

export type Ctx = { g: Geometry; input: MidnightInput; copy: MidnightCopy; locale: Locale; vars: MidnightVars; publisher: string };

const OFF = { "data-off": "" };
const off = (shown: boolean) => (shown ? {} : OFF);
const r1 = (v: number) => Math.round(v * 10) / 10;

const loadAt = (c: Ctx, minute: number) => c.input.load.find((p) => p.minute === minute)?.value ?? 0;

/** The load, minute by minute, drawn once; the curtain decides how much of it shows. */
export function loadLine(c: Ctx): PathMark {
  const { g } = c;
  return { type: "path", key: "load", d: polyline(c.input.load.map((p) => [g.x(p.minute), g.y(p.value)])), className: "chart-line chart-midnight-load" };
}

/** The capacity left over once the rush has passed: between the capacity line and the load. */
export function idleArea(c: Ctx, plan: StepPlan): PathMark {
  const { g } = c;
  const after = c.input.load.filter((p) => p.minute >= 2);
  const top: [number, number][] = [
    [g.x(after[0]!.minute), g.y(c.input.capacity)],
    [g.x(WINDOW.to), g.y(c.input.capacity)],
  ];
  const bottom = after.map((p) => [g.x(p.minute), g.y(p.value)] as [number, number]).reverse();
  return { type: "path", key: "idle", d: `${polyline([...top, ...bottom])}Z`, className: "chart-midnight-idle", attrs: off(!!plan.idle) };
}

/** Paper over the part of the night that has not happened yet, and a line at its edge. */
export function curtain(c: Ctx, plan: StepPlan): Mark[] {
  const { g } = c;
  const done = plan.reveal >= WINDOW.to;
  // A little before the last point reached, so the stroke of the next (steep) segment never peeks out.
  const x = done ? g.right + 2 : g.x(plan.reveal) - 1.5;
  const yCap = g.y(c.input.capacity);
  return [
    rect("curtain", x, g.top - 2, Math.max(0, g.right + 2 - x), g.bottom - g.top + 1, { className: "chart-midnight-curtain" }),
    // From the capacity line down: the capacity's label above it stays clear.
    line("now", x, yCap + 3, x, g.bottom, "chart-annotation-muted chart-midnight-now", { attrs: off(!done) }),
  ];
}

function tip(c: Ctx, label: string, title: string, value: string, extra: Partial<Tip> = {}): Tip {
  return { year: c.input.year, label, title, value, source: c.publisher, note: fill(c.copy.tip.model, { publisher: c.publisher }), confidence: "medium", ...extra };
}

/** The capacity bought for the night, with what it was made of in its tooltip. */
export function capacityLine(c: Ctx): Mark {
  const { g, copy, vars } = c;
  const y = g.y(c.input.capacity);
  return line("capacity", g.left, y, g.right, y, "chart-midnight-capacity", {
    tip: tip(c, fill(copy.tip.capacityLabel, vars), copy.tip.capacityTitle, fill(copy.tip.capacityValue, vars), { note: fill(copy.tip.capacityNote, vars) }),
  });
}

/** A normal day's busiest minute, for scale. */
export function normalLine(c: Ctx): Mark {
  const { g } = c;
  return line("normal", g.left, g.y(1), g.right, g.y(1), "chart-midnight-normal");
}

/** Points every half hour a reader can inspect; those not yet reached are hidden. */
export function loadPoints(c: Ctx, plan: StepPlan): CircleMark[] {
  const { g, copy, vars, locale } = c;
  const points: CircleMark[] = [];
  for (let m: number = WINDOW.from; m <= WINDOW.to; m += 30) {
    if (m === 0) continue;
    const v = loadAt(c, m);
    const value = fill(copy.tip.value, { value: formatFigure(r1(v), "times", locale) });
    const date = m < 0 ? vars.dayBefore : vars.day;
    points.push({
      type: "circle",
      key: `point-${m}`,
      cx: g.x(m),
      cy: g.y(v),
      r: g.frame.dot * 0.8,
      className: "chart-d11-dot",
      tip: tip(c, fill(copy.tip.point, { year: c.input.year, time: clockText(m), value }), fill(copy.tip.pointTitle, { time: clockText(m), date }), value),
      attrs: off(m <= plan.reveal),
    });
  }
  return points;
}

/** The midnight surge, and the ring where the load all but met the capacity line. */
export function surgeMarks(c: Ctx, plan: StepPlan): Mark[] {
  const { g, copy, vars } = c;
  const peak = c.input.load.filter((p) => p.minute >= 0).reduce((a, b) => (b.value > a.value ? b : a));
  const shown = plan.reveal >= 0;
  const x = g.x(peak.minute);
  const yCap = g.y(c.input.capacity);
  return [
    {
      type: "circle",
      key: "ring",
      cx: x,
      cy: (g.y(peak.value) + yCap) / 2,
      r: plan.alarm ? g.frame.dot * 3 : g.frame.dot,
      className: "chart-midnight-ring",
      tip: tip(c, fill(copy.tip.marginLabel, vars), copy.tip.marginTitle, fill(copy.tip.marginValue, vars), { confidence: "high", note: undefined }),
      attrs: off(!!plan.alarm),
    },
    {
      type: "circle",
      key: "surge",
      cx: x,
      cy: g.y(peak.value),
      r: g.frame.dot * 1.2,
      className: "chart-d11-dot chart-midnight-surge",
      tip: tip(c, fill(copy.tip.surgeLabel, vars), fill(copy.tip.surgeTitle, { date: vars.day }), fill(copy.tip.surgeValue, vars)),
      attrs: off(shown),
    },
  ];
}
