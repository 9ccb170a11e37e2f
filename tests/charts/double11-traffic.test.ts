import { describe, expect, it } from "vitest";
import path from "node:path";
import copyFile from "@/content/charts/double11-traffic.json";
import { FRAMES, minText, type FrameId } from "@/lib/charts/frames";
import { overlaps, textBox } from "@/lib/charts/labels";
import { sceneTree, toMarkup } from "@/lib/charts/tree";
import { mergeStates } from "@/lib/charts/states";
import type { Row } from "@/lib/charts/data";
import { layoutDouble11Traffic } from "@/components/charts/double11-traffic/layout";
import { ELEVEN_DAY_WINDOW_FROM, type TrafficInput } from "@/components/charts/double11-traffic/scales";
import { STEP_COUNT } from "@/components/charts/double11-traffic/steps";
import { trafficText } from "@/components/charts/double11-traffic/text";
import { expectSvgSnapshot } from "./snapshot";
import { all, boxIn, byPrefix, expectContract, has, mark, shown, texts, expectInside } from "./scene-helpers";

// A fixed fixture, so the snapshots change only when the layout does, not when the data is revised.
const row = (year: number, value: number | null, confidence: Row["confidence"] = "high", note?: string): Row => ({
  year,
  value,
  source: ["fixture"],
  confidence,
  note,
});
const input: TrafficInput = {
  gmv: [
    row(2009, 0.52),
    row(2010, 9.36),
    row(2011, 52, "medium"),
    row(2012, 191),
    row(2013, 350.19),
    row(2014, 571),
    row(2015, 912.17),
    row(2016, 1207),
    row(2017, 1682),
    row(2018, 2135),
    row(2019, 2684.44),
    row(2020, 4982, "high", "Eleven days."),
    row(2021, 5403),
    row(2022, null, "high", "Not disclosed."),
  ],
  orders: [
    row(2009, 400, "medium"),
    row(2014, 80000),
    row(2015, 140000),
    row(2016, 175000),
    row(2017, 325000),
    row(2018, 491000),
    row(2019, 544000),
    row(2020, 583000),
  ],
  payments: [row(2009, 200, "medium"), row(2013, 15000, "medium"), row(2014, 47500, "high"), row(2015, 85900), row(2016, 120000), row(2017, 256000)],
  mobile: [row(2012, 5, "low"), row(2013, 21, "medium"), row(2014, 42.6), row(2015, 68.67), row(2016, 82, "medium"), row(2017, 90, "medium")],
  tmall2010: row(2010, 9.36),
  claim2010: row(2010, 19.5, "low", "The article's figure."),
  cloudShare: [row(2012, 20, "low"), row(2013, 80, "low")],
  margin2010: row(2010, 4),
};
const en = copyFile.en;
const zh = copyFile["zh-hans"];
const lay = (frame: FrameId, o: { scale?: "linear" | "log"; step?: number; locale?: "en" | "zh-hans" } = {}) =>
  layoutDouble11Traffic(
    input,
    { frame: FRAMES[frame], locale: o.locale ?? "en", scale: o.scale, step: o.step, publishers: () => "Fixture" },
    o.locale === "zh-hans" ? zh : en,
  );
const wide = (o: { scale?: "linear" | "log"; step?: number } = {}) => lay("wide", o);
const narrow = (o: { scale?: "linear" | "log"; step?: number } = {}) => lay("narrow", o);
const bar = (s: ReturnType<typeof wide>, year: number) => mark(s, `gmv-${year}`, "rect");
const on = (s: ReturnType<typeof wide>, key: string) => shown(s).some((m) => m.key === key);

describe("Double 11: sales", () => {
  const scene = wide();

  it("draws one bar per year with a value, and the undisclosed year as a 'not disclosed' column, not a zero", () => {
    expect(byPrefix(scene, "gmv-").map((b) => b.tip!.year)).toEqual([2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021]);
    const gap = mark(scene, "gap-2022", "rect");
    expect(gap.tip!.value).toBe("Not disclosed");
    expect(gap.tip!.label).toBe("2022: sales not disclosed");
    expect(gap.height).toBeGreaterThan(50);
  });

  it("starts bars at zero on a linear scale, with heights in proportion to the values", () => {
    const base = mark(scene, "base-gmv", "line").y1;
    for (const b of byPrefix(scene, "gmv-")) if (b.type === "rect") expect(b.y + b.height).toBeCloseTo(base, 5);
    expect(bar(scene, 2016).height / bar(scene, 2021).height).toBeCloseTo(1207 / 5403, 5);
  });

  it("marks years from 2020 as the eleven-day window and puts the dashed break between 2019 and 2020, through all panels", () => {
    expect(
      byPrefix(scene, "gmv-")
        .filter((b) => b.attrs?.["data-kind"] === "eleven-days")
        .map((b) => b.tip!.year),
    ).toEqual([2020, 2021]);
    const brk = mark(scene, "window-break", "line");
    expect(brk.x1).toBeGreaterThan(bar(scene, 2019).x + bar(scene, 2019).width);
    expect(brk.x1).toBeLessThan(bar(scene, ELEVEN_DAY_WINDOW_FROM).x);
    expect(brk.y2).toBeCloseTo(mark(scene, "base-mobile", "line").y1, 5);
    expect(bar(scene, 2020).tip!.label).toContain("1–11 November");
    expect(bar(scene, 2020).pattern).toBe("stripes");
  });

  it("draws the article's 2010 claim as a low-confidence ghost over the Taobao Mall bar, twice as tall", () => {
    const claim = mark(scene, "claim-2010", "rect");
    expect(claim.tip!.confidence).toBe("low");
    expect(claim.x).toBe(bar(scene, 2010).x);
    expect(claim.height / bar(scene, 2010).height).toBeCloseTo(19.5 / 9.36, 5);
    expect(claim.tip!.value).toBe("¥1.95bn");
    expect(claim.tip!.note).toBe("The article's figure.");
    // Drawn before its year's bar, so the solid bar stays on top for the pointer.
    const keys = all(scene).map((m) => m.key);
    expect(keys.indexOf("claim-2010")).toBeLessThan(keys.indexOf("gmv-2010"));
  });

  it("formats values and ticks for the locale", () => {
    expect(bar(scene, 2012).tip!.value).toBe("¥19.1bn");
    const z = lay("wide", { locale: "zh-hans" });
    expect(bar(z, 2012).tip!.value).toBe("191亿元");
    expect(bar(z, 2012).tip!.title).toBe("2012年 · 成交额");
    expect(texts(z).map((t) => t.lines[0])).toContain("1000亿");
    expect(texts(scene).map((t) => t.lines[0])).toContain("¥100bn");
  });

  it("every inspectable label starts with the year, as the keyboard announcement expects", () => {
    for (let step = 0; step < STEP_COUNT; step++) for (const m of shown(wide({ step })).filter((x) => x.tip)) expect(m.tip!.label).toMatch(/^\d{4}: /);
  });
});

describe("Double 11: log scale", () => {
  const log = wide({ scale: "log" });

  it("keeps every bar visible, orders heights by value, and spans whole decades", () => {
    const bars = byPrefix(log, "gmv-").filter((m) => m.type === "rect") as ReturnType<typeof bar>[];
    expect(Math.min(...bars.map((b) => b.height))).toBeGreaterThan(0);
    const values = new Map(input.gmv.map((r) => [r.year, r.value]));
    const byValue = [...bars].sort((a, b) => values.get(a.tip!.year!)! - values.get(b.tip!.year!)!).map((b) => b.height);
    expect(byValue).toEqual([...byValue].sort((a, b) => a - b));
    expect(byPrefix(log, "y-gmv-label-").map((t) => (t.type === "text" ? t.lines[0] : ""))).toEqual(["¥10m", "¥100m", "¥1bn", "¥10bn", "¥100bn", "¥1tn"]);
    expect(byPrefix(log, "y-orders-label-").map((t) => (t.type === "text" ? t.lines[0] : ""))).toEqual(["100", "1k", "10k", "100k", "1m"]);
  });

  it("says 'log scale' on both logarithmic axes, and on none when linear", () => {
    expect(on(log, "log-gmv") && on(log, "log-orders")).toBe(true);
    expect(mark(log, "log-gmv", "text").lines[0]).toBe("log scale");
    expect(on(wide(), "log-gmv") || on(wide(), "log-orders")).toBe(false);
  });

  it("keeps the same marks and the same columns, so the toggle moves bars rather than replacing them", () => {
    const lin = wide();
    // Ticks are keyed by value, so the two axes' ticks differ; every other mark is in both.
    const keys = (s: ReturnType<typeof wide>) =>
      all(s)
        .map((m) => m.key)
        .filter((k) => !k.startsWith("y-"))
        .sort();
    expect(keys(log)).toEqual(keys(lin));
    expect(bar(log, 2015).x).toBe(bar(lin, 2015).x);
    expect(bar(log, 2015).height).not.toBeCloseTo(bar(lin, 2015).height, 0);
    // A tick that both axes have (¥100bn) is the same element, moved.
    expect(mark(lin, "y-gmv-label-1000", "text").y).not.toBeCloseTo(mark(log, "y-gmv-label-1000", "text").y, 0);
  });
});

describe("Double 11: peaks and phones", () => {
  const scene = wide();

  it("never joins orders and payments, and breaks each line where years are missing", () => {
    const lines = byPrefix(scene, "orders-line-");
    expect(lines).toHaveLength(1);
    expect((lines[0] as { d: string }).d.match(/[ML]/g)).toHaveLength(7);
    const pay = byPrefix(scene, "payments-line-");
    expect(pay).toHaveLength(1);
    expect((pay[0] as { d: string }).d.match(/[ML]/g)).toHaveLength(5);
    expect(mark(scene, "orders-2020").tip!.value).toBe("583,000 orders a second");
    expect(mark(scene, "payments-2017").tip!.value).toBe("256,000 payments a second");
  });

  it("keeps low-confidence rows marked as low so they are drawn hollow", () => {
    expect(mark(scene, "mobile-2012").tip!.confidence).toBe("low");
    expect(mark(scene, "orders-2009").tip!.confidence).toBe("medium");
  });

  it("draws the share on phones on a 0–100% scale that the log toggle leaves alone", () => {
    const lin = mark(scene, "mobile-2016", "rect");
    const log = mark(wide({ scale: "log" }), "mobile-2016", "rect");
    expect(log.height).toBeCloseTo(lin.height, 5);
    const top = mark(scene, "y-mobile-grid-100", "line").y1;
    const bottom = mark(scene, "base-mobile", "line").y1;
    expect(lin.height / (bottom - top)).toBeCloseTo(0.82, 5);
  });
});

describe("Double 11: steps are states of one plot", () => {
  it("keeps every mark's key in every step, so moving between steps animates the same elements", () => {
    for (const frame of ["wide", "narrow", "slide", "pocket"] as const) {
      const keys = (step: number) =>
        all(lay(frame, { step }))
          .map((m) => m.key)
          .filter((k) => !/^(callout|value-|focus|inset-leader|log-claim|log-tmall)/.test(k));
      const first = new Set(keys(0));
      for (let step = 1; step < STEP_COUNT; step++) for (const k of keys(step)) expect(first.has(k), `${frame} step ${step}: ${k}`).toBe(true);
    }
  });

  it("keeps the panels in the same place on every step", () => {
    const bases = (s: ReturnType<typeof wide>) => ["base-gmv", "base-orders", "base-mobile"].map((k) => mark(s, k, "line").y1);
    for (let step = 1; step < STEP_COUNT; step++) {
      expect(bases(wide({ step }))).toEqual(bases(wide()));
      expect(bases(narrow({ step }))).toEqual(bases(narrow()));
    }
  });

  it("step 0 has no focus band and explains the window change by the break, labelling the ends", () => {
    const s = wide({ step: 0 });
    expect(has(s, "focus")).toBe(false);
    expect(mark(s, "callout-0", "text").lines.join(" ")).toContain("From 2020");
    expect(byPrefix(s, "value-gmv-").map((l) => (l as { lines: string[] }).lines[0])).toEqual(["¥52m", "¥268.4bn", "¥540.3bn"]);
  });

  it("step 1 opens the 2010 magnifier (folded into the bar elsewhere) beside the article's claim, in alarm colour", () => {
    const s = wide({ step: 1 });
    expect(has(s, "focus")).toBe(true);
    expect(mark(s, "callout-1", "text").className).toContain("chart-d11-callout-alarm");
    expect(mark(s, "callout-1", "text").lines.join(" ")).toContain("4 seconds");
    expect(on(s, "inset")).toBe(true);
    const inset = mark(s, "inset", "group");
    expect(inset.scale).toBe(1);
    const bars = inset.children.filter((m) => m.tip).map((m) => [m.tip!.year, m.attrs?.["data-kind"], m.tip!.value]);
    expect(bars).toEqual([
      [2009, "day", "¥52m"],
      [2010, "day", "¥936m"],
      [2010, "claim", "¥1.95bn"],
    ]);
    const tmall = mark(s, "inset-day-2010", "rect");
    const claim = mark(s, "inset-claim-2010", "rect");
    expect(claim.height / tmall.height).toBeCloseTo(19.5 / 9.36, 5);
    // Folded at every other step: tiny, on the 2010 bar, drawn off.
    const folded = mark(wide({ step: 2 }), "inset", "group");
    expect(folded.scale).toBeLessThan(0.1);
    expect(folded.attrs?.["data-off"]).toBe("");
    expect(folded.x).toBeCloseTo(bar(s, 2010).x + bar(s, 2010).width / 2, 5);
    // On a log axis the main chart shows both heights, so it labels them instead of magnifying.
    const log = wide({ step: 1, scale: "log" });
    expect(on(log, "inset")).toBe(false);
    expect(["log-claim-value", "log-tmall-value"].map((k) => mark(log, k, "text").lines[0])).toEqual(["¥1.95bn", "¥936m"]);
  });

  it("step 2 fills the article's cloud-share meters over 2012 and 2013, dashed as unconfirmed", () => {
    const s = wide({ step: 2 });
    const meters = ["cloud-2012", "cloud-2013"].map((k) => mark(s, k, "group"));
    expect(meters.map((m) => [m.tip!.year, m.tip!.value, m.tip!.confidence])).toEqual([
      [2012, "20%", "low"],
      [2013, "80%", "low"],
    ]);
    for (const m of meters) expect(boxIn(s, `${m.key}-frame`).y1).toBeLessThan(bar(s, m.tip!.year!).y);
    const fill = (step: number) => mark(wide({ step }), "cloud-2013-fill", "rect").width;
    expect(fill(0)).toBe(0);
    expect(fill(2)).toBeGreaterThan(0);
    expect(on(wide({ step: 0 }), "cloud-2013")).toBe(false);
  });

  it("step 3 emphasises the phone panel and its 2016 share", () => {
    const s = wide({ step: 3 });
    expect(mark(s, "head-mobile", "text").className).toContain("chart-d11-title");
    expect(mark(s, "head-gmv", "text").className).toContain("title-quiet");
    expect(mark(s, "value-mobile-2016", "text").weight).toBe(600);
    expect(mark(narrow({ step: 3 }), "value-mobile-2016", "text").lines[0]).toBe("82%");
  });

  it("step 4 emphasises the peak panel and labels the first peak and the last two", () => {
    const s = wide({ step: 4 });
    expect(mark(s, "head-orders", "text").className).not.toContain("quiet");
    expect(byPrefix(s, "value-peak-").map((l) => (l as { lines: string[] }).lines[0])).toEqual(["400", "544,000", "583,000"]);
    expect(mark(s, "callout-4", "text").lines.join(" ")).toContain("1,458 times");
  });

  it("merges into one SVG per frame whose states change attributes, not elements", () => {
    const trees = Array.from({ length: STEP_COUNT }, (_, step) => ({ id: String(step), tree: sceneTree(wide({ step }), "u") }));
    const { tree, states } = mergeStates(trees, "4");
    const markup = toMarkup(tree);
    expect(markup.match(/data-k="gmv-2016"/g)).toHaveLength(1);
    // Step 1 opens the magnifier and moves the focus band; step 4 is the markup.
    expect(states["1"]!.inset).toMatchObject({ transform: expect.stringContaining("scale(1)"), "data-off": null });
    expect(states["1"]!.focus).toMatchObject({ x: expect.any(String) });
    expect(states["4"]).toEqual({});
  });
});

describe("Double 11: legible and uncluttered in every frame, step, scale and language", () => {
  const scenes = (["en", "zh-hans"] as const).flatMap((locale) =>
    (["wide", "narrow", "slide", "pocket"] as const).flatMap((frame) =>
      [0, 1, 2, 3, 4].flatMap((step) =>
        (["linear", "log"] as const).map((scale) => ({ name: `${locale} ${frame} step ${step} ${scale}`, frame, s: lay(frame, { locale, step, scale }) })),
      ),
    ),
  );

  it("keeps the view contract, with no text under the frame's minimum size", () => {
    for (const { name, frame, s } of scenes) expectContract(s, minText(FRAMES[frame]), name);
  });

  it("keeps every label inside the SVG", () => {
    for (const { name, s } of scenes) expectInside(s, name);
  });

  it("never lays the step's callout over a bar, a dot, a meter, the magnifier or a panel heading", () => {
    for (const { name, s } of scenes) {
      const callout = shown(s).find((m) => m.key.startsWith("callout-") && m.type === "text")!;
      const c = boxIn(s, callout.key);
      const obstacles = shown(s).filter(
        (m) => /^(gmv-|claim-|mobile-|orders-\d|payments-\d|head-)/.test(m.key) || ["inset", "cloud-2012", "cloud-2013"].includes(m.key),
      );
      for (const o of obstacles) {
        const b = o.type === "group" ? boxIn(s, `${o.key === "inset" ? "inset-box" : `${o.key}-frame`}`) : boxIn(s, o.key);
        expect(overlaps(c, b), `${name}: "${callout.type === "text" ? callout.lines.join(" ") : ""}" over ${o.key}`).toBe(false);
      }
    }
  });

  it("never lets two value labels overlap, and keeps the magnifier's labels inside it", () => {
    for (const { name, s } of scenes) {
      const labels = shown(s)
        .filter((m) => m.type === "text" && /^(value-|payments-label)/.test(m.key))
        .map((m) => boxIn(s, m.key));
      for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i]!, labels[j]!), name).toBe(false);
      if (!on(s, "inset")) continue;
      const box = boxIn(s, "inset-box");
      const inner = mark(s, "inset", "group")
        .children.filter((m) => m.type === "text")
        .map((m) => boxIn(s, m.key));
      for (const b of inner) {
        expect(b.x0, name).toBeGreaterThanOrEqual(box.x0 - 0.5);
        expect(b.x1, name).toBeLessThanOrEqual(box.x1 + 0.5);
        expect(b.y1, name).toBeLessThanOrEqual(box.y1 + 0.5);
      }
      for (let i = 0; i < inner.length; i++) for (let j = i + 1; j < inner.length; j++) expect(overlaps(inner[i]!, inner[j]!), `${name} inset`).toBe(false);
      for (const b of byPrefix(s, "gmv-")) expect(overlaps(box, boxIn(s, b.key)), `${name} ${b.key}`).toBe(false);
    }
  });

  it("thins the year axis on a phone, always keeping 2020, with room between labels", () => {
    const n = narrow();
    const ticks = byPrefix(n, "x-") as { x: number; lines: string[]; size: number }[];
    expect(ticks.length).toBeLessThan(byPrefix(wide(), "x-").length);
    expect(ticks.map((t) => t.lines[0])).toContain("’20");
    for (let i = 1; i < ticks.length; i++) expect(textBox(ticks[i] as never).x0).toBeGreaterThan(textBox(ticks[i - 1] as never).x1 + 4);
  });

  it("uses short panel headings on a phone", () => {
    expect(mark(narrow(), "head-gmv", "text").lines[0]).toBe("Sales");
  });
});

describe("trafficText", () => {
  it("computes each step's title from the data", () => {
    const t = (step: number, locale: "en" | "zh-hans" = "en") => trafficText(input, locale === "en" ? en : zh, locale, step).title;
    expect(t(0)).toBe("Double 11 sales in 2019 were 5,162 times those of 2009");
    expect(t(1)).toBe("Sales were still small in 2010, yet Alipay came within 4 seconds of collapse");
    expect(t(2)).toBe("By the article's account, orders run on the cloud went from 20% to 80% in a year");
    expect(t(3)).toBe("By 2016, 82% of Double 11 sales were made on phones");
    expect(t(4)).toBe("Peak orders grew 1,458-fold in 11 years");
    expect(t(4, "zh-hans")).toBe("2020年最忙一秒的订单数是2009年的1458倍");
  });

  it("leaves no placeholder unfilled in titles, descriptions or notes", () => {
    for (const [copy, locale] of [
      [en, "en"],
      [zh, "zh-hans"],
    ] as const) {
      for (let step = 0; step < STEP_COUNT; step++) {
        const { title, desc, notes } = trafficText(input, copy, locale, step);
        for (const s of [title, desc, ...notes]) expect(s).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it("lists one caption and one title per step in both languages", () => {
    for (const c of [en, zh]) {
      expect(c.steps).toHaveLength(STEP_COUNT);
      expect(c.titles).toHaveLength(STEP_COUNT);
    }
  });
});

describe("Double 11 snapshots", () => {
  const dir = path.join(import.meta.dirname, "__snapshots__");
  for (const frame of ["wide", "narrow", "slide", "pocket"] as const) {
    for (let step = 0; step < STEP_COUNT; step++) {
      it(`draws the ${frame} frame at step ${step} deterministically`, () => {
        expectSvgSnapshot(toMarkup(sceneTree(lay(frame, { step }), "d11")), path.join(dir, `double11-traffic-${frame}-step${step}.svg`));
      });
    }
    it(`draws the ${frame} frame on a log axis at step 1 deterministically`, () => {
      expectSvgSnapshot(toMarkup(sceneTree(lay(frame, { step: 1, scale: "log" }), "d11")), path.join(dir, `double11-traffic-${frame}-log-step1.svg`));
    });
  }
  it("draws the wide frame in Chinese deterministically", () => {
    expectSvgSnapshot(toMarkup(sceneTree(lay("wide", { step: 1, locale: "zh-hans" }), "d11")), path.join(dir, `double11-traffic-wide-zh-step1.svg`));
  });
});
