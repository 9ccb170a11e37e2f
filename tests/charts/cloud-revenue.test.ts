import { describe, expect, it } from "vitest";
import path from "node:path";
import copyFile from "@/content/charts/cloud-revenue.json";
import { FRAMES, minText, type FrameId } from "@/lib/charts/frames";
import { overlaps } from "@/lib/charts/labels";
import { sceneTree, toMarkup } from "@/lib/charts/tree";
import type { Row } from "@/lib/charts/data";
import type { Scene } from "@/lib/charts/scene";
import { growthFromNote, parseQuarterKey, type RevenueInput } from "@/components/charts/cloud-revenue/input";
import { layoutCloudRevenue } from "@/components/charts/cloud-revenue/layout";
import { copyVars, revenueTable, revenueText } from "@/components/charts/cloud-revenue/text";
import { cloudRevenue } from "@/components/charts/cloud-revenue/spec";
import { expectSvgSnapshot } from "./snapshot";
import { boxIn, byPrefix, expectContract, expectFilled, mark, shown, texts, expectApart, expectInside } from "./scene-helpers";

// A fixed fixture, so the snapshots change only when the layout does, not when the data is revised.
const row = (year: number, value: number | null, confidence: Row["confidence"] = "high", key?: string, note?: string): Row => ({
  year,
  value,
  source: ["fixture"],
  confidence,
  ...(key ? { key } : {}),
  ...(note ? { note } : {}),
});
const input: RevenueInput = {
  years: [
    row(2014, 773),
    row(2015, 1271),
    row(2016, 3019),
    row(2017, 6663),
    row(2018, 13390),
    row(2019, 24702),
    row(2020, 40016),
    row(2021, 60120, "low", undefined, "A working figure."),
    row(2022, 74568),
    row(2023, 77200, "low", undefined, "Approximate."),
  ],
  quarters: [
    row(2024, 29610, "high", "2024q3"),
    row(2024, 31742, "medium", "2024q4"),
    row(2025, null, "high", "2025q1", "Only the growth was captured."),
    row(2025, 33398, "high", "2025q2"),
    row(2025, 39824, "high", "2025q3"),
  ],
  growth: { "2024q3": 7, "2024q4": 13, "2025q1": 18, "2025q2": 26, "2025q3": 34 },
  ghost: row(2022, 100180, "high", undefined, "Before elimination."),
};
const en = copyFile.en;
const zh = copyFile["zh-hans"];
const FRAME_IDS = ["wide", "narrow", "slide", "pocket"] as const;
const lay = (frame: FrameId, locale: "en" | "zh-hans" = "en", data = input) =>
  layoutCloudRevenue(data, { frame: FRAMES[frame], locale, publishers: () => "Fixture" }, locale === "en" ? en : zh);
const bar = (s: Scene, key: string) => mark(s, key, "rect");
const base = (s: Scene, id: "years" | "quarters") => mark(s, `base-${id}`, "line").y1;

describe("cloud-revenue: fiscal years and quarters on one scale", () => {
  it("reads growth from a row's note and a quarter from its key", () => {
    expect(["Up 7% year on year.", "Growth of 18% was reported", "Quarter to 31 March."].map(growthFromNote)).toEqual([7, 18, undefined]);
    expect(parseQuarterKey("2024q3")).toEqual({ year: 2024, quarter: 3 });
    expect(parseQuarterKey("2024")).toBeNull();
  });

  it("starts every bar at zero with the same yuan per unit of height in both panels, in every frame", () => {
    for (const frame of FRAME_IDS) {
      const s = lay(frame);
      for (const b of byPrefix(s, "fy-"))
        expect((b as { y: number; height: number }).y + (b as { height: number }).height, `${frame} ${b.key}`).toBeCloseTo(base(s, "years"), 5);
      for (const b of byPrefix(s, "q-").filter((m) => !(m.attrs && "data-missing" in m.attrs)))
        expect((b as { y: number }).y + (b as { height: number }).height).toBeCloseTo(base(s, "quarters"), 5);
      expect(bar(s, "q-2025q3").height / bar(s, "fy-2022").height, frame).toBeCloseTo(39824 / 74568, 5);
    }
  });

  it("sets the panels side by side with a break between them, and stacks them on a phone", () => {
    const s = lay("wide");
    const brk = mark(s, "break", "line");
    expect(brk.x1).toBe(brk.x2);
    expect(brk.x1).toBeGreaterThan(bar(s, "fy-2023").x + bar(s, "fy-2023").width);
    expect(brk.x1).toBeLessThan(bar(s, "q-2024q3").x);
    const n = lay("narrow");
    const rule = mark(n, "break", "line");
    expect(rule.y1).toBe(rule.y2);
    expect(rule.y1).toBeGreaterThan(base(n, "years"));
    expect(bar(n, "q-2025q3").y).toBeGreaterThan(rule.y1);
  });

  it("outlines FY2022 from its published figure up to the figure before elimination", () => {
    const s = lay("wide");
    const ghost = bar(s, "ghost-2022");
    const fy22 = bar(s, "fy-2022");
    expect(ghost.y + ghost.height).toBeCloseTo(fy22.y, 5);
    expect(ghost.height / fy22.height).toBeCloseTo((100180 - 74568) / 74568, 5);
    expect(ghost.className).toBe("chart-ghost");
    expect(ghost.tip!.title).toBe("FY2022 before removing sales to other Alibaba units");
    expect(mark(s, "ghost-label", "text").lines).toEqual(["¥100.2bn before removing", "sales to other Alibaba units"]);
  });

  it("keeps the low-confidence years low (hollow, dashed), with the reason announced", () => {
    const fy21 = bar(lay("wide"), "fy-2021");
    expect(fy21.tip!.confidence).toBe("low");
    expect(fy21.tip!.label).toBe("2021: FY2021, the year to March 2021, ¥60.1bn (A working figure.)");
  });

  it("keeps a quarter without an amount as an empty slot that says so, its growth level with its neighbours'", () => {
    for (const frame of FRAME_IDS) {
      const s = lay(frame);
      const slot = bar(s, "q-2025q1");
      expect(slot.attrs).toHaveProperty("data-missing");
      expect(slot.tip!.value).toBe("amount not captured · +18% on a year earlier");
      const g = (k: string) => mark(s, `growth-${k}`, "text").y;
      expect(g("2025q1"), frame).toBeCloseTo((g("2024q4") + g("2025q2")) / 2, 5);
      expect(mark(s, "missing-2025q1", "text").lines.join(" ")).toBe("amount not captured");
    }
    expect(mark(lay("wide", "zh-hans"), "missing-2025q1", "text").lines.join("")).toBe("金额未取得");
  });

  it("labels growth over every quarter, and each quarter's year only where it changes", () => {
    const s = lay("wide");
    expect(byPrefix(s, "growth-").map((t) => (t as { lines: string[] }).lines[0])).toEqual(["+7%", "+13%", "+18%", "+26%", "+34%"]);
    expect(byPrefix(s, "x-q-").map((t) => (t as { lines: string[] }).lines[0])).toEqual(["Q3", "Q4", "Q1", "Q2", "Q3"]);
    expect(byPrefix(s, "x-qy-").map((t) => (t as { lines: string[] }).lines[0])).toEqual(["2024", "2025"]);
  });

  it("labels every fiscal year on a desktop and a slide, fewer on a phone (always the last), and formats for the locale", () => {
    expect(byPrefix(lay("wide"), "x-fy-")).toHaveLength(10);
    expect(byPrefix(lay("slide"), "x-fy-")).toHaveLength(10);
    const n = byPrefix(lay("narrow"), "x-fy-").map((t) => (t as { lines: string[] }).lines[0]);
    expect(n.length).toBeLessThan(10);
    expect(n.at(-1)).toBe("2023");
    expect(mark(lay("wide"), "value-fy-2014", "text").lines[0]).toBe("¥773m");
    expect(texts(lay("wide")).map((t) => t.lines[0])).toContain("¥100bn");
    const z = lay("wide", "zh-hans");
    expect(bar(z, "fy-2022").tip!.value).toBe("745.68亿元");
    expect(bar(z, "q-2024q3").tip!.title).toBe("2024年7至9月");
  });
});

describe("cloud-revenue: legible and uncluttered in every frame and language", () => {
  const scenes = (["en", "zh-hans"] as const).flatMap((locale) => FRAME_IDS.map((frame) => ({ name: `${locale} ${frame}`, frame, s: lay(frame, locale) })));

  it("keeps the view contract, with no text under the frame's minimum size", () => {
    for (const { name, frame, s } of scenes) expectContract(s, minText(FRAMES[frame]), name);
  });

  it("keeps every label inside the SVG", () => {
    for (const { name, s } of scenes) expectInside(s, name);
  });

  it("never lets two labels overlap, nor a label cover a bar or the outline", () => {
    for (const { name, s } of scenes) {
      const labels = texts(s).map((t) => ({ key: t.key, box: boxIn(s, t.key) }));
      expectApart(labels, name);
      // The empty slot's own words sit in it; every other mark stays clear.
      const marks = shown(s).filter((m) => m.tip && !(m.attrs && "data-missing" in m.attrs));
      for (const l of labels) for (const m of marks) expect(overlaps(l.box, boxIn(s, m.key)), `${name}: ${l.key} over ${m.key}`).toBe(false);
    }
  });

  it("fits the slide frame with the fixture too, in both languages", () => {
    for (const locale of ["en", "zh-hans"] as const) expect(lay("slide", locale).height, locale).toBeLessThanOrEqual(FRAMES.slide.height);
  });

  it("keeps the empty slot's words clear of the neighbouring bars", () => {
    for (const { name, s } of scenes) {
      const words = boxIn(s, "missing-2025q1");
      for (const k of ["q-2024q4", "q-2025q2"]) expect(overlaps(words, boxIn(s, k), 2), `${name} ${k}`).toBe(false);
    }
  });
});

describe("cloud-revenue: words and table", () => {
  it("says growth is picking up only while the data say so", () => {
    expect(revenueText(input, en, "en").title).toBe("Alibaba Cloud's revenue grew 96-fold in 8 years, and growth is picking up again");
    expect(revenueText({ ...input, growth: { "2024q3": 20, "2025q3": 10 } }, en, "en").title).toBe("Alibaba Cloud's revenue grew 96-fold in 8 years");
    expect(revenueText(input, zh, "zh-hans").title).toBe("阿里云年收入8年间扩大到96倍，近来增速再度加快");
    for (const [c, l] of [
      [en, "en"],
      [zh, "zh-hans"],
    ] as const) {
      const { title, desc, notes } = revenueText(input, c, l);
      for (const s of [title, desc, ...notes]) expect(s).not.toMatch(/\{\w+\}/);
      expectFilled([c.title, c.titleSteady, c.desc, ...c.notes, c.lowNote, c.missingNote], copyVars(input, c, l), l);
    }
  });

  it("names the hollow bars in a note only when there are some, and the missing amount only when one is missing", () => {
    const low = input.years.filter((r) => r.confidence === "low").map((r) => `FY${r.year}`);
    expect(low.length).toBeGreaterThan(0);
    const notes = revenueText(input, en, "en").notes;
    expect(notes).toContain(`Hollow bars (${new Intl.ListFormat("en", { type: "conjunction" }).format(low)}) are working figures from weaker sources.`);
    expect(notes).toContain("For January–March 2025 only the growth rate was captured, not the amount.");
    expect(revenueText(input, zh, "zh-hans").notes.at(-2)).toMatch(/^空心柱（2021财年和2023财年）/);
    // Every bar well sourced and every amount known: neither note.
    const sure = { ...input, years: input.years.map((r) => ({ ...r, confidence: "high" as const })), quarters: input.quarters.filter((r) => r.value !== null) };
    for (const [c, l] of [
      [en, "en"],
      [zh, "zh-hans"],
    ] as const) {
      const words = revenueText(sure, c, l).notes;
      expect(words, l).toHaveLength(c.notes.length);
      expect(words.join(" "), l).not.toMatch(/hollow|空心/i);
    }
  });

  it("tabulates every bar, the outline after its year, and every quarter with its growth", () => {
    const t = revenueTable(input, en, "en", () => "Fixture");
    expect(t.rows).toHaveLength(10 + 1 + 5);
    expect(t.rows[9]).toEqual({ period: "FY2022 before removing sales to other Alibaba units", value: "¥100.2bn", growth: "", source: "Fixture" });
    expect(t.rows[13]).toEqual({ period: "January–March 2025", value: "amount not captured", growth: "+18%", source: "Fixture" });
  });

  it("is one state, the same with or without a step, from the registry's data in every language", () => {
    expect(cloudRevenue.steps).toBe(1);
    for (const locale of ["en", "zh-hans", "zh-hant"] as const) {
      for (const frame of FRAME_IDS) {
        const spec = cloudRevenue.spec(locale, {}, FRAMES[frame]);
        expectContract(spec.scene, minText(FRAMES[frame]), `${locale} ${frame}`);
        expect(toMarkup(sceneTree(cloudRevenue.spec(locale, { step: 0 }, FRAMES[frame]).scene, "u"))).toBe(toMarkup(sceneTree(spec.scene, "u")));
        expect(spec.table.rows.length).toBe(spec.scene.marks.filter((m) => m.tip).length);
        // The notes speak of hollow bars exactly when the chart draws some.
        const hollow = spec.scene.marks.filter((m) => m.tip?.confidence === "low" && m.className === "chart-mark").length;
        expect(
          spec.notes.some((n) => /hollow|空心/i.test(n)),
          `${locale} ${frame}`,
        ).toBe(hollow > 0);
        // The deck shows the slide frame: drawn taller than its frame, it would be scaled below its type sizes.
        if (frame === "slide") expect(spec.scene.height, `${locale} slide`).toBeLessThanOrEqual(FRAMES.slide.height);
      }
    }
  }, 60_000);
});

describe("cloud-revenue snapshots", () => {
  const dir = path.join(import.meta.dirname, "__snapshots__");
  for (const frame of FRAME_IDS) {
    it(`draws the ${frame} frame deterministically`, () => {
      expectSvgSnapshot(toMarkup(sceneTree(lay(frame), "cr")), path.join(dir, `cloud-revenue-${frame}.svg`));
    });
  }
  it("draws the wide frame in Chinese deterministically", () => {
    expectSvgSnapshot(toMarkup(sceneTree(lay("wide", "zh-hans"), "cr")), path.join(dir, "cloud-revenue-wide-zh.svg"));
  });
});
