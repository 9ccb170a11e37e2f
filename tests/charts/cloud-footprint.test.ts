import { describe, expect, it } from "vitest";
import path from "node:path";
import { createElement } from "react";
import { isArticleClaim, layoutCloudFootprint } from "@/components/charts/cloud-footprint/layout";
import { CloudFootprintView } from "@/components/charts/cloud-footprint/View";
import { SIZES } from "@/components/charts/cloud-footprint";
import type { SeriesRow } from "@/lib/data/schema";
import { expectSvgSnapshot } from "./snapshot";

// Fixed fixture rows, so a snapshot changes only when the layout or the view does.
const row = (year: number, value: number, confidence: SeriesRow["confidence"] = "medium", key?: string, source = ["fixture"]): SeriesRow => ({
  year,
  key,
  value,
  source,
  confidence,
});
const data = {
  regions: [
    row(2016, 14),
    row(2018, 18),
    row(2020, 22, "low"),
    row(2022, 28),
    row(2023, 28),
    row(2024, 30, "medium", "2024-mid"),
    row(2024, 29, "low", "2024-article", ["article"]),
    row(2026, 29, "low"),
  ],
  zones: [row(2018, 49), row(2022, 85), row(2023, 86), row(2024, 89), row(2026, 92, "low")],
};
const labels = { regions: "Regions", zones: "Availability zones", claim: (n: string) => `The article: ${n}` };
const text = { title: "T", desc: "D", tip: () => ({ title: "t", source: "S" }) };

describe("layoutCloudFootprint", () => {
  const wide = layoutCloudFootprint(data, { ...SIZES.wide, locale: "en" }, labels);
  const narrow = layoutCloudFootprint(data, { ...SIZES.narrow, locale: "en" }, labels);
  const [regions, zones] = wide.panels;

  it("treats a row sourced to the article alone as the article's claim", () => {
    expect(data.regions.filter(isArticleClaim).map((r) => r.key)).toEqual(["2024-article"]);
    expect(isArticleClaim(row(2025, 1, "medium", undefined, ["article", "nikkei"]))).toBe(false);
  });

  it("draws the article's 2024 count as a separate mark just right of the record, at its own height", () => {
    const record = regions!.points.find((p) => p.key === "2024-mid")!;
    const claim = regions!.points.find((p) => p.claim)!;
    expect(claim.cx).toBeGreaterThan(record.cx);
    expect(claim.cx - record.cx).toBeLessThan(20);
    expect(claim.cy).toBeGreaterThan(record.cy);
    expect(claim.label.text).toBe("The article: 29");
    expect(regions!.segments.length).toBe(6);
  });

  it("joins the record only, dashing segments that touch a low-confidence snapshot", () => {
    expect(regions!.segments.map((s) => s.dashed)).toEqual([false, true, true, false, false, true]);
    expect(zones!.segments.map((s) => s.dashed)).toEqual([false, false, false, true]);
  });

  it("starts both panels at zero on a shared time axis", () => {
    for (const p of wide.panels) {
      expect(p.yTicks[0]!.label).toBe("0");
      expect(p.yTicks[0]!.pos).toBeCloseTo(p.bottom, 5);
    }
    const x2018 = (p: typeof regions) => p!.points.find((pt) => pt.row.year === 2018)!.cx - p!.x0;
    expect(x2018(regions)).toBeCloseTo(x2018(zones), 5);
  });

  it("sets the panels side by side when wide and stacked when narrow", () => {
    expect(zones!.x0).toBeGreaterThan(regions!.x1);
    expect(narrow.panels[1]!.top).toBeGreaterThan(narrow.panels[0]!.bottom);
    for (const p of narrow.panels) expect(p.x1).toBeLessThanOrEqual(narrow.width);
  });

  it("formats counts for the locale", () => {
    expect(regions!.points[0]!.valueText).toBe("14 regions");
    const zh = layoutCloudFootprint(data, { ...SIZES.narrow, locale: "zh-hans" }, labels);
    expect(zh.panels[1]!.points.at(-1)!.valueText).toBe("92个可用区");
  });
});

describe("CloudFootprintView snapshots", () => {
  const dir = path.join(import.meta.dirname, "__snapshots__");
  for (const variant of ["wide", "narrow"] as const) {
    it(`renders the ${variant} SVG deterministically`, () => {
      const scene = layoutCloudFootprint(data, { ...SIZES[variant], locale: "en" }, labels);
      expectSvgSnapshot(createElement(CloudFootprintView, { scene, text, variant }), path.join(dir, `cloud-footprint-${variant}.svg`));
    });
  }
});
