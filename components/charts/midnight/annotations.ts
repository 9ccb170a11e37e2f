// The cold open's words on the plot: the clock and its date, the axes, the capacity's and the normal
// peak's labels, and the step's callout (each step's callout has its own key, so the words crossfade). Pure.
import { fill } from "@/lib/fill";
import { formatFigure } from "@/lib/data/format";
import { line, text, type Mark, type TextMark } from "@/lib/charts/scene";
import { xAxis, yAxis, type Tick } from "@/lib/charts/axes";
import { measure, wrap } from "@/lib/charts/text";
import { clockText, WINDOW, type StepPlan } from "@/components/charts/midnight/steps";
import type { Ctx } from "@/components/charts/midnight/marks";

const OFF = { "data-off": "" };

/** The clock (its face is the step's time) and the date under it. */
export function clock(c: Ctx, plan: StepPlan): Mark[] {
  const { g, copy, vars } = c;
  const narrow = g.frame.id === "narrow";
  const date = plan.clock < 0 ? "before" : "day";
  const face = clockText(plan.clock);
  return [
    text(`clock-${face.replace(":", "")}`, 0, g.clockY, face, g.clockSize, {
      weight: 700,
      className: plan.alarm ? "chart-text chart-midnight-clock chart-label-alarm" : "chart-text chart-midnight-clock",
    }),
    text(`date-${date}`, 0, g.dateY, fill(narrow ? copy.date[`${date}Short`] : copy.date[date], { year: vars.year }), g.frame.type.label, { className: "chart-text chart-muted" }),
  ];
}

/** Gridlines at each multiple of a normal peak, the baseline, the hours, and the unit. */
export function axes(c: Ctx): Mark[] {
  const { g, copy, locale } = c;
  const T = g.frame.type;
  const max = Math.floor(g.y.domain()[1]!);
  // From 1×: the baseline needs no label, and its "0" would crowd the first hour.
  const yTicks: Tick[] = Array.from({ length: max }, (_, i) => ({ value: i + 1, pos: g.y(i + 1), label: formatFigure(i + 1, "times", locale) }));
  const xTicks: Tick[] = [];
  for (let m: number = WINDOW.from; m <= WINDOW.to; m += 30) xTicks.push({ value: m, pos: g.x(m), label: clockText(m) });
  return [
    ...yAxis(yTicks, { key: "y", x0: g.left, x1: g.right, labelX: g.left - 6, size: T.tick, skipGridAt: 0 }),
    line("base", g.left, g.bottom, g.right, g.bottom, "chart-axis"),
    ...xAxis(xTicks, { key: "x", y: g.height - 6, size: T.tick, keep: (t) => t.value === 0 }),
    text("unit", 0, g.top - T.tick * 0.9, g.frame.id === "narrow" ? copy.unitShort : copy.unit, T.tick, { className: "chart-text chart-muted" }),
  ];
}

/** The capacity's label above its line (emphasised while it is the subject), and the normal peak's. */
export function lineLabels(c: Ctx, plan: StepPlan): TextMark[] {
  const { g, copy, vars } = c;
  const T = g.frame.type;
  const yCap = g.y(c.input.capacity);
  const how = fill(copy.labels.capacityHow, vars);
  const narrow = g.frame.id === "narrow";
  return [
    text("capacity-label", g.left + 4, yCap - 6 - T.label * 1.25, [copy.labels.capacity, how], T.label, {
      weight: plan.capacityFocus ? 600 : 400,
      className: plan.capacityFocus ? "chart-text chart-label-alarm" : "chart-text chart-label-soft",
      halo: true,
      lineHeight: T.label * 1.25,
    }),
    text("normal-label", g.left + 4, g.y(1) - 5, narrow ? copy.labels.normalShort : copy.labels.normal, T.note, { className: "chart-text chart-muted", halo: true }),
  ];
}

/** The step's callout: the surge beside the jump, the near miss beside the clock, the idle capacity inside it. */
export function callouts(c: Ctx, plan: StepPlan): Mark[] {
  const { g, copy, vars } = c;
  const T = g.frame.type;
  const lh = T.label * 1.3;
  const x0 = g.x(0);
  const yCap = g.y(c.input.capacity);
  const marks: Mark[] = [];

  // Left of the jump, under the capacity line.
  const surgeWidth = x0 - 10 - (g.left + 4);
  const surgeLines = wrap(fill(copy.labels.surge, vars), surgeWidth, T.label, 600);
  marks.push(
    text("callout-surge", x0 - 10, yCap + T.label * 2.6, surgeLines, T.label, {
      anchor: "end",
      weight: 600,
      className: "chart-text",
      halo: true,
      lineHeight: lh,
      attrs: plan.callout === "surge" ? {} : OFF,
    }),
  );

  // Beside the clock, as large as the room there allows: how close it came.
  const clockRight = measure("00:00", g.clockSize, 700) + g.clockSize * 0.35;
  const marginSize = Math.max(T.label, Math.min(T.head * 1.5, g.clockSize * 0.42));
  const marginLines = wrap(fill(copy.labels.margin, vars), g.width - clockRight - 4, marginSize, 700);
  marks.push(
    text("callout-margin", clockRight, g.clockY - g.clockSize * 0.72 + marginSize, [...marginLines], marginSize, {
      weight: 700,
      className: "chart-text chart-label-alarm",
      lineHeight: marginSize * 1.15,
      attrs: plan.callout === "margin" ? {} : OFF,
    }),
    text("callout-held", clockRight, g.clockY - g.clockSize * 0.72 + marginSize + marginLines.length * marginSize * 1.15 + T.label * 0.2, copy.labels.held, T.label, {
      className: "chart-text chart-label-soft",
      attrs: plan.callout === "margin" ? {} : OFF,
    }),
  );

  // Inside the idle capacity, once the rush has passed.
  const from = g.x(12);
  const to = g.x(WINDOW.to) - 6;
  const idleLines = wrap(copy.labels.idle, to - from, T.label, 600);
  const at = 50;
  const load = c.input.load.find((p) => p.minute === at)?.value ?? 1;
  const yMid = (yCap + g.y(load)) / 2 - ((idleLines.length - 1) * lh) / 2;
  marks.push(
    text("callout-ebb", (from + to) / 2, yMid, idleLines, T.label, {
      anchor: "middle",
      weight: 600,
      className: "chart-text chart-label-soft",
      lineHeight: lh,
      attrs: plan.callout === "ebb" ? {} : OFF,
    }),
  );
  return marks;
}
