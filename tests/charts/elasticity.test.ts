import { describe, expect, it } from "vitest";
import path from "node:path";
import copyFile from "@/content/charts/elasticity.json";
import { pickCopy } from "@/lib/content/copy";
import { FRAMES, minText, type FrameId } from "@/lib/charts/frames";
import { overlaps, textBox, type Box } from "@/lib/charts/labels";
import { sceneTree, toMarkup } from "@/lib/charts/tree";
import { mergeStates } from "@/lib/charts/states";
import type { Scene } from "@/lib/charts/scene";
import type { Locale } from "@/lib/i18n";
import {
  ASSUMPTIONS,
  DAY,
  MIDNIGHT,
  STEP_COUNT,
  demandCurve,
  forecast2010,
  hourly,
  simulate,
  stepScenario,
  strategyFor,
  type DelayOption,
  type Scenario,
  type Strategy,
  type StrategyKind,
} from "@/components/charts/elasticity/model";
import { layoutElasticity, run } from "@/components/charts/elasticity/layout";
import { ZOOM, yMaxFor } from "@/components/charts/elasticity/scales";
import { lineBoxes } from "@/components/charts/elasticity/annotations";
import { STEPS, plan2010, scenarioFor } from "@/components/charts/elasticity/steps";
import { describe as describeState, tableFor, tallyFor, type ElasticityCopy, type ElasticityInputs } from "@/components/charts/elasticity/text";
import { elasticity } from "@/components/charts/elasticity/spec";
import { expectSvgSnapshot } from "./snapshot";
import { all, byPrefix, expectContract, mark, shown, texts, expectInside } from "./scene-helpers";

// Fixed fixtures, so tests and snapshots change only when the model, layout or view does, not when the
// registry is revised: the 2010 multipliers as The Paper gives them.
const SURGE = 3;
const HEADROOM_2010 = 1;
const curve = demandCurve({ surge: SURGE });
const forecast = forecast2010(SURGE, HEADROOM_2010);
const inputs: ElasticityInputs = { ...curve, forecast, surge: SURGE };
const en = copyFile.en as ElasticityCopy;
const zh = copyFile["zh-hans"] as ElasticityCopy;
const copyFor = (locale: Locale) => pickCopy(copyFile, locale) as ElasticityCopy;
const run0 = (strategy: Strategy) => simulate({ ...curve, strategy });
const runScenario = (s: Scenario) => run0(strategyFor(s, forecast));
const preset: Scenario = plan2010(HEADROOM_2010);

const strategiesAt = (headroom: number): Strategy[] => [
  { kind: "plan2010", headroom, forecast },
  { kind: "normal", headroom },
  { kind: "peak", headroom },
  { kind: "elastic", headroom, delay: 0, cap: ASSUMPTIONS.elasticCap },
  { kind: "elastic", headroom, delay: ASSUMPTIONS.containerDelayMinutes, cap: ASSUMPTIONS.elasticCap },
  { kind: "elastic", headroom, delay: ASSUMPTIONS.vmDelayMinutes, cap: ASSUMPTIONS.elasticCap },
  { kind: "elastic", headroom, delay: ASSUMPTIONS.serverDelayMinutes, cap: ASSUMPTIONS.elasticCap },
];
describe("demandCurve", () => {
  it("is deterministic and one day long, in one-minute steps", () => {
    expect(curve.demand).toHaveLength(DAY);
    expect(curve.normal).toHaveLength(DAY);
    expect(demandCurve({ surge: SURGE })).toEqual(curve);
  });

  it("is an ordinary evening until midnight, whose peak is exactly one normal peak", () => {
    expect(Math.max(...curve.normal)).toBeCloseTo(1, 12);
    expect(curve.demand.slice(0, MIDNIGHT)).toEqual(curve.normal.slice(0, MIDNIGHT));
  });

  it("jumps to about the surge in midnight's first minute and fades within about two hours", () => {
    const peak = Math.max(...curve.demand);
    expect(curve.demand.indexOf(peak)).toBe(MIDNIGHT);
    expect(peak).toBeGreaterThan(SURGE * 0.95);
    expect(peak).toBeLessThan(SURGE);
    expect(curve.demand[MIDNIGHT + 120]!).toBeLessThan(1);
    expect(Math.max(...curve.demand.slice(MIDNIGHT + 180))).toBeLessThan(1);
  });

  it("scales the spike with the surge it is given", () => {
    const bigger = demandCurve({ surge: 5 });
    expect(Math.max(...bigger.demand)).toBeGreaterThan(4.75);
  });
});

describe("simulate", () => {
  it("conserves load: served + dropped = demand and served + idle = capacity at every minute, for every strategy", () => {
    for (const headroom of [0, 0.2, 1, 2]) {
      for (const s of strategiesAt(headroom)) {
        const r = run0(s);
        let worst = 0;
        let lowest = 0;
        curve.demand.forEach((d, i) => {
          worst = Math.max(worst, Math.abs(r.served[i]! + r.dropped[i]! - d), Math.abs(r.served[i]! + r.idle[i]! - r.capacity[i]!));
          lowest = Math.min(lowest, r.served[i]!, r.dropped[i]!, r.idle[i]!);
        });
        expect(worst, `${s.kind} at ${headroom}`).toBeLessThan(1e-12);
        expect(lowest).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it("never lets elastic capacity exceed its cap", () => {
    for (const cap of [1.5, 2.5, 4]) {
      for (const delay of [0, 0.5, 10, ASSUMPTIONS.serverDelayMinutes]) {
        const r = run0({ kind: "elastic", headroom: 2, delay, cap });
        expect(Math.max(...r.capacity)).toBeLessThanOrEqual(cap + 1e-12);
      }
    }
  });

  it("drops nothing with a zero delay and an unlimited cap, even with no margin", () => {
    const r = run0({ kind: "elastic", headroom: 0, delay: 0, cap: Infinity });
    expect(r.totals.dropped).toBeCloseTo(0, 12);
    expect(r.totals.lostShare).toBe(0);
  });

  it("drops nothing when bought for the peak, and then uses capacity less than any other strategy at the same margin", () => {
    for (const headroom of [0, 0.2, 1, 2]) {
      const results = strategiesAt(headroom).map((s) => ({ kind: s.kind, r: run0(s) }));
      const peak = results.find((x) => x.kind === "peak")!.r;
      expect(peak.totals.dropped).toBeCloseTo(0, 12);
      for (const other of results.filter((x) => x.kind !== "peak")) expect(peak.totals.utilisation).toBeLessThan(other.r.totals.utilisation);
    }
  });

  it("replays 2010: the busiest minute of Alipay's plan uses 97–99% of capacity and nothing is turned away", () => {
    const r = runScenario(preset);
    expect(forecast).toBeCloseTo(1.5, 12);
    expect(r.totals.peakLoad).toBeGreaterThanOrEqual(0.97);
    expect(r.totals.peakLoad).toBeLessThanOrEqual(0.99);
    expect(r.totals.peakLoadMinute).toBe(MIDNIGHT);
    expect(r.totals.dropped).toBe(0);
  });

  it("overruns a fleet bought for a normal day, even with the 2010 margin, at midnight only", () => {
    const r = runScenario(stepScenario(0, HEADROOM_2010));
    expect(r.totals.peakLoad).toBeGreaterThan(1.4);
    const overrun = r.dropped.map((d, i) => (d > 0 ? i : -1)).filter((i) => i >= 0);
    expect(overrun.length).toBeGreaterThan(0);
    expect(Math.min(...overrun)).toBe(MIDNIGHT);
    expect(Math.max(...overrun)).toBeLessThan(MIDNIGHT + 30);
  });

  it("treats physical servers (weeks away) as a fleet bought for a normal day", () => {
    const servers = runScenario({ kind: "elastic", headroom: 0.5, delay: "servers" });
    const normal = runScenario({ kind: "normal", headroom: 0.5, delay: "servers" });
    servers.capacity.forEach((c, i) => expect(c).toBeCloseTo(normal.capacity[i]!, 12));
  });

  it("loses less the sooner capacity arrives: containers < virtual machines < physical servers", () => {
    const lost = (delay: Scenario["delay"]) => runScenario({ kind: "elastic", headroom: ASSUMPTIONS.elasticHeadroom, delay }).totals.lostShare;
    expect(lost("containers")).toBeLessThan(lost("vms"));
    expect(lost("vms")).toBeLessThan(lost("servers"));
  });

  it("delays elastic capacity by the chosen lag and hands it back after the spike", () => {
    const r = run0({ kind: "elastic", headroom: 0.2, delay: 10, cap: Infinity });
    // The midnight surge reaches capacity ten minutes late…
    expect(r.capacity[MIDNIGHT + 9]!).toBeLessThan(curve.demand[MIDNIGHT]!);
    expect(r.capacity[MIDNIGHT + 10]!).toBeCloseTo(curve.demand[MIDNIGHT]! * 1.2, 12);
    // …and by the small hours it has shrunk back to the load.
    const at4am = MIDNIGHT + 240;
    expect(r.capacity[at4am]!).toBeLessThan(curve.demand[at4am]! * 1.5);
  });

  it("pays for about four times the capacity-hours when bought for the peak as when rented with containers", () => {
    const peak = runScenario({ kind: "peak", headroom: 0, delay: "vms" }).totals.capacityHours;
    const containers = runScenario(stepScenario(3, HEADROOM_2010)).totals.capacityHours;
    expect(peak / containers).toBeGreaterThan(3);
  });

  it("sums the day by the hour: 24 rows, midnight's hour the busiest", () => {
    const rows = hourly(curve.demand, runScenario(preset));
    expect(rows).toHaveLength(24);
    expect(rows[0]!.clock).toBe(18);
    expect(rows[6]!.clock).toBe(0);
    expect(rows.reduce((a, b) => (b.demand > a.demand ? b : a)).clock).toBe(0);
  });

  it("defines four chapter steps in order: normal day, peak, virtual machines, containers", () => {
    expect(STEP_COUNT).toBe(en.steps.length);
    expect(STEP_COUNT).toBe(zh.steps.length);
    expect([0, 1, 2, 3].map((s) => stepScenario(s, HEADROOM_2010))).toEqual([
      { kind: "normal", headroom: 1, delay: "vms" },
      { kind: "peak", headroom: 0, delay: "vms" },
      { kind: "elastic", headroom: ASSUMPTIONS.elasticHeadroom, delay: "vms" },
      { kind: "elastic", headroom: ASSUMPTIONS.elasticHeadroom, delay: "containers" },
    ]);
  });
});

// ——— Layout: one plot on the kernel, laid out per frame and state ———

type Opts = { step?: number; scenario?: Scenario; locale?: Locale };
const lay = (frame: FrameId, o: Opts = {}): Scene => {
  const locale = o.locale ?? "en";
  const scenario = o.scenario ?? scenarioFor(o.step, HEADROOM_2010);
  return layoutElasticity(inputs, scenario, FRAMES[frame], { copy: copyFor(locale), locale, source: "Fixture", step: o.step });
};
const FRAME_IDS: FrameId[] = ["wide", "narrow", "slide", "pocket"];
const LOCALES: Locale[] = ["en", "zh-hans", "zh-hant"];
const STATES: (number | undefined)[] = [undefined, 0, 1, 2, 3];
const on = (s: Scene, key: string) => shown(s).some((m) => m.key === key);
const d = (s: Scene, key: string) => mark(s, key, "path").d;
const points = (path: string): [number, number][] => [...path.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
/** Area of a closed path (shoelace). */
const area = (path: string) => {
  const p = points(path);
  let a = 0;
  for (let i = 0; i < p.length; i++) a += p[i]![0] * p[(i + 1) % p.length]![1] - p[(i + 1) % p.length]![0] * p[i]![1];
  return Math.abs(a / 2);
};
const line = (s: Scene, key: string) => mark(s, key, "line");
const words = (s: Scene, key: string) => mark(s, key, "text").lines.join("\n");

/** What the explorer can ask for: every strategy at several margins, and every delay for elastic capacity. */
const KINDS: StrategyKind[] = ["plan2010", "normal", "peak", "elastic"];
const explorerScenarios: Scenario[] = KINDS.flatMap((kind) =>
  [0, 0.35, 1, 2].flatMap((headroom) =>
    (kind === "elastic" ? (["servers", "vms", "containers"] as DelayOption[]) : (["vms"] as DelayOption[])).map((delay) => ({ kind, headroom, delay })),
  ),
);

describe("layout: scales and axes", () => {
  it("keeps one y scale for every state, tall enough for the elastic cap, with ticks at whole multiples", () => {
    expect(yMaxFor(SURGE)).toBeGreaterThanOrEqual(ASSUMPTIONS.elasticCap);
    const ys = (s: Scene) => byPrefix(s, "y-day-grid-").map((m) => (m.type === "line" ? m.y1 : 0));
    expect(ys(lay("wide", { step: 3 }))).toEqual(ys(lay("wide")));
    expect(byPrefix(lay("wide"), "y-day-label-").map((m) => (m.type === "text" ? m.lines[0] : ""))).toEqual(["0", "1×", "2×", "3×", "4×"]);
    expect(byPrefix(lay("wide", { locale: "zh-hans" }), "y-day-label-").map((m) => (m.type === "text" ? m.lines[0] : ""))).toEqual([
      "0",
      "1倍",
      "2倍",
      "3倍",
      "4倍",
    ]);
  });

  it("sets the whole night beside midnight enlarged when wide or on a slide, sharing the left labels, and stacks them on a phone", () => {
    for (const frame of ["wide", "slide"] as const) {
      const s = lay(frame);
      expect(line(s, "day-base").x2).toBeLessThan(line(s, "zoom-base").x1);
      expect(line(s, "day-base").y1).toBe(line(s, "zoom-base").y1);
      expect(byPrefix(s, "y-zoom-label-")).toHaveLength(0);
      expect(byPrefix(s, "y-zoom-grid-")).toHaveLength(4);
    }
    const n = lay("narrow");
    expect(line(n, "day-base").y1).toBeLessThan(line(n, "zoom-base").y1);
    expect(line(n, "day-base").x1).toBe(line(n, "zoom-base").x1);
    expect(byPrefix(n, "y-zoom-label-")).toHaveLength(5);
  });

  it("lays out again for each frame, at its width and type sizes, the slide at its full frame", () => {
    expect([lay("narrow").width, lay("wide").width, lay("slide").width]).toEqual([FRAMES.narrow.width, FRAMES.wide.width, FRAMES.slide.width]);
    expect(lay("slide").height).toBe(FRAMES.slide.height);
    expect(lay("wide").height).toBeLessThanOrEqual(FRAMES.wide.height);
    expect(lay("narrow").height).toBeLessThanOrEqual(FRAMES.narrow.height);
    expect(mark(lay("slide"), "x-day-0", "text").size).toBe(FRAMES.slide.type.tick);
    expect(mark(lay("narrow"), "label-demand", "text").size).toBe(FRAMES.narrow.type.label);
  });

  it("labels the night every six hours, with the dates under its first two times, and midnight every twenty minutes", () => {
    for (const frame of FRAME_IDS) {
      const s = lay(frame);
      expect(
        byPrefix(s, "x-day-")
          .filter((m) => !m.key.includes("date"))
          .map((m) => (m.type === "text" ? m.lines[0] : "")),
      ).toEqual(["18:00", "00:00", "06:00", "12:00", "18:00"]);
      expect(byPrefix(s, "x-zoom-").map((m) => (m.type === "text" ? m.lines[0] : ""))).toEqual(["00:00", "00:20", "00:40", "01:00"]);
    }
    expect(words(lay("wide"), "x-day-date-0")).toBe("10 Nov");
    expect(words(lay("narrow", { locale: "zh-hans" }), "x-day-date-360")).toBe("11日");
    expect(words(lay("wide", { locale: "zh-hans" }), "x-day-date-360")).toBe("11月11日");
  });

  it("outlines, in the night, the stretch the second panel enlarges", () => {
    const s = lay("wide");
    const base = line(s, "day-base");
    const minute = (base.x2 - base.x1) / DAY;
    const win = mark(s, "zoom-window", "rect");
    expect(win.x).toBeCloseTo(base.x1 + ZOOM.from * minute, 6);
    expect(win.width).toBeCloseTo((ZOOM.to - ZOOM.from) * minute, 6);
  });
});

describe("layout: marks", () => {
  it("gives each hour and each ten minutes around midnight an inspectable mark with a sentence", () => {
    const s = lay("wide", { step: 0 });
    const hours = byPrefix(s, "hour-");
    const tens = byPrefix(s, "ten-");
    expect(hours).toHaveLength(24);
    expect(tens).toHaveLength((ZOOM.to - ZOOM.from) / 10);
    expect(hours[6]!.tip!.label).toMatch(/^00:00–01:00, 11 Nov: Demand 1\.\d×, capacity 2× \(hourly average\)\. Turned away: \d/);
    expect(tens[1]!.tip!.label).toMatch(/^00:00–00:10, 11 Nov: Demand 2\.\d×, capacity 2× \(ten-minute average\)\. Turned away: \d+%/);
    expect(tens[0]!.tip!.note).toMatch(/^Idle: /);
    expect(hours[0]!.tip!.year).toBe(2010);
    const z = lay("wide", { locale: "zh-hans" });
    expect(byPrefix(z, "hour-")[6]!.tip!.title).toBe("11月11日 00:00–01:00");
    expect(byPrefix(z, "hour-")[6]!.tip!.label).toMatch(/^11月11日 00:00–01:00：需求.+。闲置：容量的\d+%。$/);
  });

  it("draws capacity at the documented plan: the 2010 plan at 3× a normal peak, a normal day's fleet at 2×", () => {
    const y = (s: Scene, v: number) => {
      const base = line(s, "day-base").y1;
      const top = line(s, "y-day-grid-1").y1;
      return base - (base - top) * v;
    };
    const plan = lay("wide");
    const three = y(plan, 3);
    const two = y(plan, 2);
    for (const [, py] of points(d(plan, "day-capacity"))) expect(py).toBeCloseTo(three, 0);
    for (const [, py] of points(d(lay("wide", { step: 0 }), "zoom-capacity"))) expect(py).toBeCloseTo(two, 0);
  });

  it("shades turned-away load only when some is turned away", () => {
    expect(area(d(lay("wide"), "zoom-dropped"))).toBeCloseTo(0, 3);
    expect(area(d(lay("wide"), "day-dropped"))).toBeCloseTo(0, 3);
    expect(area(d(lay("wide", { step: 1 }), "zoom-dropped"))).toBeCloseTo(0, 3);
    expect(area(d(lay("wide", { step: 0 }), "zoom-dropped"))).toBeGreaterThan(500);
    // Virtual machines lose more than containers, which lose a sliver.
    const vms = area(d(lay("wide", { step: 2 }), "zoom-dropped"));
    const containers = area(d(lay("wide", { step: 3 }), "zoom-dropped"));
    expect(vms).toBeGreaterThan(containers * 5);
    expect(containers).toBeGreaterThan(0);
  });

  it("says what midnight did: the 2010 plan's busiest minute as a share of capacity, else how long load was turned away", () => {
    expect(on(lay("wide"), "note-busiest") && !on(lay("wide"), "note-overrun")).toBe(true);
    expect(words(lay("wide"), "note-busiest")).toBe("Busiest minute:\n98% of capacity");
    expect(words(lay("narrow", { locale: "zh-hans" }), "note-busiest")).toBe("最忙的一分钟：\n容量的98%");
    expect(words(lay("wide", { step: 0 }), "note-overrun")).toMatch(/^Over capacity for \d+ min$/);
    expect(on(lay("wide", { step: 0 }), "note-busiest")).toBe(false);
    expect(words(lay("wide", { step: 3 }), "note-overrun")).toBe("Over capacity for 1 min");
    expect(mark(lay("wide", { step: 0 }), "note-overrun", "text").className).toContain("alarm");
  });

  it("labels idle capacity where a fleet is bought ahead (strongly at the step about it), not where capacity follows the load", () => {
    expect(on(lay("wide", { step: 1 }), "label-idle")).toBe(true);
    expect(mark(lay("wide", { step: 1 }), "label-idle", "text").weight).toBe(600);
    expect(mark(lay("wide", { step: 0 }), "label-idle", "text").weight).toBe(400);
    expect(on(lay("wide", { step: 3 }), "label-idle")).toBe(false);
    expect(STEPS.map((s) => s.focus)).toEqual(["dropped", "idle", "dropped", "none"]);
  });

  it("runs capacity above the scale along the top edge, dashed, and says its value", () => {
    const s = lay("wide", { scenario: { kind: "peak", headroom: 1, delay: "vms" } });
    expect(mark(s, "day-capacity", "path").className).toContain("chart-elastic-clipped");
    expect(words(s, "label-capacity")).toBe("Capacity 5.9× ↑");
    expect(mark(lay("wide"), "day-capacity", "path").className).not.toContain("clipped");
    expect(words(lay("wide"), "label-capacity")).toBe("Capacity");
  });
});

describe("layout: steps and the explorer's scenarios are states of one plot", () => {
  const keys = (s: Scene) => all(s).map((m) => m.key);
  const commands = (s: Scene) => Object.fromEntries(all(s).flatMap((m) => (m.type === "path" ? [[m.key, m.d.replace(/[^MLZ]/g, "")]] : [])));

  it("runs the chapter's steps in order, and the 2010 plan without a step", () => {
    expect(STEP_COUNT).toBe(en.steps.length);
    expect(scenarioFor(undefined, HEADROOM_2010)).toEqual(preset);
    expect([0, 1, 2, 3].map((s) => scenarioFor(s, HEADROOM_2010).kind)).toEqual(["normal", "peak", "elastic", "elastic"]);
  });

  it("draws the same marks, with the same points on every path, in every state and scenario of a frame", () => {
    for (const frame of FRAME_IDS) {
      const base = lay(frame);
      for (const s of [...STATES.map((step) => lay(frame, { step })), ...explorerScenarios.map((scenario) => lay(frame, { scenario }))]) {
        expect(keys(s)).toEqual(keys(base));
        expect(commands(s)).toEqual(commands(base));
        expect([s.width, s.height]).toEqual([base.width, base.height]);
      }
    }
  });

  it("keeps the panels, the axes and the inspectable marks in place; only values and words move", () => {
    const fixed = (s: Scene) =>
      all(s).flatMap((m) => (m.type === "rect" || m.type === "line" ? [[m.key, JSON.stringify({ ...m, tip: undefined, className: undefined })]] : []));
    for (const frame of FRAME_IDS) for (const step of [0, 1, 2, 3]) expect(fixed(lay(frame, { step }))).toEqual(fixed(lay(frame)));
  });

  it("merges into one SVG per frame whose states change attributes, not elements: capacity moves, dropped load grows", () => {
    const trees = [undefined, 0, 1, 2, 3].map((step) => ({ id: step === undefined ? "all" : String(step), tree: sceneTree(lay("wide", { step }), "u") }));
    const { tree, states } = mergeStates(trees, "3");
    expect(toMarkup(tree).match(/data-k="zoom-capacity"/g)).toHaveLength(1);
    expect(states["0"]!["zoom-capacity"]).toMatchObject({ d: expect.stringMatching(/^M/) });
    expect(states["0"]!["zoom-dropped"]).toMatchObject({ d: expect.stringMatching(/^M/) });
    // Step 0 shows how long load was turned away; step 1 turns nothing away, so it says how busy the peak was.
    expect(states["1"]!["note-busiest"]).toMatchObject({ "data-off": null });
    expect(states["1"]!["note-overrun"]).toMatchObject({ "data-off": "" });
    expect(states["3"]).toEqual({});
  });
});

describe("layout: legible and uncluttered in every frame, state and language", () => {
  const scenes = LOCALES.flatMap((locale) =>
    FRAME_IDS.flatMap((frame) => [
      ...STATES.map((step) => ({ name: `${locale} ${frame} step ${step ?? "all"}`, frame, s: lay(frame, { step, locale }) })),
      ...(locale === "zh-hant"
        ? []
        : explorerScenarios.map((scenario) => ({ name: `${locale} ${frame} ${JSON.stringify(scenario)}`, frame, s: lay(frame, { scenario, locale }) }))),
    ]),
  );

  it("keeps the view contract, with no text under the frame's minimum size", () => {
    for (const { name, frame, s } of scenes) expectContract(s, minText(FRAMES[frame]), name);
  });

  it("keeps every label inside the SVG", () => {
    for (const { name, s } of scenes) expectInside(s, name);
  });

  it("never lets two labels overlap", () => {
    for (const { name, s } of scenes) {
      const ts = texts(s);
      const clashes = ts.flatMap((a, i) =>
        ts
          .slice(i + 1)
          .filter((b) => overlaps(textBox(a), textBox(b)))
          .map((b) => `"${a.lines.join(" ")}" over "${b.lines.join(" ")}"`),
      );
      expect(clashes, name).toEqual([]);
    }
  });

  it("never lays a line's label or midnight's note over the demand or capacity lines", () => {
    for (const { name, s } of scenes) {
      for (const panel of ["day", "zoom"] as const) {
        const lines: Box[] = [...lineBoxes(points(d(s, `${panel}-demand`)), 0), ...lineBoxes(points(d(s, `${panel}-capacity`)), 0)];
        const labels = texts(s).filter((t) => (panel === "day" ? /^label-/ : /^note-/).test(t.key));
        const over = labels.filter((t) => lines.some((b) => overlaps(textBox(t), b))).map((t) => `${t.key} "${t.lines.join(" ")}"`);
        expect(over, name).toEqual([]);
      }
    }
  });
});

describe("words", () => {
  it("reports no loss, 7,200 server-hours and 23% average use for Alipay's 2010 plan", () => {
    const items = tallyFor(runScenario(preset), en, "en");
    expect(items.map((i) => i.value)).toEqual(["None", "7,200", "23%"]);
    expect(items[0]!.alarm).toBe(false);
  });

  it("flags lost payments in alarm and formats them for Chinese readers", () => {
    const items = tallyFor(runScenario(stepScenario(2, 1)), zh, "zh-hans");
    expect(items[0]!.alarm).toBe(true);
    expect(items[0]!.value).toMatch(/^全天的\d+(\.\d)?%$/);
  });

  it("describes the state in the SVG's desc, with the tally", () => {
    const desc = describeState(inputs, preset, run(inputs, preset), en, "en");
    expect(desc).toContain("about 3× a normal day’s peak");
    expect(desc).toContain("Alipay’s 2010 plan: a forecast of 1.5× a normal peak, plus a 100% margin");
    expect(desc).toContain("Payments turned away: None.");
    expect(lay("wide", { step: 0 }).desc).toContain("Bought for a normal day’s peak, plus a 100% margin");
  });

  it("tabulates the night hour by hour for the scenario drawn", () => {
    const t = tableFor(inputs, stepScenario(0, 1), runScenario(stepScenario(0, 1)), en, "en");
    expect(t.rows).toHaveLength(24);
    expect(t.caption).toBe("Hour by hour: Bought for a normal day’s peak, plus a 100% margin (illustrative model)");
    expect(t.rows[6]).toMatchObject({ hour: "00:00–01:00, 11 Nov", capacity: "2×" });
  });
});

describe("the definition", () => {
  it("reads the registry's 2010 multipliers and draws the same plot as the fixtures", () => {
    const spec = elasticity.spec("en", {}, FRAMES.wide);
    expect(spec.sources).toEqual(["thepaper-2017"]);
    expect(spec.table.rows).toHaveLength(24);
    expect(spec.table.caption).toContain("Alipay’s 2010 plan");
    for (const n of spec.notes) expect(n).not.toMatch(/\{\w+\}/);
    expect(all(spec.scene).map((m) => m.key)).toEqual(all(lay("wide")).map((m) => m.key));
    expect(mark(spec.scene, "hour-0").tip!.source).toBe("Illustrative model based on 澎湃新闻 (The Paper)");
    expect(elasticity.steps).toBe(4);
    expect(elasticity.island?.name).toBe("elasticity");
  });

  it("gives the explorer its props as plain data: the 2010 plan to open on, the figure's uid, the copy", () => {
    const props = elasticity.island!.props("zh-hant", "guide-elasticity") as { uid: string; initial: Scenario; copy: ElasticityCopy; surge: number };
    expect(props.uid).toBe("guide-elasticity");
    expect(props.initial).toEqual({ kind: "plan2010", headroom: 1, delay: "vms" });
    expect(props.copy.labels.demand).toBe("需求");
    expect(JSON.parse(JSON.stringify(props))).toEqual(props);
  });
});

describe("snapshots", () => {
  const dir = path.join(import.meta.dirname, "__snapshots__");
  for (const frame of FRAME_IDS) {
    for (const step of STATES) {
      it(`draws the ${frame} frame at ${step === undefined ? "the 2010 plan" : `step ${step}`} deterministically`, () => {
        expectSvgSnapshot(toMarkup(sceneTree(lay(frame, { step }), "el")), path.join(dir, `elasticity-${frame}-${step ?? "all"}.svg`));
      });
    }
  }
  it("draws the narrow frame in Chinese deterministically", () => {
    expectSvgSnapshot(toMarkup(sceneTree(lay("narrow", { step: 2, locale: "zh-hans" }), "el")), path.join(dir, "elasticity-narrow-zh-2.svg"));
  });
});
