// The compute-scale chart for a frame and a step: where each panel sits (the steps share one height per
// frame, so the plot keeps one viewBox as panels open and fold; the complete chart stacks all three), then
// the panels' marks (gpus.ts, compute.ts, top500.ts) from the step's plan (steps.ts). Pure.
import type { Frame } from "@/lib/charts/frames";
import type { Locale } from "@/lib/i18n";
import { line, type Mark, type Scene } from "@/lib/charts/scene";
import type { ComputeInput } from "@/components/charts/compute-scale/items";
import { metrics, offIf, type Box, type Ctx } from "@/components/charts/compute-scale/scales";
import { planFor, type PanelId, type StepPlan } from "@/components/charts/compute-scale/steps";
import { gpuHeight, gpuPanel } from "@/components/charts/compute-scale/gpus";
import { computeHeight, computePanel } from "@/components/charts/compute-scale/compute";
import { top500Height, top500Panel } from "@/components/charts/compute-scale/top500";
import { computeText, type ComputeCopy } from "@/components/charts/compute-scale/text";

export type ComputeOptions = { frame: Frame; locale: Locale; step?: number; publishers?: (ids: string[]) => string };

/** The height every step of a frame shares: the frame's, or more if a step's open panels need it. */
export function stepHeight(c: Ctx): number {
  const needs = [gpuHeight(c, "dots"), gpuHeight(c, "units"), computeHeight(c, false), computeHeight(c, true) + c.m.gap + top500Height(c)];
  return Math.ceil(Math.max(c.m.frame.height, ...needs));
}

/** Where each panel sits in a step, open or folded (a folded panel waits where its step opens it). */
export function panelBoxes(c: Ctx, step: number | undefined): { height: number; boxes: Record<PanelId, Box> } {
  const { gap } = c.m;
  if (step === undefined) {
    const gpus = { top: 0, bottom: gpuHeight(c, "dots") };
    const compute = { top: gpus.bottom + gap, bottom: gpus.bottom + gap + computeHeight(c, true) };
    const top500 = { top: compute.bottom + gap, bottom: compute.bottom + gap + top500Height(c) };
    return { height: Math.ceil(top500.bottom + 2), boxes: { gpus, compute, top500 } };
  }
  const height = stepHeight(c);
  const dense = computeHeight(c, true);
  return {
    height,
    boxes: {
      gpus: { top: 0, bottom: height },
      compute: { top: 0, bottom: c.plan.compute.dense ? dense : height },
      top500: { top: dense + gap, bottom: height },
    },
  };
}

/** A rule above a panel that opens under another, so two axes are never read as one. */
function rules(c: Ctx, boxes: Record<PanelId, Box>, plan: StepPlan): Mark[] {
  const y = (b: Box) => Math.round(b.top - c.m.gap / 2);
  return [
    offIf(line("rule-compute", 0, y(boxes.compute), c.m.width, y(boxes.compute), "chart-axis"), !(plan.gpus.open && plan.compute.open)),
    offIf(line("rule-top500", 0, y(boxes.top500), c.m.width, y(boxes.top500), "chart-axis"), !(plan.compute.open && plan.top500.open)),
  ];
}

export function layoutComputeScale(input: ComputeInput, opts: ComputeOptions, copy: ComputeCopy): Scene {
  const plan = planFor(opts.step);
  const c: Ctx = {
    m: metrics(input, opts.frame, opts.locale, copy),
    input,
    copy,
    locale: opts.locale,
    plan,
    publishers: opts.publishers ?? ((ids) => ids.join(", ")),
  };
  const { height, boxes } = panelBoxes(c, opts.step);
  // In reading order, so arrow keys go down the panels.
  const marks = [...rules(c, boxes, plan), ...gpuPanel(c, boxes.gpus), ...computePanel(c, boxes.compute), ...top500Panel(c, boxes.top500)];
  const { title, desc } = computeText(input, copy, opts.locale, opts.step);
  return { width: c.m.width, height, title, desc, marks };
}
