import { describe, expect, it } from "vitest";
import path from "node:path";
import { createElement } from "react";
import copyFile from "@/content/charts/virtualization-loss.json";
import type { RangeRow } from "@/lib/data/schema";
import type { Locale } from "@/lib/i18n";
import { coreGrid, fleetLoss, gridShape, layoutFleet, simplestRatio, textWidth, waffle, wrap, type TextLabel } from "@/components/charts/virtualization-loss/model";
import { layoutServer, layoutStrip, STRIP_MAX } from "@/components/charts/virtualization-loss/layout";
import { FleetView, ServerView, StripView } from "@/components/charts/virtualization-loss/View";
import { virtualizationLossText } from "@/components/charts/virtualization-loss";
import { expectSvgSnapshot } from "./snapshot";

// Fixed fixtures, so snapshots change only when the layout, the view or the copy does, not when the data is revised.
const range = (key: string, year: number, low: number, high: number, kind: RangeRow["kind"], confidence: RangeRow["confidence"] = "medium"): RangeRow => ({
  key,
  year,
  low,
  high,
  kind,
  confidence,
  source: ["fixture"],
});
const rows: RangeRow[] = [
  range("emulation", 1998, 100, 900, "measurement"),
  range("xen-io", 2006, 20, 45, "measurement"),
  range("paravirt", 2012, 10, 50, "measurement"),
  range("article-example", 2016, 37.5, 37.5, "illustration", "low"),
  range("hw-assisted", 2017, 0.1, 1.5, "measurement"),
  range("xdragon-claim", 2017, 0, 0, "claim", "low"),
  range("cipu-claim", 2022, 0, 0, "claim", "low"),
];
const example = { cores: 32, reserved: 12, claim: 40, year: 2016, sources: ["fixture"] };
const textFor = (locale: Locale) => virtualizationLossText(locale === "en" ? copyFile.en : copyFile["zh-hans"], locale, rows, example, (ids) => ids.join("; "));
const en = textFor("en");

/** Every label's estimated extent lies inside the SVG, so nothing is cut off at 320 px. */
function expectLabelsInside(labels: TextLabel[], width: number) {
  for (const l of labels) {
    const w = textWidth(l.text, l.size);
    const left = l.anchor === "end" ? l.x - w : l.anchor === "middle" ? l.x - w / 2 : l.x;
    expect(left, l.text).toBeGreaterThanOrEqual(-0.5);
    expect(left + w, l.text).toBeLessThanOrEqual(width + 0.5);
  }
}

describe("fleetLoss", () => {
  it("counts 12 reserved cores of 32 as 37.5%", () => {
    expect(fleetLoss({ cores: 32, reserved: 12, fleet: 0 }).share).toBe(0.375);
  });

  it("gives fleet × reserved ÷ cores servers' worth: 100,000 × 12/32 = 37,500", () => {
    const r = fleetLoss({ cores: 32, reserved: 12, fleet: 100_000 });
    expect(r.worth).toBe(37_500);
    expect(r.freeWorth).toBe(62_500);
    expect(fleetLoss({ cores: 64, reserved: 8, fleet: 250_000 }).worth).toBe(31_250);
  });

  it("clamps reserved cores at or above the core count to every core, and below zero to none", () => {
    expect(fleetLoss({ cores: 32, reserved: 40, fleet: 1000 })).toMatchObject({ reserved: 32, free: 0, share: 1, worth: 1000 });
    expect(fleetLoss({ cores: 32, reserved: 32, fleet: 1000 }).share).toBe(1);
    expect(fleetLoss({ cores: 32, reserved: -3, fleet: 1000 })).toMatchObject({ reserved: 0, worth: 0 });
  });

  it("holds nothing back in a fleet of zero, and treats a negative fleet as zero", () => {
    expect(fleetLoss({ cores: 32, reserved: 12, fleet: 0 }).worth).toBe(0);
    expect(fleetLoss({ cores: 32, reserved: 12, fleet: -5 }).worth).toBe(0);
  });

  it("gives a server at least one core, so the share is never a division by zero", () => {
    const r = fleetLoss({ cores: 0, reserved: 3, fleet: 10 });
    expect(r).toMatchObject({ cores: 1, reserved: 1, share: 1 });
  });

  it("reduces 12 of 32 to 3 in every 8", () => {
    expect(simplestRatio(12, 32)).toEqual({ part: 3, whole: 8 });
  });
});

describe("coreGrid and waffle", () => {
  it("draws 32 cores as 8 columns of 4, the 12 reserved filling the three right-hand columns", () => {
    expect(gridShape(32, 348, 158)).toMatchObject({ cols: 8, rows: 4 });
    const grid = coreGrid(32, 12, { x: 0, y: 0, width: 348, height: 158 });
    expect(grid.lost).toHaveLength(12);
    expect(grid.free).toHaveLength(20);
    const lostXs = new Set(grid.lost.map((c) => Math.round(c.x)));
    expect(lostXs.size).toBe(3);
    expect(Math.min(...grid.lost.map((c) => c.x))).toBeGreaterThan(Math.max(...grid.free.map((c) => c.x)));
  });

  it("keeps every core inside its box for every slider setting", () => {
    for (let cores = 8; cores <= 128; cores += 8) {
      for (const box of [{ x: 12, y: 38, width: 276, height: 136 }, { x: 12, y: 38, width: 316, height: 126 }]) {
        const grid = coreGrid(cores, Math.floor(cores / 3), box, 40);
        expect(grid.free.length + grid.lost.length).toBe(cores);
        for (const c of [...grid.free, ...grid.lost]) {
          expect(c.x).toBeGreaterThanOrEqual(box.x - 1e-6);
          expect(c.y).toBeGreaterThanOrEqual(box.y - 1e-6);
          expect(c.x + c.width).toBeLessThanOrEqual(box.x + box.width + 1e-6);
          expect(c.y + c.height).toBeLessThanOrEqual(box.y + box.height + 1e-6);
        }
      }
    }
  });

  it("splits the waffle's fractional square: 37.5% is 37 whole squares and the lower half of one more", () => {
    const w = waffle(0.375, { x: 0, y: 0, width: 100, height: 100 });
    const area = (cells: { width: number; height: number }[]) => cells.reduce((a, c) => a + c.width * c.height, 0) / (w.size * w.size);
    expect(area(w.lost)).toBeCloseTo(37.5, 6);
    expect(area(w.free)).toBeCloseTo(62.5, 6);
    expect(w.lost).toHaveLength(38);
  });

  it("fills no square for a zero share and every square for a whole one", () => {
    expect(waffle(0, { x: 0, y: 0, width: 100, height: 100 }).lost).toHaveLength(0);
    expect(waffle(1, { x: 0, y: 0, width: 100, height: 100 }).free).toHaveLength(0);
  });
});

describe("wrap", () => {
  it("breaks English at spaces and Chinese between characters, within the width", () => {
    const lines = wrap("of the server’s cores never run a customer’s code", 150, 15);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe("of the server’s cores never run a customer’s code");
    for (const line of lines) expect(textWidth(line, 15)).toBeLessThanOrEqual(150);
    const zh = wrap("原本在服务器上由虚拟化层承担的网络、存储与管理工作", 120, 12);
    expect(zh.join("")).toBe("原本在服务器上由虚拟化层承担的网络、存储与管理工作");
    for (const line of zh) expect(textWidth(line, 12)).toBeLessThanOrEqual(120);
    expect(zh.some((line) => line.startsWith("、"))).toBe(false);
  });
});

describe("layoutFleet", () => {
  it("draws one hypervisor square per reserved core, so the reserved slider changes the count", () => {
    const at = (reserved: number) => layoutFleet(fleetLoss({ cores: 32, reserved, fleet: 100_000 }), "wide", "en", en.fleet).groups.find((g) => g.key === "server-lost")?.cells.length ?? 0;
    expect(at(12)).toBe(12);
    expect(at(13)).toBe(13);
    expect(at(0)).toBe(0);
  });

  it("states the servers' worth in each language's convention", () => {
    const r = fleetLoss({ cores: 32, reserved: 12, fleet: 100_000 });
    const wide = layoutFleet(r, "wide", "en", en.fleet);
    expect(wide.labels.map((l) => l.text)).toContain("37,500");
    expect(wide.groups.find((g) => g.key === "fleet-lost")!.tip.value).toBe("37,500 servers’ worth");
    const zh = layoutFleet(r, "wide", "zh-hans", textFor("zh-hans").fleet);
    expect(zh.labels.map((l) => l.text)).toContain("3.75万");
  });

  it("keeps every label inside the SVG at both sizes, at the sliders' extremes too", () => {
    for (const locale of ["en", "zh-hans"] as const) {
      const t = textFor(locale);
      for (const s of [
        { cores: 32, reserved: 12, fleet: 100_000 },
        { cores: 128, reserved: 127, fleet: 990_000 },
        { cores: 8, reserved: 1, fleet: 10_000 },
        { cores: 128, reserved: 0, fleet: 1_000_000 },
      ]) {
        for (const variant of ["wide", "narrow"] as const) {
          const scene = layoutFleet(fleetLoss(s), variant, locale, t.fleet);
          expectLabelsInside(scene.labels, scene.width);
          expect(Math.max(...scene.labels.map((l) => l.y))).toBeLessThanOrEqual(scene.height);
        }
      }
    }
  });
});

describe("layoutServer", () => {
  it("step 0 takes 12 cores for the hypervisor; step 1 returns them and adds the card", () => {
    const s0 = layoutServer(example, 0, "wide", "en", en.server);
    expect(s0.groups.map((g) => [g.kind, g.cells.length])).toEqual([["free", 20], ["lost", 12]]);
    expect(s0.card).toBeNull();
    expect(s0.labels.map((l) => l.text)).toContain("37.5%");
    const s1 = layoutServer(example, 1, "wide", "en", en.server);
    expect(s1.groups.map((g) => [g.kind, g.cells.length])).toEqual([["free", 20], ["returned", 12]]);
    expect(s1.card?.tip.confidence).toBe("low");
    expect(s1.arrow).not.toBeNull();
  });

  it("says the article rounds 37.5% to nearly 40%, and labels the server an illustration", () => {
    const texts = layoutServer(example, 0, "wide", "en", en.server).labels.map((l) => l.text).join(" ");
    expect(texts).toContain("“nearly 40%”");
    expect(texts).toContain("Illustrative example from the article");
  });

  it("keeps every label inside the SVG at both sizes and in both languages", () => {
    for (const locale of ["en", "zh-hans"] as const) {
      for (const step of [0, 1] as const) {
        for (const variant of ["wide", "narrow"] as const) {
          const scene = layoutServer(example, step, variant, locale, textFor(locale).server);
          expectLabelsInside(scene.labels, scene.width);
        }
      }
    }
  });
});

describe("layoutStrip", () => {
  const wide = layoutStrip(rows, "wide", "en", en.strip);

  it("orders eras by year and draws claims and the illustration hollow, measurements solid", () => {
    expect(wide.rows.map((r) => r.year)).toEqual([1998, 2006, 2012, 2016, 2017, 2017, 2022]);
    for (const r of wide.rows) expect(r.hollow).toBe(r.kind !== "measurement");
    expect(wide.rows.filter((r) => r.tone === "accent").map((r) => r.key)).toEqual(["xdragon-claim", "cipu-claim"]);
  });

  it("draws ranges on one linear scale from zero: a bar runs from its low to its high value", () => {
    const bar = (key: string) => wide.rows.find((r) => r.key === key)!.mark as { x: number; width: number };
    const px = (wide.plot.x1 - wide.plot.x0) / STRIP_MAX;
    expect(bar("paravirt").x).toBeCloseTo(wide.plot.x0 + 10 * px, 6);
    expect(bar("paravirt").width).toBeCloseTo(40 * px, 6);
    expect(bar("hw-assisted").width).toBeGreaterThanOrEqual(3);
    expect(wide.rows.find((r) => r.key === "xdragon-claim")!.mark).toMatchObject({ type: "dot", cx: wide.plot.x0 });
  });

  it("runs software emulation past the scale's end with a break, and says 2–10× slower", () => {
    const emu = wide.rows.find((r) => r.key === "emulation")!;
    expect(emu.mark.type).toBe("offscale");
    const m = emu.mark as { x: number; breakX: number };
    expect(m.x).toBeCloseTo(wide.plot.x1, 6);
    expect(m.breakX).toBeGreaterThan(wide.plot.x1);
    expect(emu.valueText).toBe("100–900% (2–10× slower)");
  });

  it("labels kinds and formats values for the locale", () => {
    expect(wide.rows.find((r) => r.key === "cipu-claim")!.tip.value).toBe("0%, claimed · vendor claim");
    const zh = layoutStrip(rows, "wide", "zh-hans", textFor("zh-hans").strip);
    expect(zh.rows.find((r) => r.key === "paravirt")!.valueText).toBe("10至50%");
  });

  it("shows fewer ticks at 320 px and keeps every label inside the SVG", () => {
    const narrow = layoutStrip(rows, "narrow", "en", en.strip);
    expect(narrow.ticks.length).toBeLessThan(wide.ticks.length);
    for (const locale of ["en", "zh-hans"] as const) {
      for (const variant of ["wide", "narrow"] as const) {
        const scene = layoutStrip(rows, variant, locale, textFor(locale).strip);
        expectLabelsInside(scene.labels, scene.width);
      }
    }
  });
});

describe("VirtualizationLoss snapshots", () => {
  const dir = path.join(import.meta.dirname, "__snapshots__");
  const uid = "vl";
  for (const variant of ["wide", "narrow"] as const) {
    for (const step of [0, 1] as const) {
      it(`renders step ${step} (the example server${step ? " and the X-Dragon card" : ""}) at ${variant} size`, () => {
        const scene = layoutServer(example, step, variant, "en", en.server);
        expectSvgSnapshot(createElement(ServerView, { scene, title: "T", desc: "D", variant, uid }), path.join(dir, `virtualization-loss-step${step}-${variant}.svg`));
      });
    }
    it(`renders step 2 (the fleet at the article's ratio) at ${variant} size`, () => {
      const scene = layoutFleet(fleetLoss({ cores: 32, reserved: 12, fleet: 100_000 }), variant, "en", en.fleet);
      expectSvgSnapshot(createElement(FleetView, { scene, variant, uid }), path.join(dir, `virtualization-loss-step2-${variant}.svg`));
    });
    it(`renders step 3 (published overhead by era) at ${variant} size`, () => {
      const scene = layoutStrip(rows, variant, "en", en.strip);
      expectSvgSnapshot(createElement(StripView, { scene, title: "T", desc: "D", variant, uid }), path.join(dir, `virtualization-loss-step3-${variant}.svg`));
    });
  }
});
