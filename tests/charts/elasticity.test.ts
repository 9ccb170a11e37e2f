import { describe, expect, it } from "vitest";
import path from "node:path";
import { createElement } from "react";
import copyFile from "@/content/charts/elasticity.json";
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
  type Scenario,
  type Strategy,
} from "@/components/charts/elasticity/model";
import { SIZES, ZOOM, layoutElasticity, presentElasticity, tallyFor, textWidth, yMaxFor, type ElasticityCopy, type ElasticityScene, type Panel } from "@/components/charts/elasticity/layout";
import { ElasticityView } from "@/components/charts/elasticity/View";
import { expectSvgSnapshot } from "./snapshot";

// Fixed fixtures, so tests and snapshots change only when the model, layout or view does, not when the
// registry is revised: the 2010 multipliers as The Paper gives them.
const SURGE = 3;
const HEADROOM_2010 = 1;
const curve = demandCurve({ surge: SURGE });
const forecast = forecast2010(SURGE, HEADROOM_2010);
const inputs = { ...curve, forecast, surge: SURGE };
const en = copyFile.en as ElasticityCopy;
const zh = copyFile["zh-hans"] as ElasticityCopy;
const run = (strategy: Strategy) => simulate({ ...curve, strategy });
const runScenario = (s: Scenario) => run(strategyFor(s, forecast));
const preset: Scenario = { kind: "plan2010", headroom: HEADROOM_2010, delay: "vms" };

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
        const r = run(s);
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
        const r = run({ kind: "elastic", headroom: 2, delay, cap });
        expect(Math.max(...r.capacity)).toBeLessThanOrEqual(cap + 1e-12);
      }
    }
  });

  it("drops nothing with a zero delay and an unlimited cap, even with no margin", () => {
    const r = run({ kind: "elastic", headroom: 0, delay: 0, cap: Infinity });
    expect(r.totals.dropped).toBeCloseTo(0, 12);
    expect(r.totals.lostShare).toBe(0);
  });

  it("drops nothing when bought for the peak, and then uses capacity less than any other strategy at the same margin", () => {
    for (const headroom of [0, 0.2, 1, 2]) {
      const results = strategiesAt(headroom).map((s) => ({ kind: s.kind, r: run(s) }));
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
    const r = run({ kind: "elastic", headroom: 0.2, delay: 10, cap: Infinity });
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

describe("layoutElasticity", () => {
  const yMax = yMaxFor(SURGE);
  const scene = (s: Scenario, size: keyof typeof SIZES = "wide", copy = en, locale: "en" | "zh-hans" = "en") =>
    layoutElasticity({ demand: curve.demand, result: runScenario(s) }, { ...SIZES[size], locale, yMax }, copy);
  const panel = (sc: ElasticityScene, kind: Panel["kind"]) => sc.panels.find((p) => p.kind === kind)!;
  const texts = (sc: ElasticityScene) => sc.labels.map((l) => l.text);

  it("keeps one y scale for every state, tall enough for the elastic cap, with ticks at whole multiples", () => {
    expect(yMax).toBeGreaterThanOrEqual(ASSUMPTIONS.elasticCap);
    const a = scene(preset);
    const b = scene(stepScenario(3, 1));
    expect(panel(a, "day").yTicks).toEqual(panel(b, "day").yTicks);
    expect(panel(a, "day").yTicks.map((t) => t.label)).toEqual(["0", "1×", "2×", "3×", "4×"]);
  });

  it("puts the day and the enlarged midnight side by side when wide, sharing the left axis, and stacks them when narrow", () => {
    const wide = scene(preset);
    expect(panel(wide, "day").x1).toBeLessThan(panel(wide, "zoom").x0);
    expect(panel(wide, "zoom").yTicks.map((t) => t.pos)).toEqual(panel(wide, "day").yTicks.map((t) => t.pos));
    expect(panel(wide, "zoom").yLabels).toBe(false);
    const narrow = scene(preset, "narrow");
    expect(panel(narrow, "day").y1).toBeLessThan(panel(narrow, "zoom").y0);
    expect(panel(narrow, "zoom").yLabels).toBe(true);
    for (const sc of [wide, narrow]) for (const p of sc.panels) expect(p.x1).toBeLessThanOrEqual(sc.width);
  });

  it("labels the day every six hours and the enlarged stretch every half hour (twenty minutes when narrow), ends inside", () => {
    const wide = scene(preset);
    const narrow = scene(preset, "narrow");
    expect(panel(wide, "day").xTicks.map((t) => t.label)).toEqual(["18:00", "00:00", "06:00", "12:00", "18:00"]);
    expect(panel(wide, "day").xTicks.filter((t) => t.sub).map((t) => t.sub)).toEqual(["10 Nov", "11 Nov"]);
    expect(panel(wide, "day").xTicks[0]!.anchor).toBe("start");
    expect(panel(wide, "day").xTicks.at(-1)!.anchor).toBe("end");
    expect(panel(wide, "zoom").xTicks.map((t) => t.label)).toEqual(["00:00", "00:30", "01:00"]);
    expect(panel(narrow, "zoom").xTicks.map((t) => t.label)).toEqual(["00:00", "00:20", "00:40", "01:00"]);
  });

  it("outlines, in the day, the stretch that the second panel enlarges", () => {
    const sc = scene(preset);
    const day = panel(sc, "day");
    const minuteWidth = (day.x1 - day.x0) / DAY;
    expect(sc.zoomWindow.x).toBeCloseTo(day.x0 + ZOOM.from * minuteWidth, 6);
    expect(sc.zoomWindow.width).toBeCloseTo((ZOOM.to - ZOOM.from) * minuteWidth, 6);
  });

  it("gives each hour and each ten minutes around midnight an inspectable mark with a sentence", () => {
    const sc = scene(stepScenario(0, 1));
    const hours = sc.marks.filter((m) => m.key.startsWith("hour-"));
    const tens = sc.marks.filter((m) => m.key.startsWith("tenMinutes-"));
    expect(hours).toHaveLength(24);
    expect(tens).toHaveLength((ZOOM.to - ZOOM.from) / 10);
    expect(hours[6]!.label).toMatch(/^00:00–01:00, 11 Nov: Demand 1\.\d×, capacity 2× \(hourly average\)\. Turned away: \d/);
    expect(tens[1]!.label).toMatch(/^00:00–00:10, 11 Nov: Demand 2\.\d×, capacity 2× \(ten-minute average\)\. Turned away: \d+%/);
    expect(tens[0]!.note).toMatch(/^Idle: /);
  });

  it("draws turned-away load in alarm only when some is turned away", () => {
    expect(scene(preset).panels.map((p) => p.paths.dropped)).toEqual(["", ""]);
    expect(scene(preset).labels.some((l) => l.tone === "alarm")).toBe(false);
    const crash = scene(stepScenario(0, 1));
    expect(panel(crash, "zoom").paths.dropped).not.toBe("");
    expect(crash.labels.find((l) => l.tone === "alarm")!.text).toMatch(/^Over capacity for \d+ min$/);
  });

  it("shows the containers' half-minute lag as a sliver of turned-away load at midnight", () => {
    const sc = scene(stepScenario(3, 1));
    expect(panel(sc, "zoom").paths.dropped).not.toBe("");
    expect(texts(sc)).toContain("Over capacity for 1 min");
  });

  it("annotates the 2010 plan's busiest minute as a share of capacity", () => {
    expect(texts(scene(preset))).toContain("Busiest minute:\n98% of capacity");
    expect(texts(scene(preset, "narrow"))).toContain("Busiest minute:\n98% of capacity");
  });

  it("labels idle capacity where a fleet is bought ahead, and not where capacity follows the load", () => {
    expect(texts(scene(stepScenario(1, 1)))).toContain("Idle, but paid for");
    expect(texts(scene(stepScenario(3, 1)))).not.toContain("Idle, but paid for");
  });

  it("clips capacity above the scale to the top edge, dashed, and says its value", () => {
    const sc = scene({ kind: "peak", headroom: 1, delay: "vms" });
    expect(panel(sc, "day").capacityClipped).toBe(true);
    expect(texts(sc)).toContain("Capacity 5.9× ↑");
    expect(panel(scene(preset), "day").capacityClipped).toBe(false);
  });

  it("keeps every label inside the frame and clear of the other labels", () => {
    const states: Scenario[] = [preset, ...[0, 1, 2, 3].map((s) => stepScenario(s, 1)), { kind: "peak", headroom: 2, delay: "vms" }, { kind: "elastic", headroom: 2, delay: "vms" }];
    for (const [copy, locale] of [[en, "en"], [zh, "zh-hans"]] as const) {
      for (const size of ["wide", "narrow"] as const) {
        for (const st of states) {
          const sc = scene(st, size, copy, locale);
          const fontSize = size === "narrow" ? 11.5 : 11;
          const boxes = sc.labels.map((l) => {
            const lines = l.text.split("\n");
            const w = Math.max(...lines.map((s) => textWidth(s, fontSize)));
            const x0 = l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - w : l.x - w / 2;
            return { text: l.text, x0, x1: x0 + w, y0: l.y - fontSize * (1.2 * (lines.length - 1) + 0.8), y1: l.y + fontSize * 0.2 };
          });
          for (const b of boxes) {
            expect(b.x0, `${b.text} (${size}, ${locale}, ${st.kind})`).toBeGreaterThanOrEqual(0);
            expect(b.x1, `${b.text} (${size}, ${locale}, ${st.kind})`).toBeLessThanOrEqual(sc.width);
            expect(b.y0).toBeGreaterThanOrEqual(0);
            expect(b.y1).toBeLessThanOrEqual(sc.height);
          }
          boxes.forEach((a, i) =>
            boxes.slice(i + 1).forEach((b) => {
              const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
              expect(overlap, `"${a.text}" overlaps "${b.text}" (${size}, ${locale}, ${st.kind})`).toBe(false);
            }),
          );
        }
      }
    }
  });

  it("keeps the time labels, and the dates under them, apart and inside the frame in both languages", () => {
    for (const [copy, locale] of [[en, "en"], [zh, "zh-hans"]] as const) {
      for (const size of ["wide", "narrow"] as const) {
        const sc = scene(preset, size, copy, locale);
        const fontSize = size === "narrow" ? 11.5 : 11;
        for (const p of sc.panels) {
          for (const row of ["label", "sub"] as const) {
            const boxes = p.xTicks
              .filter((t) => t[row])
              .map((t) => {
                const w = textWidth(t[row]!, fontSize);
                const x0 = t.anchor === "start" ? t.pos : t.anchor === "end" ? t.pos - w : t.pos - w / 2;
                return { text: t[row]!, x0, x1: x0 + w };
              });
            boxes.forEach((b, i) => {
              expect(b.x0).toBeGreaterThanOrEqual(0);
              expect(b.x1).toBeLessThanOrEqual(sc.width);
              if (i > 0) expect(b.x0 - boxes[i - 1]!.x1, `${boxes[i - 1]!.text} / ${b.text} (${size}, ${locale})`).toBeGreaterThanOrEqual(4);
            });
          }
        }
      }
    }
  });

  it("writes Chinese numbers the Chinese way", () => {
    const sc = scene(preset, "wide", zh, "zh-hans");
    expect(panel(sc, "day").yTicks.map((t) => t.label)).toEqual(["0", "1倍", "2倍", "3倍", "4倍"]);
    expect(texts(sc)).toContain("最忙的一分钟：\n容量的98%");
    expect(sc.marks[6]!.title).toBe("11月11日 00:00–01:00");
  });
});

describe("tally", () => {
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
    const state = presentElasticity(inputs, preset, en, "en");
    expect(state.desc).toContain("about 3× a normal day’s peak");
    expect(state.desc).toContain("Alipay’s 2010 plan: a forecast of 1.5× a normal peak, plus a 100% margin");
    expect(state.desc).toContain("Payments turned away: None.");
  });
});

describe("ElasticityView snapshots", () => {
  const dir = path.join(import.meta.dirname, "__snapshots__");
  const states: [string, Scenario][] = [
    ["preset", preset],
    ...[0, 1, 2, 3].map((s): [string, Scenario] => [`step${s}`, stepScenario(s, HEADROOM_2010)]),
  ];
  for (const [name, scenario] of states) {
    for (const variant of ["wide", "narrow"] as const) {
      it(`renders ${name} (${variant}) deterministically`, () => {
        const state = presentElasticity(inputs, scenario, en, "en");
        const text = { title: "Elasticity", desc: state.desc, source: "S" };
        expectSvgSnapshot(createElement(ElasticityView, { scene: state[variant], text, variant }), path.join(dir, `elasticity-${name}-${variant}.svg`));
      });
    }
  }
});
