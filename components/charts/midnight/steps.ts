// The cold open's story, as a table: what each step reveals of the night and which callout it shows. The
// layout reads this; there is no step branching anywhere else. Pure.

export type CalloutKey = "plan" | "surge" | "margin" | "ebb";

export type StepPlan = {
  /** Minutes after midnight up to which the load is drawn (the rest waits behind the curtain). */
  reveal: number;
  /** The clock's face: minutes after midnight (negative before it). */
  clock: number;
  callout: CalloutKey;
  /** The capacity line is the subject (its label is emphasised). */
  capacityFocus?: boolean;
  /** The alarm: how close the load came. */
  alarm?: boolean;
  /** The capacity left idle once the rush has passed. */
  idle?: boolean;
};

/** The night the chart shows, in minutes after midnight: 23:00 to 01:30. */
export const WINDOW = { from: -60, to: 90 } as const;

export const STEPS: StepPlan[] = [
  { reveal: -1, clock: -1, callout: "plan", capacityFocus: true },
  { reveal: 1, clock: 0, callout: "surge" },
  { reveal: 1, clock: 0, callout: "margin", alarm: true },
  { reveal: WINDOW.to, clock: WINDOW.to, callout: "ebb", idle: true },
];

export const STEP_COUNT = STEPS.length;

/** The complete chart (no step) is the whole night: the last step. */
export const planFor = (step: number | undefined): StepPlan => STEPS[step === undefined ? STEP_COUNT - 1 : Math.max(0, Math.min(STEP_COUNT - 1, step))]!;

/** "23:59", "00:00", "01:30" for minutes after midnight. */
export function clockText(minute: number): string {
  const m = ((minute % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}
