// The Double 11 chart's story, as a table: what each step highlights and which annotations it shows. The
// layout reads this; there is no step branching anywhere else. Pure.
import type { PanelId } from "@/components/charts/double11-traffic/scales";

export type CalloutKey = "windowChange" | "fourSeconds" | "cloudShare" | "mobile" | "peaks";

export type StepPlan = {
  /** Years the focus band covers. */
  focus: number[];
  /** The panel whose heading is emphasised. */
  panel: PanelId;
  callout: CalloutKey;
  /** The callout's tone: the four seconds are an alarm. */
  alarm?: boolean;
  /** Sales value labels: the first, the last single-day and the last year. */
  endLabels?: boolean;
  /** The 2010 magnifier (linear axis) or the 2010 heights labelled on the column (log axis). */
  magnify2010?: boolean;
  /** The article's cloud shares as meters over their bars. */
  cloudShares?: boolean;
  /** Value labels on the peaks (first, one before last, last). */
  peakLabels?: boolean;
  /** Emphasised share-on-phones labels for the focus years. */
  mobileFocus?: boolean;
};

export const STEPS: StepPlan[] = [
  { focus: [], panel: "gmv", callout: "windowChange", endLabels: true },
  { focus: [2010], panel: "gmv", callout: "fourSeconds", alarm: true, magnify2010: true },
  { focus: [2012, 2013], panel: "gmv", callout: "cloudShare", cloudShares: true },
  { focus: [2016], panel: "mobile", callout: "mobile", mobileFocus: true },
  { focus: [2019, 2020], panel: "orders", callout: "peaks", peakLabels: true },
];

export const STEP_COUNT = STEPS.length;

/** The complete chart (no step) reads like the first step: the whole run, with the window change explained. */
export const planFor = (step: number | undefined): StepPlan => STEPS[Math.max(0, Math.min(STEP_COUNT - 1, step ?? 0))]!;
