// The compute-scale chart's story, as a table: which panels of the one plot are open at each step, how the
// cluster panel encodes its counts, what is emphasised, and where a folded panel waits. The layout reads
// this; there is no step branching anywhere else. Pure.
//
// One plot, three panels that share a grammar (a label column on the left, one row per machine, its mark
// in a track on the right), opening and folding as the story moves:
//   0  GPUs per cluster, dots on a log axis;
//   1  announced computing power, bars from zero (the GPU rows fold; Tesla's two clusters, in both
//      datasets, keep their marks: each dot becomes its bar);
//   2  the same bars, packed tighter, and below them the TOP500 leader's FP64 score rising from its baseline,
//      a separate reference on its own axis;
//   3  GPUs again, each dot pouring out its block of squares, one square per GPUS_PER_SQUARE.
//
// The old log/squares toggle is folded into the steps: the unit view is step 3, with its own words, so a
// toggle would only duplicate a step (and, at steps 1 and 2, toggle a folded panel). The complete chart
// (no step: gallery, embeds, downloads) opens all three panels, the clusters on the log axis, which holds
// their twenty-fold range in one row each; the squares are one step away (?step=3).

export type PanelId = "gpus" | "compute" | "top500";

export type StepPlan = {
  gpus: {
    open: boolean;
    /** Dots on a log axis, or blocks of unit squares. Folded, the rows wait in the view of the nearest step that opens them. */
    view: "dots" | "units";
    /** Which clusters are drawn in the accent colour: all, or the smallest and the largest (what the unit view compares). */
    focus: "all" | "ends";
    /** "20× the 2020 cluster" beside the largest dot. */
    growth: boolean;
  };
  compute: {
    open: boolean;
    /** Rows packed tight, to make room for the reference panel (and, folded, how the next step opens them). */
    dense: boolean;
    /** Everything but the emphasis of the step drawn quiet. */
    quiet: boolean;
  };
  top500: { open: boolean };
};

const folded = { open: false } as const;

export const STEPS: StepPlan[] = [
  {
    gpus: { open: true, view: "dots", focus: "all", growth: true },
    compute: { open: false, dense: false, quiet: false },
    top500: folded,
  },
  {
    gpus: { open: false, view: "dots", focus: "all", growth: false },
    compute: { open: true, dense: false, quiet: false },
    top500: folded,
  },
  {
    gpus: { open: false, view: "units", focus: "ends", growth: false },
    compute: { open: true, dense: true, quiet: true },
    top500: { open: true },
  },
  {
    gpus: { open: true, view: "units", focus: "ends", growth: false },
    compute: { open: false, dense: true, quiet: false },
    top500: folded,
  },
];

export const STEP_COUNT = STEPS.length;

/** The complete chart: every panel open, stacked, the clusters on the log axis. */
export const COMPLETE: StepPlan = {
  gpus: { open: true, view: "dots", focus: "all", growth: true },
  compute: { open: true, dense: true, quiet: false },
  top500: { open: true },
};

export const planFor = (step: number | undefined): StepPlan => (step === undefined ? COMPLETE : STEPS[Math.max(0, Math.min(STEP_COUNT - 1, step))]!);

/** The panels a plan opens, top to bottom. */
export const openPanels = (plan: StepPlan): PanelId[] => (["gpus", "compute", "top500"] as const).filter((id) => plan[id].open);

/**
 * Which panel draws a machine both datasets describe, under its machine key: the cluster panel when it is
 * open, else the computing-power panel. When both are open (the complete chart) the computing-power panel
 * draws its own copy under a panel key; when neither owns it there, a folded panel leaves it out.
 */
export const sharedOwner = (plan: StepPlan): PanelId => (plan.gpus.open || !plan.compute.open ? "gpus" : "compute");
