import { describe, expect, it } from "vitest";
import path from "node:path";
import { createElement } from "react";
import copyFile from "@/content/charts/double11-traffic.json";
import {
  ELEVEN_DAY_WINDOW_FROM,
  STEP_COUNT,
  labelBox,
  layoutDouble11Traffic,
  overlaps,
  textWidth,
  trafficText,
  wrapText,
  type Row,
  type TrafficInput,
} from "@/components/charts/double11-traffic/layout";
import { Double11TrafficView } from "@/components/charts/double11-traffic/View";
import { SIZES } from "@/components/charts/double11-traffic";
import { expectSvgSnapshot } from "./snapshot";

// A fixed fixture, so the snapshots change only when the layout or the view does, not when the data is revised.
const row = (year: number, value: number | null, confidence: Row["confidence"] = "high", note?: string): Row => ({ year, value, source: ["fixture"], confidence, note });
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
  orders: [row(2009, 400, "medium"), row(2014, 80000), row(2015, 140000), row(2016, 175000), row(2017, 325000), row(2018, 491000), row(2019, 544000), row(2020, 583000)],
  payments: [row(2009, 200, "medium"), row(2013, 15000, "medium"), row(2014, 38600, "low"), row(2015, 85900), row(2016, 120000), row(2017, 256000)],
  mobile: [row(2012, 5, "low"), row(2013, 21, "medium"), row(2014, 42.6), row(2015, 68.67), row(2016, 82, "medium"), row(2017, 90, "medium")],
  tmall2010: row(2010, 9.36),
  claim2010: row(2010, 19.5, "low", "The article's figure."),
  cloudShare: [row(2012, 20, "low"), row(2013, 80, "low")],
  margin2010: row(2010, 4),
};
const en = copyFile.en;
const zh = copyFile["zh-hans"];
const wide = (extra: { scale?: "linear" | "log"; step?: number } = {}) => layoutDouble11Traffic(input, { ...SIZES.wide, locale: "en", ...extra }, en);
const narrow = (extra: { scale?: "linear" | "log"; step?: number } = {}) => layoutDouble11Traffic(input, { ...SIZES.narrow, locale: "en", ...extra }, en);

describe("layoutDouble11Traffic: sales", () => {
  const scene = wide();

  it("draws one bar per year with a value, and the undisclosed year as a 'not disclosed' column, not a zero", () => {
    expect(scene.bars.map((b) => b.year)).toEqual([2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021]);
    expect(scene.gap?.year).toBe(2022);
    expect(scene.gap?.value).toBeNull();
    expect(scene.gap?.tipValue).toBe("Not disclosed");
    expect(scene.gap?.label).toBe("2022: sales not disclosed");
    expect(scene.gap!.height).toBeGreaterThan(50);
  });

  it("starts bars at zero on a linear scale, with heights in proportion to the values", () => {
    const gmv = scene.panels.find((p) => p.id === "gmv")!;
    for (const b of scene.bars) expect(b.y + b.height).toBeCloseTo(gmv.bottom, 5);
    const b2016 = scene.bars.find((b) => b.year === 2016)!;
    const b2021 = scene.bars.find((b) => b.year === 2021)!;
    expect(b2016.height / b2021.height).toBeCloseTo(1207 / 5403, 5);
  });

  it("marks years from 2020 as the eleven-day window and puts the dashed break between 2019 and 2020, through all panels", () => {
    expect(scene.bars.filter((b) => b.kind === "eleven-days").map((b) => b.year)).toEqual([2020, 2021]);
    const b2019 = scene.bars.find((b) => b.year === 2019)!;
    const b2020 = scene.bars.find((b) => b.year === ELEVEN_DAY_WINDOW_FROM)!;
    expect(scene.windowBreak!.x).toBeGreaterThan(b2019.x + b2019.width);
    expect(scene.windowBreak!.x).toBeLessThan(b2020.x);
    expect(scene.windowBreak!.y2).toBeCloseTo(scene.panels.find((p) => p.id === "mobile")!.bottom, 5);
    expect(b2020.label).toContain("1–11 November");
  });

  it("draws the article's 2010 claim as a low-confidence ghost over the Taobao Mall bar, twice as tall", () => {
    const claim = scene.claim!;
    const b2010 = scene.bars.find((b) => b.year === 2010)!;
    expect(claim.confidence).toBe("low");
    expect(claim.x).toBe(b2010.x);
    expect(claim.height / b2010.height).toBeCloseTo(19.5 / 9.36, 5);
    expect(claim.tipValue).toBe("¥1.95bn");
    expect(claim.tipNote).toBe("The article's figure.");
  });

  it("formats values and ticks for the locale", () => {
    expect(scene.bars[3]!.valueText).toBe("¥19.1bn");
    const zhScene = layoutDouble11Traffic(input, { ...SIZES.wide, locale: "zh-hans" }, zh);
    expect(zhScene.bars[3]!.valueText).toBe("191亿元");
    expect(zhScene.bars[3]!.tipTitle).toBe("2012年 · 成交额");
    expect(zhScene.panels[0]!.yTicks.map((t) => t.label)).toContain("1000亿");
    expect(scene.panels[0]!.yTicks.map((t) => t.label)).toContain("¥100bn");
  });

  it("every inspectable label starts with the year, as the keyboard announcement expects", () => {
    for (const step of [0, 1, 2, 3, 4]) {
      const s = wide({ step });
      const labels = [...s.bars, s.claim!, s.gap!, ...s.orders.dots, ...s.payments.dots, ...s.mobile.bars, ...s.cloudTags, ...(s.inset?.bars ?? [])].map((m) => m.label);
      for (const l of labels) expect(l).toMatch(/^\d{4}: /);
    }
  });
});

describe("layoutDouble11Traffic: log scale", () => {
  const log = wide({ scale: "log" });

  it("keeps every bar visible, orders heights by value, and spans whole decades", () => {
    const heights = log.bars.map((b) => b.height);
    expect(Math.min(...heights)).toBeGreaterThan(0);
    const byValue = [...log.bars].sort((a, b) => a.value! - b.value!).map((b) => b.height);
    expect(byValue).toEqual([...byValue].sort((a, b) => a - b));
    expect(log.panels[0]!.yTicks.map((t) => t.label)).toEqual(["¥10m", "¥100m", "¥1bn", "¥10bn", "¥100bn", "¥1tn"]);
    expect(log.panels[1]!.yTicks.map((t) => t.label)).toEqual(["100", "1k", "10k", "100k", "1m"]);
  });

  it("says 'log scale' on both logarithmic axes, and on none when linear", () => {
    expect(log.panels.filter((p) => p.logLabel).map((p) => [p.id, p.logLabel!.text])).toEqual([
      ["gmv", "log scale"],
      ["orders", "log scale"],
    ]);
    expect(wide().panels.some((p) => p.logLabel)).toBe(false);
  });

  it("changes bar heights but not positions, so the toggle reads as the same chart", () => {
    const lin = wide();
    const b2015lin = lin.bars.find((b) => b.year === 2015)!;
    const b2015log = log.bars.find((b) => b.year === 2015)!;
    expect(b2015log.x).toBe(b2015lin.x);
    expect(b2015log.height).not.toBeCloseTo(b2015lin.height, 0);
  });
});

describe("layoutDouble11Traffic: peaks and phones", () => {
  const scene = wide();

  it("never joins orders and payments, and breaks each line where years are missing", () => {
    expect(scene.orders.dots.every((d) => d.kind === "orders")).toBe(true);
    expect(scene.payments.dots.every((d) => d.kind === "payments")).toBe(true);
    // Orders: 2009 stands alone; 2014–2020 is one run.
    expect(scene.orders.segments).toHaveLength(1);
    expect(scene.orders.segments[0]!.match(/[ML]/g)).toHaveLength(7);
    // Payments: 2009 alone, 2013–2017 one run.
    expect(scene.payments.segments).toHaveLength(1);
    expect(scene.payments.segments[0]!.match(/[ML]/g)).toHaveLength(5);
    expect(scene.orders.dots.at(-1)!.tipValue).toBe("583,000 orders a second");
    expect(scene.payments.dots.at(-1)!.tipValue).toBe("256,000 payments a second");
  });

  it("keeps low-confidence rows marked as low so the view draws them hollow", () => {
    expect(scene.mobile.bars.find((b) => b.year === 2012)!.confidence).toBe("low");
    expect(scene.payments.dots.find((d) => d.year === 2014)!.confidence).toBe("low");
  });

  it("draws the share on phones on a 0–100% scale that the log toggle leaves alone", () => {
    const lin = scene.mobile.bars.find((b) => b.year === 2016)!;
    const log = wide({ scale: "log" }).mobile.bars.find((b) => b.year === 2016)!;
    expect(log.height).toBeCloseTo(lin.height, 5);
    const mobile = scene.panels.find((p) => p.id === "mobile")!;
    expect(lin.height / (mobile.bottom - mobile.top)).toBeCloseTo(0.82, 5);
  });
});

describe("layoutDouble11Traffic: steps", () => {
  it("step 0 has no focus column and explains the window change by the break", () => {
    const s = wide({ step: 0 });
    expect(s.focusBands).toHaveLength(0);
    expect(s.callout!.text.lines.join(" ")).toContain("From 2020");
    expect(s.valueLabels.map((l) => l.lines[0])).toEqual(["¥52m", "¥268.4bn", "¥540.3bn"]);
  });

  it("step 1 highlights 2010, magnifies it beside the article's claim on a linear axis, and calls out the four seconds in alarm colour", () => {
    const s = wide({ step: 1 });
    expect(s.focusBands).toHaveLength(1);
    expect(s.callout!.text.className).toContain("chart-d11-callout-alarm");
    expect(s.callout!.text.lines.join(" ")).toContain("4 seconds");
    const inset = s.inset!;
    expect(inset.bars.map((b) => [b.year, b.kind, b.valueText])).toEqual([
      [2009, "day", "¥52m"],
      [2010, "day", "¥936m"],
      [2010, "claim", "¥1.95bn"],
    ]);
    const [, tmall, claim] = inset.bars;
    expect(claim!.height / tmall!.height).toBeCloseTo(19.5 / 9.36, 5);
    expect(claim!.x - (tmall!.x + tmall!.width)).toBeLessThan(6);
    // On a log axis the main chart shows both heights, so no inset.
    const log = wide({ step: 1, scale: "log" });
    expect(log.inset).toBeNull();
    expect(log.valueLabels.map((l) => l.lines[0])).toEqual(["¥1.95bn", "¥936m"]);
  });

  it("step 2 tags 2012 and 2013 with the article's cloud shares, dashed as unconfirmed", () => {
    const s = wide({ step: 2 });
    expect(s.cloudTags.map((t) => [t.year, t.text, t.confidence])).toEqual([
      [2012, "20%", "low"],
      [2013, "80%", "low"],
    ]);
    for (const t of s.cloudTags) expect(t.y + t.height).toBeLessThan(s.bars.find((b) => b.year === t.year)!.y);
    expect(wide({ step: 0 }).cloudTags).toHaveLength(0);
  });

  it("step 3 focuses the phone panel on 2016 and labels its share in bold", () => {
    const s = wide({ step: 3 });
    expect(s.panels.find((p) => p.focus)!.id).toBe("mobile");
    expect(s.mobile.labels.find((l) => l.bold)!.lines[0]).toBe("82%");
    const n = narrow({ step: 3 });
    expect(n.mobile.labels.map((l) => l.lines[0])).toContain("82%");
  });

  it("step 4 focuses the peak-orders panel and labels the first peak and the last two", () => {
    const s = wide({ step: 4 });
    expect(s.panels.find((p) => p.focus)!.id).toBe("orders");
    expect(s.valueLabels.map((l) => l.lines[0])).toEqual(["400", "544,000", "583,000"]);
    expect(s.callout!.text.lines.join(" ")).toContain("1,458 times");
  });

  it("keeps the panels in the same place on every step, so the scrollytelling crossfade does not jump", () => {
    const tops = (s: ReturnType<typeof wide>) => s.panels.map((p) => [p.top, p.bottom]);
    for (let step = 1; step < STEP_COUNT; step++) {
      expect(tops(wide({ step }))).toEqual(tops(wide()));
      expect(tops(narrow({ step }))).toEqual(tops(narrow()));
    }
  });

  it("writes steps 0–2 in the strip above the panels and steps 3–4 inside their own panel", () => {
    for (const size of [SIZES.wide, SIZES.narrow]) {
      for (let step = 0; step < STEP_COUNT; step++) {
        const s = layoutDouble11Traffic(input, { ...size, locale: "en", step }, en);
        const box = labelBox(s.callout!.text);
        const panel = step === 3 ? s.panels[2]! : step === 4 ? s.panels[1]! : null;
        if (panel) {
          expect(box.y0).toBeGreaterThanOrEqual(panel.top - 2);
          expect(box.y1).toBeLessThanOrEqual(panel.bottom);
        } else expect(box.y1, `${size.width} step ${step}`).toBeLessThan(s.panels[0]!.top - 4);
      }
    }
  });
});

describe("layoutDouble11Traffic: nothing collides", () => {
  // Every combination a reader can reach: language × size × step × scale.
  const scenes = (["en", "zh-hans"] as const).flatMap((locale) =>
    [SIZES.wide, SIZES.narrow].flatMap((size) =>
      [0, 1, 2, 3, 4].flatMap((step) =>
        (["linear", "log"] as const).map((scale) => ({
          name: `${locale} ${size.width} step ${step} ${scale}`,
          s: layoutDouble11Traffic(input, { ...size, locale, step, scale }, locale === "en" ? en : zh),
        })),
      ),
    ),
  );
  const rect = (m: { x: number; y: number; width: number; height: number }) => ({ x0: m.x, y0: m.y, x1: m.x + m.width, y1: m.y + m.height });

  it("keeps every callout and label inside the SVG", () => {
    for (const { name, s } of scenes) {
      for (const l of [s.callout!.text, ...s.valueLabels, ...s.mobile.labels, ...(s.inset?.labels ?? [])]) {
        const b = labelBox(l);
        expect(b.x0, `${name}: ${l.lines.join(" ")}`).toBeGreaterThanOrEqual(0);
        expect(b.x1, `${name}: ${l.lines.join(" ")}`).toBeLessThanOrEqual(s.width);
        expect(b.y0, `${name}: ${l.lines.join(" ")}`).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it("never lays the step's callout over a bar, a dot, a tag, the magnifier or a panel title", () => {
    for (const { name, s } of scenes) {
      const c = labelBox(s.callout!.text);
      const marks = [
        ...[...s.bars, ...s.mobile.bars, ...(s.claim ? [s.claim] : [])].map(rect),
        ...[...s.orders.dots, ...s.payments.dots].map((d) => ({ x0: d.cx - 4, y0: d.cy - 4, x1: d.cx + 4, y1: d.cy + 4 })),
        ...s.cloudTags.map(rect),
        ...(s.inset ? [rect(s.inset)] : []),
        ...s.panels.map((p) => labelBox({ x: 0, y: p.titleY, lines: [p.title], anchor: "start", className: "", size: s.type.head })),
      ];
      for (const m of marks) expect(overlaps(c, m), `${name}: ${s.callout!.text.lines.join(" ")}`).toBe(false);
    }
  });

  it("never lets two value labels overlap, and keeps the magnifier's labels inside it", () => {
    for (const { name, s } of scenes) {
      const labels = [...s.valueLabels, ...s.mobile.labels, ...(s.payments.label ? [s.payments.label] : [])].map(labelBox);
      for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i]!, labels[j]!), name).toBe(false);
      if (s.inset) {
        const inner = s.inset.labels.map(labelBox);
        for (const b of inner) {
          expect(b.x0, name).toBeGreaterThanOrEqual(s.inset.x);
          expect(b.x1, name).toBeLessThanOrEqual(s.inset.x + s.inset.width);
          expect(b.y1, name).toBeLessThanOrEqual(s.inset.y + s.inset.height);
        }
        for (let i = 0; i < inner.length; i++) for (let j = i + 1; j < inner.length; j++) expect(overlaps(inner[i]!, inner[j]!), `${name} inset`).toBe(false);
      }
    }
  });

  it("keeps the magnifier clear of the bars it floats over", () => {
    for (const { name, s } of scenes) {
      if (!s.inset) continue;
      for (const b of s.bars) expect(overlaps(rect(s.inset), rect(b)), `${name} ${b.year}`).toBe(false);
    }
  });
});

describe("layoutDouble11Traffic: small screens", () => {
  it("shows fewer year labels at 320 px, always including 2020", () => {
    const n = narrow();
    expect(n.xTicks.length).toBeLessThan(wide().xTicks.length);
    expect(n.xTicks.map((t) => t.label)).toContain("’20");
    const gaps = n.xTicks.slice(1).map((t, i) => t.pos - n.xTicks[i]!.pos);
    expect(Math.min(...gaps)).toBeGreaterThan(textWidth("’20", 10) + 4);
  });

  it("uses short panel titles and keeps y-axis labels inside the left margin", () => {
    for (const scale of ["linear", "log"] as const) {
      const n = narrow({ scale });
      expect(n.panels[0]!.title).toBe("Sales");
      for (const p of n.panels) for (const t of p.yTicks) expect(textWidth(t.label, 10)).toBeLessThan(n.margin.left - 6 - 12);
    }
  });

  it("keeps the magnified 2010 view inside the plot at 340 px", () => {
    const n = narrow({ step: 1 });
    expect(n.inset!.x + n.inset!.width).toBeLessThanOrEqual(n.width - n.margin.right);
    for (const l of n.inset!.labels) {
      const w = Math.max(...l.lines.map((line) => textWidth(line, l.size)));
      const left = l.anchor === "middle" ? l.x - w / 2 : l.anchor === "end" ? l.x - w : l.x;
      expect(left).toBeGreaterThanOrEqual(n.inset!.x);
      expect(left + w).toBeLessThanOrEqual(n.inset!.x + n.inset!.width + 1);
    }
  });
});

describe("text helpers", () => {
  it("wraps Latin at spaces and CJK between characters", () => {
    expect(wrapText("one two three four", textWidth("one two three", 10) + 1, 10)).toEqual(["one two three", "four"]);
    const lines = wrapText("支付宝离崩溃只差4秒", 50, 10);
    expect(lines.join("")).toBe("支付宝离崩溃只差4秒");
    expect(lines.length).toBeGreaterThan(1);
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

  it("lists one caption per step in both languages", () => {
    expect(en.steps).toHaveLength(STEP_COUNT);
    expect(zh.steps).toHaveLength(STEP_COUNT);
    expect(en.titles).toHaveLength(STEP_COUNT);
    expect(zh.titles).toHaveLength(STEP_COUNT);
  });
});

describe("Double11TrafficView snapshots", () => {
  const dir = path.join(import.meta.dirname, "__snapshots__");
  const text = { title: "T", desc: "D", source: () => "S" };
  for (const variant of ["wide", "narrow"] as const) {
    for (let step = 0; step < STEP_COUNT; step++) {
      it(`renders the ${variant} SVG of step ${step} deterministically`, () => {
        const scene = layoutDouble11Traffic(input, { ...SIZES[variant], locale: "en", step }, en);
        expectSvgSnapshot(createElement(Double11TrafficView, { scene, text, variant }), path.join(dir, `double11-traffic-${variant}-step${step}.svg`));
      });
    }
    for (const step of [1, 4]) {
      it(`renders the ${variant} SVG of step ${step} on a log axis deterministically`, () => {
        const scene = layoutDouble11Traffic(input, { ...SIZES[variant], locale: "en", scale: "log", step }, en);
        expectSvgSnapshot(createElement(Double11TrafficView, { scene, text, variant }), path.join(dir, `double11-traffic-${variant}-log-step${step}.svg`));
      });
    }
    it(`renders the ${variant} SVG in Chinese deterministically`, () => {
      const scene = layoutDouble11Traffic(input, { ...SIZES[variant], locale: "zh-hans", step: 1 }, zh);
      expectSvgSnapshot(createElement(Double11TrafficView, { scene, text, variant }), path.join(dir, `double11-traffic-${variant}-zh-step1.svg`));
    });
  }
});
