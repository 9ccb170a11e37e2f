// The elasticity chart's story, as a table: the scenario each step runs (model.ts's chapter steps) and the
// mark it puts forward. The complete chart (no step) is Alipay's own 2010 plan, the state the explorer opens
// on. The layout reads this; there is no step branching anywhere else. Pure.
import { STEP_COUNT, stepScenario, type Scenario } from "@/components/charts/elasticity/model";

/** What a state puts forward: the load turned away, the capacity paid for and idle, or neither. */
export type Focus = "dropped" | "idle" | "none";

export type StepPlan = { focus: Focus };

/** 0 bought for a normal day (the crash), 1 for the peak (the idle cost), 2 elastic VMs (the lag), 3 containers (the fit). */
export const STEPS: StepPlan[] = [{ focus: "dropped" }, { focus: "idle" }, { focus: "dropped" }, { focus: "none" }];

export { STEP_COUNT };

/** The complete chart, and the explorer's own states, put nothing forward. */
export const planFor = (step: number | undefined): StepPlan => (step === undefined ? { focus: "none" } : STEPS[Math.max(0, Math.min(STEP_COUNT - 1, step))]!);

/** Alipay's 2010 plan: the documented margin over the forecast it implies. */
export const plan2010 = (headroom2010: number): Scenario => ({ kind: "plan2010", headroom: headroom2010, delay: "vms" });

/** The scenario a state runs: a chapter step, or (no step) the 2010 plan. */
export const scenarioFor = (step: number | undefined, headroom2010: number): Scenario =>
  step === undefined ? plan2010(headroom2010) : stepScenario(step, headroom2010);
