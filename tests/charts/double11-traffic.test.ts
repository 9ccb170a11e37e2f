import { describe, expect, it } from "vitest";
import path from "node:path";
import { createElement } from "react";
import { ELEVEN_DAY_WINDOW_FROM, layoutDouble11Traffic } from "@/components/charts/double11-traffic/layout";
import { Double11TrafficView } from "@/components/charts/double11-traffic/View";
import { SIZES } from "@/components/charts/double11-traffic";
import type { SeriesRow } from "@/lib/data/schema";
import { expectSvgSnapshot } from "./snapshot";

// A fixed fixture, so the snapshot changes only when the layout or the view does, not when the data is revised.
const row = (year: number, value: number | null, confidence: SeriesRow["confidence"] = "high"): SeriesRow => ({
  year,
  value,
  source: ["fixture"],
  confidence,
});
const rows = [row(2009, 0.52), row(2010, 9.36), row(2012, 191), row(2016, 1207), row(2019, 2684.44), row(2020, 4982), row(2021, 5403), row(2022, null)];
const labels = { windowBreak: "11-day window →" };
const text = { title: "T", desc: "D", year: String, source: () => "S", windowNote: "Nov 1–11" };

describe("layoutDouble11Traffic", () => {
  const scene = layoutDouble11Traffic(rows, { ...SIZES.wide, locale: "en" }, labels);

  it("draws one bar per year with a value and skips undisclosed years", () => {
    expect(scene.bars.map((b) => b.year)).toEqual([2009, 2010, 2012, 2016, 2019, 2020, 2021]);
  });

  it("starts bars at zero on a linear scale: the tallest bar reaches the top of its value", () => {
    const bottom = scene.height - scene.margin.bottom;
    for (const b of scene.bars) expect(b.y + b.height).toBeCloseTo(bottom, 5);
    const tallest = scene.bars.at(-1)!;
    const ratio = scene.bars[3]!.height / tallest.height;
    expect(ratio).toBeCloseTo(1207 / 5403, 5);
  });

  it("marks years from 2020 as the eleven-day window and puts the break just before 2020", () => {
    expect(scene.bars.filter((b) => b.window === "eleven-days").map((b) => b.year)).toEqual([2020, 2021]);
    const bar2019 = scene.bars.find((b) => b.year === 2019)!;
    const bar2020 = scene.bars.find((b) => b.year === ELEVEN_DAY_WINDOW_FROM)!;
    expect(scene.windowBreak!.x).toBeGreaterThan(bar2019.x + bar2019.width);
    expect(scene.windowBreak!.x).toBeLessThan(bar2020.x);
  });

  it("formats values and ticks for the locale", () => {
    expect(scene.bars[2]!.valueText).toBe("¥19.1bn");
    const zh = layoutDouble11Traffic(rows, { ...SIZES.wide, locale: "zh-hans" }, labels);
    expect(zh.bars[2]!.valueText).toBe("191亿元");
    expect(zh.yTicks.map((t) => t.label)).toContain("1000亿");
    expect(scene.yTicks.map((t) => t.label)).toContain("¥100bn");
  });

  it("shows fewer x labels at 320 px, always including 2020", () => {
    const narrow = layoutDouble11Traffic(rows, { ...SIZES.narrow, locale: "en" }, labels);
    expect(narrow.xTicks.length).toBeLessThan(scene.xTicks.length);
    expect(narrow.xTicks.map((t) => t.label)).toContain("’20");
  });

  it("on a log scale, keeps every bar visible and orders heights by value", () => {
    const log = layoutDouble11Traffic(rows, { ...SIZES.wide, locale: "en", scale: "log" }, labels);
    const heights = log.bars.map((b) => b.height);
    expect(Math.min(...heights)).toBeGreaterThan(0);
    expect([...heights].sort((a, b) => a - b)).toEqual(heights);
  });
});

describe("Double11TrafficView snapshots", () => {
  const dir = path.join(import.meta.dirname, "__snapshots__");
  for (const variant of ["wide", "narrow"] as const) {
    it(`renders the ${variant} SVG deterministically`, () => {
      const scene = layoutDouble11Traffic(rows, { ...SIZES[variant], locale: "en" }, labels);
      expectSvgSnapshot(createElement(Double11TrafficView, { scene, text, variant }), path.join(dir, `double11-traffic-${variant}.svg`));
    });
  }
});
