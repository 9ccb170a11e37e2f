import { describe, expect, it } from "vitest";
import path from "node:path";
import { createElement } from "react";
import { growthFromNote, layoutCloudRevenue, parseQuarterKey, type RevenueInput } from "@/components/charts/cloud-revenue/layout";
import { CloudRevenueView } from "@/components/charts/cloud-revenue/View";
import { SIZES } from "@/components/charts/cloud-revenue";
import type { SeriesRow } from "@/lib/data/schema";
import { expectSvgSnapshot } from "./snapshot";

// Fixed fixture rows, so a snapshot changes only when the layout or the view does.
const row = (year: number, value: number | null, confidence: SeriesRow["confidence"] = "high", key?: string, note?: string): SeriesRow => ({
  year,
  key,
  value,
  source: ["fixture"],
  confidence,
  note,
});
const years = [
  row(2014, 773),
  row(2015, 1271),
  row(2016, 3019),
  row(2017, 6663),
  row(2018, 13390),
  row(2019, 24702),
  row(2020, 40016),
  row(2021, 60120, "low"),
  row(2022, 74568),
  row(2023, 77200, "low"),
];
const quarters = [
  row(2024, 29610, "high", "2024q3", "Up 7% year on year."),
  row(2024, 31742, "medium", "2024q4", "Up 13%."),
  row(2025, null, "high", "2025q1", "Growth of 18% was reported but the amount was not captured."),
  row(2025, 33398, "high", "2025q2", "Up 26%."),
  row(2025, 39824, "high", "2025q3", "Up 34%."),
];
const input: RevenueInput = { years, quarters, growth: (r) => growthFromNote(r.note), beforeElimination: { year: 2022, value: 100180 } };
const labels = {
  years: "By fiscal year (to March)",
  quarters: "Per quarter, new basis",
  beforeElimination: ["¥100.18bn before removing", "sales to other Alibaba units"] as [string, string],
  missing: ["amount", "not", "captured"],
  quarter: (q: number) => `Q${q}`,
};
const text = {
  title: "T",
  desc: "D",
  tip: () => ({ title: "t", source: "S" }),
  growth: (g: string) => `${g} on a year earlier`,
  missingValue: "amount not captured",
  ghost: { title: "before", source: "S" },
};

describe("layoutCloudRevenue", () => {
  const wide = layoutCloudRevenue(input, { ...SIZES.wide, locale: "en" }, labels);
  const narrow = layoutCloudRevenue(input, { ...SIZES.narrow, locale: "en" }, labels);

  it("reads growth from a row's note and a quarter from its key", () => {
    expect(quarters.map((q) => growthFromNote(q.note))).toEqual([7, 13, 18, 26, 34]);
    expect(growthFromNote("Quarter to 31 March.")).toBeUndefined();
    expect(parseQuarterKey("2024q3")).toEqual({ year: 2024, quarter: 3 });
    expect(parseQuarterKey("2024")).toBeNull();
  });

  it("starts every bar at zero, with one scale for years and quarters", () => {
    for (const scene of [wide, narrow]) {
      for (const b of scene.bars.filter((b) => b.value !== null)) {
        const panel = scene.panels.find((p) => p.id === b.panel)!;
        expect(b.y + b.height).toBeCloseTo(panel.bottom, 5);
      }
      const fy22 = scene.bars.find((b) => b.key === "2022")!;
      const q3 = scene.bars.find((b) => b.key === "2025q3")!;
      expect(q3.height / fy22.height).toBeCloseTo(39824 / 74568, 5);
    }
  });

  it("keeps fiscal years and quarters in separate panels with a break between them", () => {
    const [y, q] = wide.panels;
    expect(wide.bars.filter((b) => b.panel === "years").every((b) => b.x + b.width <= y!.x1)).toBe(true);
    expect(wide.bars.filter((b) => b.panel === "quarters").every((b) => b.x >= q!.x0)).toBe(true);
    expect(wide.breakLine.x1).toBeGreaterThan(y!.x1);
    expect(wide.breakLine.x1).toBeLessThan(q!.x0);
    expect(narrow.panels[1]!.top).toBeGreaterThan(narrow.panels[0]!.bottom);
  });

  it("outlines FY2022 from its published figure up to the figure before elimination", () => {
    const fy22 = wide.bars.find((b) => b.key === "2022")!;
    expect(wide.ghost!.y + wide.ghost!.height).toBeCloseTo(fy22.y, 5);
    expect(wide.ghost!.height / fy22.height).toBeCloseTo((100180 - 74568) / 74568, 5);
  });

  it("keeps a quarter without an amount as an empty slot with its growth level with its neighbours'", () => {
    const q1 = wide.bars.find((b) => b.key === "2025q1")!;
    expect(q1.value).toBeNull();
    expect(q1.growthText).toBe("+18%");
    const [prev, next] = [wide.bars.find((b) => b.key === "2024q4")!, wide.bars.find((b) => b.key === "2025q2")!];
    expect(q1.growthY).toBeCloseTo((prev.growthY! + next.growthY!) / 2, 5);
    expect(wide.missing.map((m) => m.key)).toEqual(["2025q1"]);
  });

  it("labels growth for every quarter, and the year only where it changes", () => {
    expect(wide.bars.filter((b) => b.panel === "quarters").map((b) => b.growthText)).toEqual(["+7%", "+13%", "+18%", "+26%", "+34%"]);
    expect(wide.panels[1]!.xTicks.map((t) => t.lines.join(" "))).toEqual(["Q3 2024", "Q4", "Q1 2025", "Q2", "Q3"]);
  });

  it("formats values and ticks for the locale, with fewer year labels at 320 px", () => {
    expect(wide.bars[0]!.valueText).toBe("¥773m");
    expect(wide.panels[0]!.yTicks.map((t) => t.label)).toContain("¥100bn");
    const zh = layoutCloudRevenue(input, { ...SIZES.wide, locale: "zh-hans" }, labels);
    expect(zh.bars.find((b) => b.key === "2022")!.valueText).toBe("745.68亿元");
    expect(narrow.panels[0]!.xTicks.length).toBeLessThan(wide.panels[0]!.xTicks.length);
  });
});

describe("CloudRevenueView snapshots", () => {
  const dir = path.join(import.meta.dirname, "__snapshots__");
  for (const variant of ["wide", "narrow"] as const) {
    it(`renders the ${variant} SVG deterministically`, () => {
      const scene = layoutCloudRevenue(input, { ...SIZES[variant], locale: "en" }, labels);
      expectSvgSnapshot(createElement(CloudRevenueView, { scene, text, variant }), path.join(dir, `cloud-revenue-${variant}.svg`));
    });
  }
});
