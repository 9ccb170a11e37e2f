import { describe, expect, it } from "vitest";
import path from "node:path";
import copyFile from "@/content/charts/cloud-investment.json";
import { FRAMES, minText, type FrameId } from "@/lib/charts/frames";
import { overlaps } from "@/lib/charts/labels";
import { sceneTree, toMarkup } from "@/lib/charts/tree";
import type { Row } from "@/lib/charts/data";
import type { Scene } from "@/lib/charts/scene";
import { formatFigure } from "@/lib/data/format";
import { forecastRatio, hasValue, likeForLike, type InvestmentInput } from "@/components/charts/cloud-investment/input";
import { layoutCloudInvestment } from "@/components/charts/cloud-investment/layout";
import { copyVars, investmentSources, investmentTable, investmentText } from "@/components/charts/cloud-investment/text";
import { cloudInvestment } from "@/components/charts/cloud-investment/spec";
import { expectSvgSnapshot } from "./snapshot";
import { all, boxIn, byPrefix, expectContract, expectFilled, has, mark, shown, texts, expectApart, expectInside } from "./scene-helpers";

// A fixed fixture, so the snapshots change only when the layout does, not when the data is revised. Its rows
// have the registry's shape: six Apollo estimates, two of them in 2019 dollars, two carried to 2025 dollars,
// BGR's, and the figure the article's ratio implies (sourced to the article alone).
const row = (year: number, value: number, confidence: Row["confidence"] = "high", key?: string, rest: Partial<Row> = {}): Row => ({
  year,
  value,
  source: ["fixture"],
  confidence,
  ...(key ? { key } : {}),
  ...rest,
});
const input: InvestmentInput = {
  forecast: row(2025, 463.7, "medium", "2025-forecast"),
  capex: row(2024, 455, "high", "2024"),
  apollo: [
    row(2019, 264, "high", "apollo-2019", { label: "Apollo, 2019 dollars" }),
    row(2019, 288, "high", "with-gemini-2019", { label: "Apollo with Gemini and probes, 2019 dollars" }),
    row(2025, 332, "medium", "apollo-2025", { label: "Apollo, 2025 dollars (converted)", note: "Converted, not published." }),
    row(2025, 363, "medium", "with-gemini-2025", { label: "Apollo with Gemini and probes, 2025 dollars (converted)", note: "Converted, not published." }),
    row(2025, 280, "low", "bgr-2025", { label: "Apollo with Gemini, 2025 dollars", note: "Does not square." }),
    row(2025, 309, "low", "article-implied", { label: "Implied by the article", note: "Not a published estimate.", source: ["article"] }),
  ],
  iaas: [row(2018, 32.4), row(2019, 44.5), row(2020, 64.3), row(2021, 90.9), row(2022, 120.3), row(2023, 140), row(2024, 171.8, "medium")],
  wider: [row(2021, 178), row(2023, 270), row(2024, 330)],
  claim: 1.5,
  record: { min: 1.3, max: 1.9, source: ["fixture-record"] },
};
const en = copyFile.en;
const zh = copyFile["zh-hans"];
const FRAME_IDS = ["wide", "narrow", "slide", "pocket"] as const;
const lay = (frame: FrameId, locale: "en" | "zh-hans" = "en") =>
  layoutCloudInvestment(input, { frame: FRAMES[frame], locale, publishers: () => "Fixture" }, locale === "en" ? en : zh);
const bar = (s: Scene, id: string) => mark(s, `bar-${id}`, "rect");
const times = (v: number, locale: "en" | "zh-hans" = "en") => formatFigure(v, "times", locale);
const forecast = input.forecast.value!;
const SECTION = { forecast: "spending", capex: "spending", apollo: "apollo", iaas: "renting" } as Record<string, string>;

describe("cloud-investment: bars on one dollar scale", () => {
  const scene = lay("wide");

  it("draws the forecast, the 2024 actual, six Apollo estimates and seven IaaS years, in that order", () => {
    expect(byPrefix(scene, "bar-").map((b) => b.attrs?.["data-group"])).toEqual(["forecast", "capex", ...Array(6).fill("apollo"), ...Array(7).fill("iaas")]);
  });

  it("starts every bar at its section's zero, on one dollar scale across the sections and panels, in every frame", () => {
    for (const frame of FRAME_IDS) {
      const s = lay(frame);
      for (const b of byPrefix(s, "bar-"))
        expect((b as { x: number }).x, `${frame} ${b.key}`).toBe(mark(s, `zero-${SECTION[b.attrs!["data-group"]!]}`, "line").x1);
      expect(bar(s, "iaas-2024").width / bar(s, "forecast").width, frame).toBeCloseTo(171.8 / 463.7, 5);
      expect(bar(s, "apollo-with-gemini-2025").width / bar(s, "forecast").width, frame).toBeCloseTo(363 / 463.7, 5);
    }
    // On a page column one zero serves every section.
    for (const frame of ["wide", "narrow"] as const) {
      const s = lay(frame);
      expect(mark(s, "zero-renting", "line").x1).toBe(mark(s, "zero-spending", "line").x1);
    }
  });

  it("draws the context rows in grey, and the low-confidence Apollo rows as low (hollow, dashed) with the reason in the tooltip", () => {
    expect(bar(scene, "forecast").className).toBe("chart-mark");
    expect(bar(scene, "capex").className).toBe("chart-mark-alt");
    const implied = bar(scene, "apollo-article-implied");
    expect(implied.tip!.confidence).toBe("low");
    expect(implied.tip!.note).toBe("Not a published estimate.");
    expect(mark(scene, "label-apollo-article-implied", "text").className).toContain("chart-muted");
  });

  it("divides the forecast by each Apollo estimate: the article's ratio only against the figure it implies", () => {
    const ratios = input.apollo.map((r) => times(forecastRatio(forecast, r.value!)));
    expect(byPrefix(scene, "ratio-").map((t) => (t as { lines: string[] }).lines[0])).toEqual(ratios);
    expect(mark(scene, "ratio-apollo-article-implied", "text").lines[0]).toBe(times(input.claim!));
    expect(forecastRatio(463.7, 264)).toBe(1.76);
    expect(bar(scene, "apollo-apollo-2019").tip!.value).toBe(`$264bn · The 2025 forecast is ${ratios[0]} this`);
    expect(mark(lay("wide", "zh-hans"), "ratio-apollo-apollo-2019", "text").lines[0]).toBe(times(forecastRatio(forecast, 264), "zh-hans"));
  });

  it("emphasises only the like-for-like ratios, to estimates in the forecast's own year's dollars", () => {
    for (const frame of FRAME_IDS) {
      const s = lay(frame);
      for (const r of input.apollo) {
        const t = mark(s, `ratio-apollo-${r.key}`, "text");
        expect(t.weight ?? 400, `${frame} ${r.key}`).toBe(r.year === 2025 ? 600 : 400);
      }
    }
    expect(input.apollo.filter((r) => likeForLike(input, r)).map((r) => r.key)).toEqual(["apollo-2025", "with-gemini-2025", "bgr-2025", "article-implied"]);
    // Low-confidence rows stay grey, bold or not.
    expect(mark(scene, "ratio-apollo-bgr-2025", "text").className).toContain("chart-muted");
  });

  it("puts Synergy's wider measure as dots on the IaaS rows of the same years, naming it once", () => {
    const dots = byPrefix(scene, "wider-").filter((m) => m.type === "circle");
    expect(dots.map((d) => d.tip!.year)).toEqual([2021, 2023, 2024]);
    for (const d of dots) {
      const b = bar(scene, `iaas-${d.tip!.year}`);
      expect((d as { cy: number }).cy).toBeCloseTo(b.y + b.height / 2, 5);
    }
    expect(mark(scene, "wider-2021-label", "text").lines[0]).toBe("$178bn · Synergy (wider measure)");
    expect(mark(scene, "wider-2023-label", "text").lines[0]).toBe("$270bn");
    expect(has(scene, "legend-text")).toBe(false);
  });

  it("formats values, tooltips and ticks for the locale", () => {
    expect(mark(scene, "value-forecast", "text").lines[0]).toBe("$463.7bn");
    expect(texts(scene).map((t) => t.lines[0])).toContain("$200bn");
    expect(bar(scene, "iaas-2021").tip!.title).toBe("Worldwide IaaS revenue (Gartner), 2021");
    expect(bar(scene, "iaas-2021").tip!.label).toMatch(/^2021: Worldwide IaaS revenue/);
    const z = lay("narrow", "zh-hans");
    expect(mark(z, "value-forecast", "text").lines[0]).toBe("4637亿美元");
    expect(bar(z, "apollo-with-gemini-2019").tip!.title).toBe("Apollo with Gemini and probes, 2019 dollars");
  });
});

describe("cloud-investment: laid out for each frame", () => {
  it("puts labels in a column on a desktop or a slide, and above the bars on a phone (the IaaS years beside them)", () => {
    for (const frame of ["wide", "slide"] as const) {
      const s = lay(frame);
      expect(mark(s, "label-forecast", "text").anchor).toBe("end");
    }
    const n = lay("narrow");
    const label = mark(n, "label-forecast", "text");
    expect(boxIn(n, label.key).y1).toBeLessThanOrEqual(bar(n, "forecast").y);
    // On a phone the value follows the label on its line.
    expect(mark(n, "value-forecast", "text").y).toBe(label.y);
    expect(mark(n, "label-iaas-2018", "text").anchor).toBe("end");
  });

  it("uses fewer ticks on a phone, and the frame's type sizes", () => {
    expect(byPrefix(lay("narrow"), "x-").length).toBeLessThan(byPrefix(lay("wide"), "x-").length);
    expect(mark(lay("slide"), "label-forecast", "text").size).toBe(FRAMES.slide.type.label);
    expect(lay("narrow").width).toBe(360);
    for (const locale of ["en", "zh-hans"] as const) expect(lay("slide", locale).height, locale).toBeLessThanOrEqual(FRAMES.slide.height);
  });

  it("sets spending and Apollo in one panel and the IaaS years in a second beside it on a slide, each with its dollar axis", () => {
    for (const locale of ["en", "zh-hans"] as const) {
      const s = lay("slide", locale);
      const apolloRight = Math.max(...byPrefix(s, "ratio-").map((t) => boxIn(s, t.key).x1), boxIn(s, "head-ratio").x1);
      for (const k of ["head-renting", "zero-renting", "label-iaas-2018", "legend-text"]) expect(boxIn(s, k).x0, `${locale} ${k}`).toBeGreaterThan(apolloRight);
      // The second panel starts at the top, level with the first.
      expect(mark(s, "head-renting", "text").y).toBe(mark(s, "head-spending", "text").y);
      const ticks = (prefix: string) => byPrefix(s, prefix).filter((t) => t.type === "text");
      expect(ticks("x-renting-").length).toBeGreaterThan(1);
      expect(ticks("x-").length).toBeGreaterThan(ticks("x-renting-").length);
    }
  });

  it("stops the gridlines at the section headings", () => {
    const s = lay("wide");
    const head = boxIn(s, "head-apollo");
    for (const g of byPrefix(s, "grid-")) expect(overlaps(boxIn(s, g.key), head), g.key).toBe(false);
  });

  it("names Synergy's measure on a legend line under the heading when the name will not fit beside its first dot", () => {
    const long = { ...en, headings: { ...en.headings, wider: "Synergy Research Group's wider measure of cloud infrastructure services" } };
    const s = layoutCloudInvestment(input, { frame: FRAMES.narrow, locale: "en", publishers: () => "Fixture" }, long);
    expect(mark(s, "wider-2021-label", "text").lines[0]).toBe("$178bn");
    const legend = boxIn(s, "legend-text");
    expect(legend.y0).toBeGreaterThan(boxIn(s, "head-renting").y1);
    expect(legend.y1).toBeLessThan(bar(s, "iaas-2018").y);
    expect(legend.x1).toBeLessThanOrEqual(360);
    expectContract(s, minText(FRAMES.narrow), "legend");
  });

  it("keeps a value clear of the Synergy dot on its row: inside the bar, or in the short form, when it must", () => {
    const z = lay("narrow", "zh-hans");
    const v = mark(z, "value-iaas-2021", "text");
    const dot = boxIn(z, "wider-2021");
    expect(overlaps(boxIn(z, v.key), dot)).toBe(false);
  });
});

describe("cloud-investment: legible and uncluttered in every frame and language", () => {
  const scenes = (["en", "zh-hans"] as const).flatMap((locale) => FRAME_IDS.map((frame) => ({ name: `${locale} ${frame}`, frame, s: lay(frame, locale) })));

  it("keeps the view contract, with no text under the frame's minimum size", () => {
    for (const { name, frame, s } of scenes) expectContract(s, minText(FRAMES[frame]), name);
  });

  it("keeps every label inside the SVG", () => {
    for (const { name, s } of scenes) expectInside(s, name);
  });

  it("never lets two labels overlap, nor a label cover a bar or a dot", () => {
    for (const { name, s } of scenes) {
      const labels = texts(s).map((t) => ({ key: t.key, box: boxIn(s, t.key), inside: t.className?.includes("inverse") }));
      expectApart(labels, name);
      const marks = shown(s).filter((m) => m.tip);
      for (const l of labels)
        for (const m of marks)
          if (!(l.inside && m.key === l.key.replace("value-", "bar-"))) expect(overlaps(l.box, boxIn(s, m.key)), `${name}: ${l.key} over ${m.key}`).toBe(false);
    }
  });
});

describe("cloud-investment: words and table", () => {
  it("computes the title from the data: roughly the article's claim, give or take the price index", () => {
    expect(investmentText(input, en, "en").title).toBe(`The 2025 cloud forecast is roughly ${times(input.claim!)} Apollo's cost, give or take the price index`);
    expect(investmentText(input, zh, "zh-hans").title).toBe(
      `2025年云计算投资预测约为阿波罗计划花费的${times(input.claim!, "zh-hans")}，具体倍数随价格指数而变`,
    );
    for (const [c, l] of [
      [en, "en"],
      [zh, "zh-hans"],
    ] as const) {
      const { title, desc, notes } = investmentText(input, c, l);
      for (const s of [title, desc, ...notes]) expect(s).not.toMatch(/\{\w+\}/);
      // Every figure the copy names has a value: the implied Apollo, the record's range…
      expectFilled([c.title, c.desc, ...c.notes, ...Object.values(c.rows)], copyVars(input, l), l);
    }
  });

  it("names the implied Apollo and the record's range in the words, from the data", () => {
    const implied = input.apollo.find((r) => r.key === "article-implied")!;
    const { desc, notes } = investmentText(input, en, "en");
    expect(desc).toContain(`with the $${implied.value}bn that the article's ${times(input.claim!)} implies`);
    expect(notes[1]).toContain(`a range, roughly ${formatFigure({ min: 1.3, max: 1.9 }, "times", "en")}, and the article's`);
    expect(investmentSources(input)).toContain("fixture-record");
    expect(investmentText(input, zh, "zh-hans").notes[1]).toContain(`约为${formatFigure({ min: 1.3, max: 1.9 }, "times", "zh-hans")}`);
  });

  it("tabulates exactly the marks drawn, with the ratio for Apollo rows", () => {
    const t = investmentTable(input, en, "en", () => "Fixture");
    expect(t.rows).toHaveLength(all(lay("wide")).filter((m) => m.tip).length);
    expect(t.rows[2]).toEqual({ item: "Apollo, 2019 dollars", value: "$264bn", ratio: times(forecastRatio(forecast, 264)), source: "Fixture" });
    expect(t.rows.filter((r) => r.ratio).map((r) => r.ratio)).toEqual(input.apollo.filter(hasValue).map((r) => times(forecastRatio(forecast, r.value))));
    expect(t.rows.at(-1)).toEqual({ item: "Cloud infrastructure services revenue (Synergy), 2024", value: "$330bn", ratio: "", source: "Fixture" });
  });

  it("is one state, the same with or without a step, from the registry's data in every language", () => {
    expect(cloudInvestment.steps).toBe(1);
    for (const locale of ["en", "zh-hans", "zh-hant"] as const) {
      for (const frame of FRAME_IDS) {
        const spec = cloudInvestment.spec(locale, {}, FRAMES[frame]);
        expectContract(spec.scene, minText(FRAMES[frame]), `${locale} ${frame}`);
        expect(toMarkup(sceneTree(cloudInvestment.spec(locale, { step: 0 }, FRAMES[frame]).scene, "u"))).toBe(toMarkup(sceneTree(spec.scene, "u")));
        expect(spec.table.rows.length).toBe(spec.scene.marks.filter((m) => m.tip).length);
        // The deck shows the slide frame: drawn taller than its frame, it would be scaled below its type sizes.
        if (frame === "slide") expect(spec.scene.height, `${locale} slide`).toBeLessThanOrEqual(FRAMES.slide.height);
      }
    }
  }, 60_000);
});

describe("cloud-investment snapshots", () => {
  const dir = path.join(import.meta.dirname, "__snapshots__");
  for (const frame of FRAME_IDS) {
    it(`draws the ${frame} frame deterministically`, () => {
      expectSvgSnapshot(toMarkup(sceneTree(lay(frame), "ci")), path.join(dir, `cloud-investment-${frame}.svg`));
    });
  }
  it("draws the narrow frame in Chinese deterministically", () => {
    expectSvgSnapshot(toMarkup(sceneTree(lay("narrow", "zh-hans"), "ci")), path.join(dir, "cloud-investment-narrow-zh.svg"));
  });
});
