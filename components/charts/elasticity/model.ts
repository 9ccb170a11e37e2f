// The elasticity model: a pure, deterministic simulation of one day of payment traffic against a
// provisioning strategy, in one-minute steps. Plain TypeScript (no d3, no React, no registry), so the
// "use client" explorer can run it in the browser and the tests can run it in Node.
// Over 300 lines because it is one simulation: demand, the three strategies and the tally share one loop.
//
// Units: demand and capacity are in multiples of a normal day's peak load (1 = the busiest minute of an
// ordinary day). The documented multipliers (the midnight surge, the 2010 headroom) are NOT typed here:
// spec.ts reads them from the data registry and passes them in. A little over 300 lines: the demand curve,
// the strategies and their stated assumptions are one model, and read best together.

export const DAY = 1440;
/** The modelled window starts at 18:00 on 10 November and ends at 18:00 on 11 November. */
export const WINDOW_START_HOUR = 18;
/** Minute index of midnight, when the Double 11 sale opens. */
export const MIDNIGHT = (24 - WINDOW_START_HOUR) * 60;

/**
 * Illustrative assumptions of the model (not documented figures). They are stated in the chart's notes,
 * filled from here, so copy and model cannot disagree.
 */
export const ASSUMPTIONS = {
  /** Buying and racking physical servers takes weeks: for one night they are fixed. */
  serverDelayMinutes: 4 * 7 * DAY,
  /** A virtual machine is ready in minutes. */
  vmDelayMinutes: 10,
  /** A container starts in seconds (30 s = half a one-minute step). */
  containerDelayMinutes: 0.5,
  /** An autoscaler holds capacity this long after the load falls before handing it back. */
  scaleDownMinutes: 15,
  /** Elastic capacity cannot exceed this multiple of a normal peak (the quota the cloud will rent you). */
  elasticCap: 4,
  /** The margin an autoscaler keeps over current load in the chapter's steps (80% target utilisation). */
  elasticHeadroom: 0.2,
  /** After midnight the sale keeps the whole of 11 November this much busier than an ordinary day. */
  saleDayBoost: 0.3,
  /** The midnight rush fades in two parts: a fast one (minutes) and a slow one (about two hours). */
  spikeFastMinutes: 8,
  spikeSlowMinutes: 35,
  spikeFastShare: 0.3,
  /** For the tally: the number of servers that carry a normal day's peak. */
  serversPerNormalPeak: 100,
} as const;

export type DelayOption = "servers" | "vms" | "containers";
export const delayMinutes: Record<DelayOption, number> = {
  servers: ASSUMPTIONS.serverDelayMinutes,
  vms: ASSUMPTIONS.vmDelayMinutes,
  containers: ASSUMPTIONS.containerDelayMinutes,
};

// An ordinary day's rhythm of payments by clock hour, relative to its evening peak: quiet before dawn,
// busy through the working day, busiest around 22:00. Interpolated smoothly and periodically.
const HOURLY_RHYTHM = [
  0.62,
  0.42,
  0.28,
  0.19,
  0.14,
  0.13,
  0.16,
  0.25,
  0.38,
  0.52,
  0.62,
  0.66, //
  0.62,
  0.6,
  0.64,
  0.66,
  0.66,
  0.64,
  0.66,
  0.74,
  0.88,
  0.98,
  1.0,
  0.86,
];

/** Catmull-Rom interpolation of the hourly rhythm at a clock time in hours (periodic over 24 h). */
function rhythmAt(hour: number): number {
  const h = ((hour % 24) + 24) % 24;
  const i = Math.floor(h);
  const t = h - i;
  const p = (k: number) => HOURLY_RHYTHM[(((i + k) % 24) + 24) % 24]!;
  const [p0, p1, p2, p3] = [p(-1), p(0), p(1), p(2)];
  return 0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t * t + (-p0 + 3 * p1 - 3 * p2 + p3) * t * t * t);
}

/** Clock time in hours at the middle of minute i of the window. */
export const clockHour = (minute: number) => (WINDOW_START_HOUR + (minute + 0.5) / 60) % 24;

export type DemandCurve = {
  /** Double 11: payments a minute, in multiples of a normal day's peak (1,440 values). */
  demand: number[];
  /** An ordinary day on the same clock, for the days before the window (1,440 values, peak exactly 1). */
  normal: number[];
};

/**
 * The illustrative Double 11 demand curve. Until midnight it is an ordinary evening; at 00:00 demand jumps
 * to `surge` times a normal peak (instantaneously) and fades over about two hours; the rest of the 11th
 * runs busier than an ordinary day. Each value is the average over its minute, so the first minute sits a
 * little under the instantaneous surge.
 */
export function demandCurve({ surge }: { surge: number }): DemandCurve {
  const { saleDayBoost, spikeFastMinutes: tf, spikeSlowMinutes: ts, spikeFastShare: w } = ASSUMPTIONS;
  const rawNormal = Array.from({ length: DAY }, (_, i) => rhythmAt(clockHour(i)));
  const peak = Math.max(...rawNormal);
  const normal = rawNormal.map((v) => v / peak);
  const atMidnight = rhythmAt(0) / peak;
  const amplitude = Math.max(0, surge - atMidnight * (1 + saleDayBoost));
  // Average of A·e^(−t/τ) over [m, m+1).
  const avgExp = (m: number, tau: number) => tau * (Math.exp(-m / tau) - Math.exp(-(m + 1) / tau));
  const demand = normal.map((v, i) => {
    if (i < MIDNIGHT) return v;
    const m = i - MIDNIGHT;
    return v * (1 + saleDayBoost) + amplitude * (w * avgExp(m, tf) + (1 - w) * avgExp(m, ts));
  });
  return { demand, normal };
}

export type Strategy =
  /** Alipay's 2010 plan: a forecast for the night (× normal peak) plus a headroom margin. */
  | { kind: "plan2010"; headroom: number; forecast: number }
  /** Own enough for an ordinary day's peak, plus headroom. */
  | { kind: "normal"; headroom: number }
  /** Own enough for the day's busiest minute (known in advance), plus headroom. */
  | { kind: "peak"; headroom: number }
  /** Rent capacity that follows demand after `delay` minutes, up to `cap`, keeping `headroom` over load. */
  | { kind: "elastic"; headroom: number; delay: number; cap: number; scaleDown?: number };

export type StrategyKind = Strategy["kind"];

export type ModelInput = { demand: readonly number[]; normal: readonly number[]; strategy: Strategy };

export type ModelTotals = {
  /** Sums over the day, in normal-peak-minutes. */
  demand: number;
  served: number;
  dropped: number;
  /** Share of the day's payments turned away (0–1). */
  lostShare: number;
  /** Capacity paid for, in normal-peak-hours (× serversPerNormalPeak for server-hours). */
  capacityHours: number;
  /** Served ÷ capacity over the day (0–1). */
  utilisation: number;
  /** The busiest minute's demand ÷ capacity; above 1 the system is overrun. */
  peakLoad: number;
  peakLoadMinute: number;
};

export type ModelResult = {
  capacity: number[];
  served: number[];
  dropped: number[];
  idle: number[];
  totals: ModelTotals;
};

/** Capacity per minute for a strategy. */
export function capacityFor({ demand, normal, strategy }: ModelInput): number[] {
  const n = demand.length;
  const normalPeak = Math.max(...normal);
  switch (strategy.kind) {
    case "plan2010":
      return new Array<number>(n).fill(strategy.forecast * normalPeak * (1 + strategy.headroom));
    case "normal":
      return new Array<number>(n).fill(normalPeak * (1 + strategy.headroom));
    case "peak":
      return new Array<number>(n).fill(Math.max(...demand) * (1 + strategy.headroom));
    case "elastic":
      return elasticCapacity(demand, normal, strategy);
  }
}

/**
 * The autoscaler: at each minute it asks for demand × (1 + headroom), capped; what it asks for arrives
 * `delay` minutes later (a fractional delay blends the minute in which it arrives); and it keeps the
 * largest amount that arrived within the scale-down window (at least the delay: what is slow to get is
 * slow to give back). Before the window, the days were ordinary (`normal`, periodic).
 */
function elasticCapacity(demand: readonly number[], normal: readonly number[], s: Extract<Strategy, { kind: "elastic" }>): number[] {
  const n = demand.length;
  const period = normal.length;
  let delay = Math.max(0, s.delay);
  let window = Math.max(s.scaleDown ?? ASSUMPTIONS.scaleDownMinutes, delay);
  // A delay of a day or more reaches only into the ordinary (periodic) past: fold it into one period,
  // and a window of a full period already sees all of it.
  if (delay >= period) delay = period + (delay % period);
  window = Math.min(Math.ceil(window), period);
  const whole = Math.floor(delay);
  const frac = delay - whole;
  const cap = s.cap;
  const desired = (u: number) => {
    const d = u >= 0 ? demand[u]! : normal[((u % period) + period) % period]!;
    return Math.min(cap, d * (1 + s.headroom));
  };
  // lagged[t + window] for t in [-window, n).
  const lagged = Array.from({ length: n + window }, (_, k) => {
    const t = k - window;
    return (1 - frac) * desired(t - whole) + (frac > 0 ? frac * desired(t - whole - 1) : 0);
  });
  // Sliding maximum over the last `window` minutes (monotonic deque).
  const out = new Array<number>(n);
  const deque: number[] = [];
  for (let k = 0; k < lagged.length; k++) {
    while (deque.length && lagged[deque[deque.length - 1]!]! <= lagged[k]!) deque.pop();
    deque.push(k);
    while (deque[0]! < k - window) deque.shift();
    if (k >= window) out[k - window] = lagged[deque[0]!]!;
  }
  return out;
}

/** Runs the day: per-minute capacity, served, dropped and idle, and the day's totals. */
export function simulate(input: ModelInput): ModelResult {
  const { demand } = input;
  const capacity = capacityFor(input);
  const served = demand.map((d, i) => Math.min(d, capacity[i]!));
  const dropped = demand.map((d, i) => d - served[i]!);
  const idle = capacity.map((c, i) => c - served[i]!);
  const sum = (a: readonly number[]) => a.reduce((s, v) => s + v, 0);
  const totalDemand = sum(demand);
  const totalServed = sum(served);
  const totalCapacity = sum(capacity);
  let peakLoad = 0;
  let peakLoadMinute = 0;
  demand.forEach((d, i) => {
    const load = capacity[i]! > 0 ? d / capacity[i]! : Infinity;
    if (load > peakLoad) {
      peakLoad = load;
      peakLoadMinute = i;
    }
  });
  return {
    capacity,
    served,
    dropped,
    idle,
    totals: {
      demand: totalDemand,
      served: totalServed,
      dropped: totalDemand - totalServed,
      lostShare: totalDemand > 0 ? (totalDemand - totalServed) / totalDemand : 0,
      capacityHours: totalCapacity / 60,
      utilisation: totalCapacity > 0 ? totalServed / totalCapacity : 0,
      peakLoad,
      peakLoadMinute,
    },
  };
}

export type PeriodRow = {
  /** Minute index where the period starts, and its length in minutes. */
  start: number;
  length: number;
  /** Clock time at the start, in hours (18, 18.5, …, 23, 0, …, 17). */
  clock: number;
  /** Average demand and capacity over the period (× normal peak). */
  demand: number;
  capacity: number;
  /** Share of the period's payments turned away, and of its capacity left idle (0–1). */
  droppedShare: number;
  idleShare: number;
};
/** An hour of the day (kept as a name for the table's rows). */
export type HourRow = PeriodRow;

/** Sums minutes [start, start + length) of a simulated day. */
export function period(demand: readonly number[], result: ModelResult, start: number, length: number): PeriodRow {
  let d = 0;
  let c = 0;
  let x = 0;
  let idle = 0;
  for (let i = start; i < start + length; i++) {
    d += demand[i]!;
    c += result.capacity[i]!;
    x += result.dropped[i]!;
    idle += result.idle[i]!;
  }
  return {
    start,
    length,
    clock: (WINDOW_START_HOUR + start / 60) % 24,
    demand: d / length,
    capacity: c / length,
    droppedShare: d > 0 ? x / d : 0,
    idleShare: c > 0 ? idle / c : 0,
  };
}

/** The day by the hour, for the table and the tooltips. */
export function hourly(demand: readonly number[], result: ModelResult): HourRow[] {
  const rows: HourRow[] = [];
  for (let start = 0; start + 60 <= demand.length; start += 60) rows.push(period(demand, result, start, 60));
  return rows;
}

/** The scenario a figure shows: one strategy, one margin, and (for elastic) one delay. */
export type Scenario = { kind: StrategyKind; headroom: number; delay: DelayOption };

/** The model's strategy for a scenario; `forecast` is the 2010 plan's forecast (× normal peak). */
export function strategyFor(s: Scenario, forecast: number): Strategy {
  switch (s.kind) {
    case "plan2010":
      return { kind: "plan2010", headroom: s.headroom, forecast };
    case "normal":
      return { kind: "normal", headroom: s.headroom };
    case "peak":
      return { kind: "peak", headroom: s.headroom };
    case "elastic":
      return { kind: "elastic", headroom: s.headroom, delay: delayMinutes[s.delay], cap: ASSUMPTIONS.elasticCap };
  }
}

/**
 * The chapter's four steps. `headroom2010` is the documented 2010 margin (from the registry).
 * 0: bought for a normal day with that margin — the crash; 1: bought for the peak, with no margin at all —
 * the idle cost; 2: elastic virtual machines — the lag; 3: elastic containers — the fit.
 */
export function stepScenario(step: number, headroom2010: number): Scenario {
  const e = ASSUMPTIONS.elasticHeadroom;
  const steps: Scenario[] = [
    { kind: "normal", headroom: headroom2010, delay: "vms" },
    { kind: "peak", headroom: 0, delay: "vms" },
    { kind: "elastic", headroom: e, delay: "vms" },
    { kind: "elastic", headroom: e, delay: "containers" },
  ];
  return steps[Math.max(0, Math.min(steps.length - 1, Math.floor(step)))]!;
}

export const STEP_COUNT = 4;

/**
 * The 2010 plan's forecast for the night, in multiples of a normal peak. The Paper gives the margin and
 * the surge, not the forecast; a near-collapse means the margin only just covered the surge, so the
 * forecast is the surge divided by (1 + margin).
 */
export const forecast2010 = (surge: number, headroom2010: number) => surge / (1 + headroom2010);
