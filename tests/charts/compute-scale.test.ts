import { describe, expect, it } from "vitest";
import path from "node:path";
import { createElement } from "react";
import copyFile from "@/content/charts/compute-scale.json";
import {
  GPUS_PER_SQUARE,
  computeRows,
  defaultView,
  layoutComputeScale,
  panelsForStep,
  textWidth,
  ticks125,
  toItems,
  unitSquares,
  wrapText,
  type ComputeScaleData,
  type ComputeScaleScene,
  type TextItem,
} from "@/components/charts/compute-scale/layout";
import { ComputeScaleView } from "@/components/charts/compute-scale/View";
import { SIZES } from "@/components/charts/compute-scale";
import type { SeriesRow } from "@/lib/data/schema";
import type { Locale } from "@/lib/i18n";
import { expectSvgSnapshot } from "./snapshot";

// Fixed fixture rows, so a snapshot changes only when the layout or the view does, not when the data is revised.
type R = Partial<SeriesRow> & { year: number; value: number | null };
const row = (r: R): SeriesRow => ({ source: ["fixture"], confidence: "high", ...r });

const clusterRows: SeriesRow[] = [
  row({ key: "msft-openai-2020", year: 2020, value: 10000, label_en: "Microsoft for OpenAI", label_zh: "微软为OpenAI所建" }),
  row({ key: "tesla-a100-2021", year: 2021, value: 5760, confidence: "medium", label_en: "Tesla A100 cluster", label_zh: "特斯拉A100集群" }),
  row({ key: "meta-rsc-2022", year: 2022, value: 16000, label_en: "Meta RSC", label_zh: "Meta RSC" }),
  row({ key: "tesla-h100-2023", year: 2023, value: 10000, label_en: "Tesla H100 cluster", label_zh: "特斯拉H100集群", note: "This is not Dojo.", note_zh: "它不是Dojo。" }),
  row({ key: "bytedance-megascale-2024", year: 2024, value: 12288, confidence: "medium", label_en: "ByteDance MegaScale", label_zh: "字节跳动MegaScale" }),
  row({ key: "meta-llama3-2024", year: 2024, value: 24576, label_en: "Meta Llama 3 cluster", label_zh: "Meta Llama 3集群" }),
  row({ key: "tesla-texas-2024", year: 2024, value: 50000, confidence: "low", label_en: "Tesla Texas", label_zh: "特斯拉得州集群", note: "A target." }),
  row({ key: "xai-colossus-2024", year: 2024, value: 100000, label_en: "xAI Colossus", label_zh: "xAI Colossus" }),
  row({ key: "xai-colossus-2025", year: 2025, value: 200000, confidence: "medium", label_en: "xAI Colossus, expanded", label_zh: "xAI Colossus(扩建后)" }),
  row({ key: "undisclosed-2025", year: 2025, value: null, label_en: "Not disclosed" }),
];
const computeRowsFixture: SeriesRow[] = [
  row({ key: "tesla-2021", year: 2021, value: 1.8, label_en: "Tesla A100 cluster (FP16)", label_zh: "特斯拉A100集群(FP16)" }),
  row({ key: "fuyao-2022", year: 2022, value: 0.6, label_en: "Fuyao, Ulanqab (precision not stated)", label_zh: "扶摇,乌兰察布(精度未注明)" }),
  row({ key: "zhangbei-2022", year: 2022, value: 12, label_en: "Zhangbei (precision not stated)", label_zh: "张北(精度未注明)" }),
  row({ key: "ulanqab-2022", year: 2022, value: 3, label_en: "Ulanqab (precision not stated)", label_zh: "乌兰察布(精度未注明)" }),
  row({ key: "lingjun-2022", year: 2022, value: 15, confidence: "medium", label_en: "Lingjun, both centres (precision not stated)", label_zh: "灵骏两地合计(精度未注明)" }),
  row({ key: "google-2022", year: 2022, value: 9, confidence: "medium", label_en: "Google (comparison; precision not stated)", label_zh: "谷歌(对比值,精度未注明)" }),
  row({ key: "tesla-h100-2023", year: 2023, value: 39.6, label_en: "Tesla H100 cluster (INT8)", label_zh: "特斯拉H100集群(INT8)" }),
];
const top500Rows: SeriesRow[] = [
  [2009, 1.759, "Jaguar (US)"],
  [2011, 10.51, "K computer (Japan)"],
  [2013, 33.86, "Tianhe-2 (China)"],
  [2016, 93.015, "Sunway TaihuLight (China)"],
  [2018, 143.5, "Summit (US)"],
  [2020, 442, "Fugaku (Japan)"],
  [2022, 1102, "Frontier (US)"],
  [2023, 1194, "Frontier (US)"],
  [2024, 1742, "El Capitan (US)"],
  [2025, 1742, "El Capitan (US)"],
].map(([year, value, label]) => row({ year: year as number, value: value as number, label_en: label as string, label_zh: label as string, confidence: "medium" }));

const data = (locale: Locale = "en"): ComputeScaleData => ({
  clusters: toItems(clusterRows, locale),
  compute: toItems(computeRowsFixture, locale),
  top500: toItems(top500Rows, locale),
});
const labelsFor = (locale: Locale) => (locale === "en" ? copyFile.en.labels : copyFile["zh-hans"].labels);
const layout = (variant: "wide" | "narrow", step?: number, view?: "log" | "units", locale: Locale = "en") =>
  layoutComputeScale(data(locale), { ...SIZES[variant], locale, step, view }, labelsFor(locale));

const marksOf = (scene: ComputeScaleScene, panel: string) => scene.panels.find((p) => p.kind === panel)?.marks ?? [];
const textsOf = (scene: ComputeScaleScene) => scene.panels.flatMap((p) => p.texts);

/** The box a label occupies, from its anchor and an estimate of its width. */
function box(t: TextItem) {
  const w = textWidth(t.text, t.size, t.weight);
  const x0 = t.anchor === "end" ? t.x - w : t.anchor === "middle" ? t.x - w / 2 : t.x;
  return { x0, x1: x0 + w, y0: t.y - t.size * 0.8, y1: t.y + t.size * 0.2 };
}

describe("compute-scale steps", () => {
  it("shows cluster sizes at steps 0 and 3, compute at 1, the TOP500 reference over compute at 2, and everything without a step", () => {
    expect(panelsForStep(0)).toEqual(["gpus"]);
    expect(panelsForStep(1)).toEqual(["compute"]);
    expect(panelsForStep(2)).toEqual(["top500", "compute"]);
    expect(panelsForStep(3)).toEqual(["gpus"]);
    expect(panelsForStep(undefined)).toEqual(["gpus", "compute", "top500"]);
  });

  it("makes the unit view the default at step 3 only", () => {
    expect([0, 1, 2, 3, undefined].map(defaultView)).toEqual(["log", "log", "log", "units", "log"]);
    expect(layout("wide", 3).view).toBe("units");
  });

  it("lists one caption per step in both languages", () => {
    expect(copyFile.en.steps).toHaveLength(4);
    expect(copyFile["zh-hans"].steps).toHaveLength(4);
    for (const lang of [copyFile.en, copyFile["zh-hans"]]) {
      expect(lang.titles).toHaveLength(4);
      expect(lang.subtitles).toHaveLength(4);
      expect(lang.descs).toHaveLength(4);
    }
  });
});

describe("toItems", () => {
  it("drops undisclosed rows and keeps the owner's label in the reader's language", () => {
    expect(data().clusters.map((c) => c.key)).not.toContain("undisclosed-2025");
    expect(data("zh-hans").clusters.at(-1)!.label).toBe("xAI Colossus(扩建后)");
  });

  it("reads the precision from the English label and strips it from the short name", () => {
    const items = data().compute;
    const by = (k: string) => items.find((i) => i.key === k)!;
    expect(by("tesla-2021")).toMatchObject({ name: "Tesla A100 cluster", precision: "FP16" });
    expect(by("tesla-h100-2023").precision).toBe("INT8");
    expect(by("zhangbei-2022")).toMatchObject({ name: "Zhangbei", precision: null });
    expect(toItems(computeRowsFixture, "zh-hans").find((i) => i.key === "fuyao-2022")!.name).toBe("扶摇,乌兰察布");
  });

  it("converts Chinese labels with the converter it is given (Traditional)", () => {
    const items = toItems(clusterRows, "zh-hant", (s) => s.replace("微软", "微軟"));
    expect(items[0]!.label).toBe("微軟为OpenAI所建");
  });
});

describe("cluster panel, log view", () => {
  const scene = layout("wide", 0);
  const dots = marksOf(scene, "gpus");

  it("draws one dot per cluster, further right for more GPUs", () => {
    expect(dots).toHaveLength(9);
    const sorted = [...dots].sort((a, b) => a.value - b.value);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.cx!).toBeGreaterThanOrEqual(sorted[i - 1]!.cx!);
  });

  it("places a log scale: equal ratios take equal distances", () => {
    const by = (k: string) => dots.find((d) => d.key === k)!.cx!;
    // 50,000 → 100,000 and 100,000 → 200,000 are both doublings.
    expect(by("xai-colossus-2024") - by("tesla-texas-2024")).toBeCloseTo(by("xai-colossus-2025") - by("xai-colossus-2024"), 5);
  });

  it("gives every cluster of the same year its own row, so the four 2024 clusters never overlap", () => {
    const y2024 = dots.filter((d) => d.year === 2024).map((d) => d.cy!);
    expect(new Set(y2024).size).toBe(4);
    const sorted = [...y2024].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(2 * dots[0]!.r! + 10);
  });

  it("writes the year once per group and labels every dot with its owner", () => {
    const texts = textsOf(scene).map((t) => t.text);
    expect(texts.filter((t) => t === "2024")).toHaveLength(1);
    for (const owner of ["Microsoft for OpenAI", "ByteDance MegaScale", "xAI Colossus, expanded"]) expect(texts).toContain(owner);
  });

  it("says 'log scale' on the axis and labels 1-2-5 ticks", () => {
    const texts = textsOf(scene).map((t) => t.text);
    expect(texts.some((t) => /log scale/.test(t))).toBe(true);
    expect(texts).toEqual(expect.arrayContaining(["10k", "20k", "50k", "100k", "200k"]));
    expect(ticks125(4000, 250000)).toEqual([5000, 10000, 20000, 50000, 100000, 200000]);
  });

  it("flags the Tesla H100 cluster as not Dojo, on the label and in the tooltip", () => {
    expect(textsOf(scene).some((t) => t.text.includes("not Dojo"))).toBe(true);
    expect(dots.find((d) => d.key === "tesla-h100-2023")!.tipNote).toMatch(/Dojo/);
  });

  it("writes the growth from the first cluster to the largest beside the largest dot", () => {
    const growth = textsOf(scene).find((t) => t.text.startsWith("20×"));
    expect(growth?.text).toBe("20× the 2020 cluster");
  });

  it("keeps low-confidence rows marked for hollow drawing", () => {
    expect(dots.find((d) => d.key === "tesla-texas-2024")!.confidence).toBe("low");
  });
});

describe("cluster panel, unit view", () => {
  const scene = layout("wide", 3);
  const blocks = marksOf(scene, "gpus");

  it("draws one square per thousand GPUs: 10 for 10,000 and 200 for 200,000", () => {
    expect(blocks.find((b) => b.key === "msft-openai-2020")!.squares).toHaveLength(10);
    expect(blocks.find((b) => b.key === "xai-colossus-2025")!.squares).toHaveLength(200);
  });

  it("draws a remainder as a narrower last square, so the area matches the count", () => {
    const sq = unitSquares(5760, 0, 0, { perRow: 50, pitch: 9, size: 7, groupGap: 3 });
    expect(sq).toHaveLength(6);
    expect(sq.at(-1)!.w).toBeCloseTo(7 * 0.76, 1);
    const area = sq.reduce((s, b) => s + b.w * b.h, 0);
    expect(area / 49).toBeCloseTo(5760 / GPUS_PER_SQUARE, 1);
  });

  it("wraps a block into rows and leaves a gap after every ten squares", () => {
    const sq = blocks.find((b) => b.key === "xai-colossus-2025")!.squares!;
    const perRow = sq.filter((s) => s.y === sq[0]!.y).length;
    expect(perRow % 10).toBe(0);
    expect(new Set(sq.map((s) => s.y)).size).toBe(Math.ceil(200 / perRow));
    expect(sq[10]!.x - sq[9]!.x).toBeGreaterThan(sq[9]!.x - sq[8]!.x);
    const narrow = marksOf(layout("narrow", 3), "gpus").find((b) => b.key === "xai-colossus-2025")!.squares!;
    expect(Math.max(...narrow.map((s) => s.x + s.w))).toBeLessThanOrEqual(SIZES.narrow.width);
  });

  it("keeps every square inside the frame, wide and narrow", () => {
    for (const variant of ["wide", "narrow"] as const)
      for (const locale of ["en", "zh-hans"] as const) {
        const scene = layout(variant, 3, "units", locale);
        const right = Math.max(...marksOf(scene, "gpus").flatMap((b) => b.squares!.map((s) => s.x + s.w)));
        expect(right).toBeLessThanOrEqual(scene.width);
      }
  });

  it("keeps blocks from overlapping each other", () => {
    const boxes = blocks.map((b) => b.box!).sort((a, b) => a.y - b.y);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).toBeGreaterThanOrEqual(boxes[i - 1]!.y + boxes[i - 1]!.h);
  });

  it("shows a key for the squares and, at step 3, emphasises the smallest and the largest cluster", () => {
    expect(textsOf(scene).some((t) => t.text === "= 1,000 GPUs")).toBe(true);
    expect(blocks.filter((b) => b.focus).map((b) => b.key).sort()).toEqual(["tesla-a100-2021", "xai-colossus-2025"]);
  });
});

describe("compute panel", () => {
  const scene = layout("wide", 1);
  const bars = marksOf(scene, "compute");
  const by = (k: string) => bars.find((b) => b.key === k)!.box!;

  it("draws Lingjun as Zhangbei and Ulanqab stacked, and the stack ends where their sum does", () => {
    const rows = computeRows(data().compute);
    expect(rows[0]).toMatchObject({ kind: "stack" });
    const z = by("zhangbei-2022");
    const u = by("ulanqab-2022");
    expect(u.x).toBeCloseTo(z.x + z.w, 5);
    expect(u.y).toBe(z.y);
    const google = by("google-2022");
    expect((z.w + u.w) / google.w).toBeCloseTo(15 / 9, 5);
    expect(bars.map((b) => b.key)).not.toContain("lingjun-2022");
    expect(textsOf(scene).some((t) => t.text === "(sum, derived)")).toBe(true);
  });

  it("starts every bar at zero", () => {
    const zero = by("zhangbei-2022").x;
    for (const b of bars.filter((m) => m.key !== "ulanqab-2022")) expect(b.box!.x).toBeCloseTo(zero, 5);
  });

  it("states each bar's precision and sets the INT8 figure apart, last", () => {
    const texts = textsOf(scene).map((t) => t.text);
    expect(texts).toContain("2021 · FP16");
    expect(texts).toContain("2022 · precision not stated");
    expect(texts).toContain("2023 · INT8 · not Dojo");
    expect(bars.at(-1)!.key).toBe("tesla-h100-2023");
    expect(texts.some((t) => /INT8\), not comparable/.test(t))).toBe(true);
    expect(bars.find((b) => b.key === "tesla-2021")!.tipNote).toMatch(/Precision: FP16/);
  });

  it("draws Alibaba's own figures in the accent colour and the comparisons in grey", () => {
    expect(bars.filter((b) => b.cls === "chart-mark").map((b) => b.key).sort()).toEqual(["fuyao-2022", "ulanqab-2022", "zhangbei-2022"]);
  });
});

describe("TOP500 reference panel", () => {
  const scene = layout("wide", 2);

  it("sits in its own panel, apart from the AI figures, with its own FP64 log axis", () => {
    const [top, compute] = scene.panels;
    expect(top!.kind).toBe("top500");
    expect(compute!.kind).toBe("compute");
    expect(compute!.top).toBeGreaterThan(top!.bottom);
    expect(compute!.lines[0]).toMatchObject({ cls: "chart-axis", x1: 0 });
    expect(top!.texts.some((t) => /FP64.*log scale/.test(t.text))).toBe(true);
  });

  it("points at the machine of the year Lingjun was announced", () => {
    const focus = marksOf(scene, "top500").filter((m) => m.focus);
    expect(focus.map((m) => m.year)).toEqual([2022]);
    expect(textsOf(scene).some((t) => t.text === "Frontier, 2022: 1,102 PFLOPS")).toBe(true);
  });

  it("keeps recalled values' notes in the tooltip", () => {
    expect(marksOf(scene, "top500")[0]!.tipNote).toMatch(/FP64/);
  });
});

describe("labels", () => {
  it("wraps Latin text at spaces and Chinese text anywhere", () => {
    expect(wrapText("one two three four", 10, 60).length).toBeGreaterThan(1);
    expect(wrapText("更低的精度不能与上面几条相比", 10, 50).every((l) => textWidth(l, 10) <= 60)).toBe(true);
  });

  for (const locale of ["en", "zh-hans"] as const)
    for (const variant of ["wide", "narrow"] as const)
      for (const step of [0, 1, 2, 3, undefined])
        for (const view of ["log", "units"] as const)
          it(`never overlap or leave the frame (${locale}, ${variant}, step ${step ?? "none"}, ${view})`, () => {
            const scene = layout(variant, step, view, locale);
            for (const panel of scene.panels) {
              const boxes = panel.texts.map((t) => ({ t, b: box(t) }));
              for (const { t, b } of boxes) {
                expect(b.x0, t.text).toBeGreaterThanOrEqual(-0.5);
                expect(b.x1, t.text).toBeLessThanOrEqual(scene.width + 0.5);
              }
              for (let i = 0; i < boxes.length; i++)
                for (let j = i + 1; j < boxes.length; j++) {
                  const a = boxes[i]!.b;
                  const c = boxes[j]!.b;
                  const overlap = a.x0 < c.x1 - 1 && c.x0 < a.x1 - 1 && a.y0 < c.y1 - 1 && c.y0 < a.y1 - 1;
                  expect(overlap, `"${boxes[i]!.t.text}" and "${boxes[j]!.t.text}"`).toBe(false);
                }
            }
          });
});

describe("ComputeScaleView snapshots", () => {
  const dir = path.join(import.meta.dirname, "__snapshots__");
  const text = { title: "T", desc: "D", source: () => "S" };
  const cases: { name: string; step?: number; view?: "log" | "units" }[] = [
    { name: "step0", step: 0 },
    { name: "step0-units", step: 0, view: "units" },
    { name: "step1", step: 1 },
    { name: "step2", step: 2 },
    { name: "step3", step: 3 },
    { name: "all", step: undefined },
  ];
  for (const c of cases)
    for (const variant of ["wide", "narrow"] as const) {
      it(`renders ${c.name} (${variant}) deterministically`, () => {
        const scene = layout(variant, c.step, c.view);
        expectSvgSnapshot(createElement(ComputeScaleView, { scene, text, variant }), path.join(dir, `compute-scale-${c.name}-${variant}.svg`));
      });
    }
  it("renders the Chinese narrow step 1 deterministically", () => {
    const scene = layout("narrow", 1, undefined, "zh-hans");
    expectSvgSnapshot(createElement(ComputeScaleView, { scene, text, variant: "narrow" }), path.join(dir, "compute-scale-step1-narrow-zh.svg"));
  });
});
