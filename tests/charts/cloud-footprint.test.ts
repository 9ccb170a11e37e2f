import { describe, expect, it } from "vitest";
import path from "node:path";
import copyFile from "@/content/charts/cloud-footprint.json";
import { FRAMES, minText, type FrameId } from "@/lib/charts/frames";
import { overlaps } from "@/lib/charts/labels";
import { sceneTree, toMarkup } from "@/lib/charts/tree";
import type { Row } from "@/lib/charts/data";
import type { Scene } from "@/lib/charts/scene";
import { isArticleClaim, type FootprintInput } from "@/components/charts/cloud-footprint/input";
import { layoutCloudFootprint } from "@/components/charts/cloud-footprint/layout";
import { copyVars, footprintTable, footprintText } from "@/components/charts/cloud-footprint/text";
import { cloudFootprint } from "@/components/charts/cloud-footprint/spec";
import { expectSvgSnapshot } from "./snapshot";
import { all, boxIn, byPrefix, expectContract, expectFilled, mark, shown, texts, expectApart, expectInside } from "./scene-helpers";

// A fixed fixture, so the snapshots change only when the layout does, not when the data is revised.
const row = (year: number, value: number, confidence: Row["confidence"] = "medium", key?: string, source = ["fixture"], note?: string): Row => ({
  year,
  value,
  source,
  confidence,
  ...(key ? { key } : {}),
  ...(note ? { note } : {}),
});
const input: FootprintInput = {
  regions: [
    row(2016, 14),
    row(2018, 18),
    row(2020, 22, "low", undefined, ["fixture"], "Date approximate."),
    row(2022, 28),
    row(2023, 28),
    row(2024, 30, "medium", "2024-mid"),
    row(2024, 29, "low", "2024-article", ["article"], "The article's count."),
    row(2026, 29, "low"),
  ],
  zones: [row(2018, 49), row(2022, 85), row(2023, 86), row(2024, 89), row(2026, 92, "low")],
};
const en = copyFile.en;
const zh = copyFile["zh-hans"];
const FRAME_IDS = ["wide", "narrow", "slide", "pocket"] as const;
const lay = (frame: FrameId, locale: "en" | "zh-hans" = "en") =>
  layoutCloudFootprint(input, { frame: FRAMES[frame], locale, publishers: () => "Fixture" }, locale === "en" ? en : zh);
const dot = (s: Scene, key: string) => mark(s, key, "circle");

describe("cloud-footprint: regions and zones as snapshots", () => {
  const scene = lay("wide");

  it("treats a row sourced to the article alone as the article's claim", () => {
    expect(input.regions.filter(isArticleClaim).map((r) => r.key)).toEqual(["2024-article"]);
    expect(isArticleClaim({ source: ["article", "nikkei"] })).toBe(false);
  });

  it("draws the article's 2024 count as its own grey mark just right of the record, at its own height, labelled with a leader", () => {
    for (const frame of FRAME_IDS) {
      const s = lay(frame);
      const record = dot(s, "regions-2024-mid");
      const claim = dot(s, "regions-2024-article");
      expect(claim.cx).toBeGreaterThan(record.cx + record.r);
      expect(claim.cx - record.cx).toBeLessThan(4 * record.r);
      expect(claim.cy).toBeGreaterThan(record.cy);
      expect(claim.className).toContain("chart-mark-alt");
      expect(claim.attrs).toEqual({ "data-claim": "article" });
      expect(claim.tip!.confidence).toBe("low");
      expect(claim.tip!.label).toBe("2024: The article's count for 2024, 29 regions (The article's count.)");
      const label = mark(s, "regions-2024-article-label", "text");
      expect(label.lines[0]).toBe("The article: 29");
      const leader = mark(s, "regions-2024-article-leader", "line");
      expect(leader.x1).toBe(claim.cx);
      expect(leader.y2).toBeLessThan(boxIn(s, label.key).y0);
    }
  });

  it("joins the record only, dashing the segments that touch a low-confidence snapshot", () => {
    const dashed = (id: string) => byPrefix(scene, `${id}-line-`).map((l) => (l.className ?? "").includes("chart-cloud-dashed"));
    expect(dashed("regions")).toEqual([false, true, true, false, false, true]);
    expect(dashed("zones")).toEqual([false, false, false, true]);
    expect(byPrefix(scene, "regions-line-").map((l) => l.key)).not.toContain("regions-line-2024-mid-2024-article");
  });

  it("starts both panels at zero on one time axis", () => {
    for (const frame of FRAME_IDS) {
      const s = lay(frame);
      for (const id of ["regions", "zones"]) {
        expect(mark(s, `y-${id}-label-0`, "text").y).toBeCloseTo(mark(s, `base-${id}`, "line").y1, 5);
      }
      const x2018 = (id: string) => dot(s, `${id}-2018`).cx - mark(s, `base-${id}`, "line").x1;
      expect(x2018("regions"), frame).toBeCloseTo(x2018("zones"), 5);
    }
  });

  it("sets the panels side by side on a desktop and a slide, stacked on a phone", () => {
    for (const frame of ["wide", "slide"] as const) {
      const s = lay(frame);
      expect(mark(s, "base-zones", "line").x1).toBeGreaterThan(mark(s, "base-regions", "line").x2);
    }
    const n = lay("narrow");
    expect(mark(n, "head-zones", "text").y).toBeGreaterThan(mark(n, "base-regions", "line").y1);
    for (const id of ["regions", "zones"]) expect(mark(n, `base-${id}`, "line").x2).toBeLessThanOrEqual(360);
  });

  it("labels each record dot with its count, and formats for the locale", () => {
    expect(byPrefix(scene, "value-regions-").map((t) => (t as { lines: string[] }).lines[0])).toEqual(["14", "18", "22", "28", "28", "30", "29"]);
    expect(dot(scene, "regions-2016").tip!.value).toBe("14 regions");
    const z = lay("narrow", "zh-hans");
    expect(dot(z, "zones-2026").tip!.value).toBe("92个可用区");
    expect(mark(z, "regions-2024-article-label", "text").lines[0]).toBe("原文：29");
  });

  it("orders the dots by year, the article's count after the record's, for the arrow keys", () => {
    expect(
      all(scene)
        .filter((m) => m.tip)
        .map((m) => m.key),
    ).toEqual([
      "regions-2016",
      "regions-2018",
      "regions-2020",
      "regions-2022",
      "regions-2023",
      "regions-2024-mid",
      "regions-2024-article",
      "regions-2026",
      "zones-2018",
      "zones-2022",
      "zones-2023",
      "zones-2024",
      "zones-2026",
    ]);
  });
});

describe("cloud-footprint: legible and uncluttered in every frame and language", () => {
  const scenes = (["en", "zh-hans"] as const).flatMap((locale) => FRAME_IDS.map((frame) => ({ name: `${locale} ${frame}`, frame, s: lay(frame, locale) })));

  it("keeps the view contract, with no text under the frame's minimum size", () => {
    for (const { name, frame, s } of scenes) expectContract(s, minText(FRAMES[frame]), name);
  });

  it("keeps every label inside the SVG", () => {
    for (const { name, s } of scenes) expectInside(s, name);
  });

  it("never lets two labels overlap, nor a label cover a dot", () => {
    for (const { name, s } of scenes) {
      const labels = texts(s).map((t) => ({ key: t.key, box: boxIn(s, t.key) }));
      expectApart(labels, name);
      const dots = shown(s).filter((m) => m.tip);
      for (const l of labels) for (const d of dots) expect(overlaps(l.box, boxIn(s, d.key)), `${name}: ${l.key} over ${d.key}`).toBe(false);
    }
  });
});

describe("cloud-footprint: words and table", () => {
  it("computes the title from the data", () => {
    expect(footprintText(input, en, "en").title).toBe("Alibaba Cloud's regions peaked at 30 in 2024; its availability zones kept rising, to 92");
    expect(footprintText(input, zh, "zh-hans").title).toBe("阿里云地域数在2024年达到30个的高点，可用区则继续增至92个");
    for (const [c, l] of [
      [en, "en"],
      [zh, "zh-hans"],
    ] as const) {
      const { title, desc, notes } = footprintText(input, c, l);
      for (const s of [title, desc, ...notes]) expect(s).not.toMatch(/\{\w+\}/);
      expectFilled([c.title, c.desc, ...c.notes], copyVars(input, l), l);
    }
  });

  it("tabulates exactly the dots drawn, in their order", () => {
    const t = footprintTable(input, en, "en", () => "Fixture");
    expect(t.rows).toHaveLength(13);
    expect(t.rows[6]).toEqual({ when: "2024", series: "The article's count for 2024", value: "29 regions", source: "Fixture" });
    expect(t.rows.at(-1)).toEqual({ when: "2026", series: "Availability zones", value: "92 availability zones", source: "Fixture" });
  });

  it("is one state, the same with or without a step, from the registry's data in every language", () => {
    expect(cloudFootprint.steps).toBe(1);
    for (const locale of ["en", "zh-hans", "zh-hant"] as const) {
      for (const frame of FRAME_IDS) {
        const spec = cloudFootprint.spec(locale, {}, FRAMES[frame]);
        expectContract(spec.scene, minText(FRAMES[frame]), `${locale} ${frame}`);
        expect(toMarkup(sceneTree(cloudFootprint.spec(locale, { step: 0 }, FRAMES[frame]).scene, "u"))).toBe(toMarkup(sceneTree(spec.scene, "u")));
        expect(spec.table.rows.length).toBe(spec.scene.marks.filter((m) => m.tip).length);
        // The deck shows the slide frame: drawn taller than its frame, it would be scaled below its type sizes.
        if (frame === "slide") expect(spec.scene.height, `${locale} slide`).toBeLessThanOrEqual(FRAMES.slide.height);
      }
    }
  }, 60_000);

  it("fits the slide frame with the fixture too, in both languages", () => {
    for (const locale of ["en", "zh-hans"] as const) expect(lay("slide", locale).height, locale).toBeLessThanOrEqual(FRAMES.slide.height);
  });
});

describe("cloud-footprint snapshots", () => {
  const dir = path.join(import.meta.dirname, "__snapshots__");
  for (const frame of FRAME_IDS) {
    it(`draws the ${frame} frame deterministically`, () => {
      expectSvgSnapshot(toMarkup(sceneTree(lay(frame), "cf")), path.join(dir, `cloud-footprint-${frame}.svg`));
    });
  }
  it("draws the narrow frame in Chinese deterministically", () => {
    expectSvgSnapshot(toMarkup(sceneTree(lay("narrow", "zh-hans"), "cf")), path.join(dir, "cloud-footprint-narrow-zh.svg"));
  });
});
