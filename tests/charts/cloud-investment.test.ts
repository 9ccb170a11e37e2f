import { describe, expect, it } from "vitest";
import path from "node:path";
import { createElement } from "react";
import { forecastRatio, layoutCloudInvestment, textWidth, type InvestmentRows } from "@/components/charts/cloud-investment/layout";
import { CloudInvestmentView } from "@/components/charts/cloud-investment/View";
import { SIZES } from "@/components/charts/cloud-investment";
import type { SeriesRow } from "@/lib/data/schema";
import copy from "@/content/charts/cloud-investment.json";
import { expectSvgSnapshot } from "./snapshot";

// Fixed fixture rows, so a snapshot changes only when the layout or the view does.
const row = (year: number, value: number, confidence: SeriesRow["confidence"] = "high", key?: string): SeriesRow => ({
  year,
  key,
  value,
  source: ["fixture"],
  confidence,
});
const data: InvestmentRows = {
  forecast: row(2025, 463.7, "medium", "2025-forecast"),
  capex: row(2024, 455, "high", "2024"),
  apollo: [row(2019, 264, "high", "apollo-2019"), row(2019, 288, "high", "with-gemini-2019"), row(2025, 280, "low", "bgr-2025"), row(2025, 309, "low", "article-implied")],
  iaas: [row(2018, 32.4), row(2019, 44.5), row(2020, 64.3), row(2021, 90.9), row(2022, 120.3), row(2023, 140), row(2024, 171.8, "medium")],
  wider: [row(2021, 178), row(2023, 270), row(2024, 330)],
};
// Real English headings and row names, so the snapshot previews as the reader sees it.
const rowNames: Record<string, string> = { ...copy.en.rows, "article-implied": "What the article's 1.5× implies" };
const labels = {
  ...copy.en.headings,
  row: (r: SeriesRow, group: string) => (group === "iaas" ? String(r.year) : (rowNames[group === "apollo" ? r.key! : group] ?? "")),
};
const text = {
  title: "T",
  desc: "D",
  tip: (r: SeriesRow) => ({ title: r.key ?? String(r.year), source: "S", note: r.confidence === "low" ? "why" : undefined }),
  ratioNote: (ratio: string) => `forecast is ${ratio} this`,
};

describe("layoutCloudInvestment", () => {
  const wide = layoutCloudInvestment(data, { ...SIZES.wide, locale: "en" }, labels);
  const narrow = layoutCloudInvestment(data, { ...SIZES.narrow, locale: "en" }, labels);

  it("draws the forecast, the 2024 actual, four Apollo estimates and seven IaaS years, in that order", () => {
    expect(wide.bars.map((b) => b.group)).toEqual(["forecast", "capex", "apollo", "apollo", "apollo", "apollo", ...Array(7).fill("iaas")]);
  });

  it("starts every bar at zero on one shared scale, so lengths compare across both panels", () => {
    for (const b of wide.bars) expect(b.x).toBe(wide.x0);
    const forecast = wide.bars[0]!;
    const iaas2024 = wide.bars.at(-1)!;
    expect(iaas2024.width / forecast.width).toBeCloseTo(171.8 / 463.7, 5);
  });

  it("divides the forecast by each Apollo estimate: 1.5 only against the article's implied 309", () => {
    expect(wide.bars.filter((b) => b.group === "apollo").map((b) => b.ratio)).toEqual([1.76, 1.61, 1.66, 1.5]);
    expect(forecastRatio(463.7, 309)).toBe(1.5);
    expect(wide.bars.find((b) => b.key === "apollo-2019")!.ratioText).toBe("1.76×");
    const zh = layoutCloudInvestment(data, { ...SIZES.wide, locale: "zh-hans" }, labels);
    expect(zh.bars.find((b) => b.key === "apollo-2019")!.ratioText).toBe("1.76倍");
  });

  it("puts Synergy's wider measure as dots on the IaaS rows of the same years", () => {
    expect(wide.dots.map((d) => d.row.year)).toEqual([2021, 2023, 2024]);
    for (const d of wide.dots) {
      const bar = wide.bars.find((b) => b.group === "iaas" && b.row.year === d.row.year)!;
      expect(d.cy).toBeCloseTo(bar.y + bar.height / 2, 5);
    }
    expect(wide.dots.filter((d) => d.label).length).toBe(1);
  });

  it("formats values and ticks for the locale", () => {
    expect(wide.bars[0]!.valueText).toBe("$463.7bn");
    expect(wide.ticks.map((t) => t.label)).toContain("$200bn");
    const zh = layoutCloudInvestment(data, { ...SIZES.narrow, locale: "zh-hans" }, labels);
    expect(zh.bars[0]!.valueText).toBe("4637亿美元");
  });

  it("keeps every value label inside its scene and clear of the ratio and the dots (narrow: on the label's line)", () => {
    for (const scene of [wide, narrow]) {
      for (const b of scene.bars) {
        const w = textWidth(b.valueText, scene.narrow ? 11 : 12);
        if (b.valueInline) {
          expect(textWidth(`${b.label} ${b.valueText}`, 11)).toBeLessThan(b.ratioText ? scene.width - 40 : scene.width);
          continue;
        }
        const right = b.valueX + w;
        expect(right).toBeLessThanOrEqual(scene.width);
        if (b.ratioX !== undefined) expect(right).toBeLessThan(b.ratioX - textWidth(b.ratioText!, 12));
        const dot = scene.dots.find((d) => d.row.year === b.row.year && b.group === "iaas");
        if (dot) expect(right).toBeLessThan(dot.cx - dot.r);
      }
    }
  });

  it("uses fewer ticks on the narrow scene and puts labels on their own line", () => {
    expect(narrow.ticks.length).toBeLessThan(wide.ticks.length);
    for (const b of narrow.bars) expect(b.labelY).toBeLessThan(b.y);
  });
});

describe("CloudInvestmentView snapshots", () => {
  const dir = path.join(import.meta.dirname, "__snapshots__");
  for (const variant of ["wide", "narrow"] as const) {
    it(`renders the ${variant} SVG deterministically`, () => {
      const scene = layoutCloudInvestment(data, { ...SIZES[variant], locale: "en" }, labels);
      expectSvgSnapshot(createElement(CloudInvestmentView, { scene, text, variant }), path.join(dir, `cloud-investment-${variant}.svg`));
    });
  }
});
