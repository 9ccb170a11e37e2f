import { describe, expect, it } from "vitest";
import path from "node:path";
import copyFile from "@/content/charts/compute-scale.json";
import { FRAMES, minText, type FrameId } from "@/lib/charts/frames";
import { markBox, overlaps, textBox } from "@/lib/charts/labels";
import { sceneTree, toMarkup } from "@/lib/charts/tree";
import { mergeStates } from "@/lib/charts/states";
import type { Scene } from "@/lib/charts/scene";
import type { SeriesRow } from "@/lib/data/schema";
import type { Locale } from "@/lib/i18n";
import { GPUS_PER_SQUARE, computeRows, fullWidth, sharedMachines, toItems, type ComputeInput } from "@/components/charts/compute-scale/items";
import { unitSquares } from "@/components/charts/compute-scale/gpus";
import { layoutComputeScale } from "@/components/charts/compute-scale/layout";
import { STEP_COUNT, STEPS } from "@/components/charts/compute-scale/steps";
import { computeTable, computeText, type ComputeCopy } from "@/components/charts/compute-scale/text";
import { expectSvgSnapshot } from "./snapshot";
import { all, boxIn, byPrefix, expectContract, has, mark, shown, texts, expectApart, expectInside } from "./scene-helpers";

// Fixed fixture rows, so the snapshots change only when the layout does, not when the data is revised.
type R = Partial<SeriesRow> & { year: number; value: number | null };
const row = (r: R): SeriesRow => ({ source: ["fixture"], confidence: "high", ...r });

const clusterRows: SeriesRow[] = [
  row({ key: "msft-openai-2020", year: 2020, value: 10000, label_en: "Microsoft for OpenAI", label_zh: "微软为OpenAI所建" }),
  row({ key: "tesla-a100-2021", year: 2021, value: 5760, confidence: "medium", label_en: "Tesla A100 cluster", label_zh: "特斯拉A100集群" }),
  row({ key: "meta-rsc-2022", year: 2022, value: 16000, label_en: "Meta RSC", label_zh: "Meta RSC" }),
  row({
    key: "tesla-h100-2023",
    year: 2023,
    value: 10000,
    label_en: "Tesla H100 cluster",
    label_zh: "特斯拉H100集群",
    note: "This is not Dojo.",
    note_zh: "它不是Dojo。",
  }),
  row({ key: "bytedance-megascale-2024", year: 2024, value: 12288, confidence: "medium", label_en: "ByteDance MegaScale", label_zh: "字节跳动MegaScale" }),
  row({ key: "meta-llama3-2024", year: 2024, value: 24576, label_en: "Meta Llama 3 cluster", label_zh: "Meta Llama 3集群" }),
  row({ key: "tesla-texas-2024", year: 2024, value: 50000, confidence: "low", label_en: "Tesla Texas", label_zh: "特斯拉得州集群", note: "A target." }),
  row({ key: "xai-colossus-2024", year: 2024, value: 100000, label_en: "xAI Colossus", label_zh: "xAI Colossus" }),
  row({ key: "xai-colossus-2025", year: 2025, value: 200000, confidence: "medium", label_en: "xAI Colossus, expanded", label_zh: "xAI Colossus(扩建后)" }),
  row({ key: "undisclosed-2025", year: 2025, value: null, label_en: "Not disclosed" }),
];
const computeRowsFixture: SeriesRow[] = [
  row({
    key: "tesla-2021",
    year: 2021,
    value: 1.8,
    label_en: "Tesla A100 cluster (FP16)",
    label_zh: "特斯拉A100集群(FP16)",
    note: "FP16 peak of 5,760 A100s.",
  }),
  row({ key: "fuyao-2022", year: 2022, value: 0.6, label_en: "Fuyao, Ulanqab (precision not stated)", label_zh: "扶摇,乌兰察布(精度未注明)" }),
  row({ key: "zhangbei-2022", year: 2022, value: 12, label_en: "Zhangbei (precision not stated)", label_zh: "张北(精度未注明)" }),
  row({ key: "ulanqab-2022", year: 2022, value: 3, label_en: "Ulanqab (precision not stated)", label_zh: "乌兰察布(精度未注明)" }),
  row({
    key: "lingjun-2022",
    year: 2022,
    value: 15,
    confidence: "medium",
    label_en: "Lingjun, both centres (precision not stated)",
    label_zh: "灵骏两地合计(精度未注明)",
  }),
  row({
    key: "google-2022",
    year: 2022,
    value: 9,
    confidence: "medium",
    label_en: "Google (comparison; precision not stated)",
    label_zh: "谷歌(对比值,精度未注明)",
  }),
  row({
    key: "tesla-h100-2023",
    year: 2023,
    value: 39.6,
    unit: "eops",
    label_en: "Tesla H100 cluster (INT8)",
    label_zh: "特斯拉H100集群(INT8)",
    note: "INT8 peak. Not Dojo.",
  }),
];
const top500Rows: SeriesRow[] = (
  [
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
  ] as const
).map(([year, value, label]) => row({ year, value, label_en: label, label_zh: label, confidence: "medium", note: "Recalled." }));

const inputFor = (locale: Locale, convert?: (s: string) => string): ComputeInput => ({
  clusters: toItems(clusterRows, locale, convert),
  compute: toItems(computeRowsFixture, locale, convert),
  top500: toItems(top500Rows, locale, convert),
});
const copyFor = (locale: Locale) => (locale === "en" ? copyFile.en : copyFile["zh-hans"]) as ComputeCopy;
const lay = (frame: FrameId, step?: number, locale: Locale = "en") =>
  layoutComputeScale(inputFor(locale), { frame: FRAMES[frame], locale, step, publishers: () => "Fixture" }, copyFor(locale));
const on = (s: Scene, key: string) => shown(s).some((m) => m.key === key);
const isOff = (s: Scene, key: string) => has(s, key) && !on(s, key);
const STEP_LIST = [0, 1, 2, 3] as const;

describe("compute-scale: the rows", () => {
  it("drops undisclosed rows and keeps the owner's label in the reader's language", () => {
    expect(inputFor("en").clusters.map((c) => c.key)).not.toContain("undisclosed-2025");
    expect(inputFor("zh-hans").clusters.at(-1)!.label).toBe("xAI Colossus（扩建后）");
    expect(inputFor("zh-hant", (s) => s.replace("微软", "微軟")).clusters[0]!.label).toBe("微軟为OpenAI所建");
  });

  it("reads the precision from the English label and strips it from the short name", () => {
    const by = (k: string) => inputFor("en").compute.find((i) => i.key === k)!;
    expect(by("tesla-2021")).toMatchObject({ name: "Tesla A100 cluster", precision: "FP16" });
    expect(by("tesla-h100-2023").precision).toBe("INT8");
    expect(by("zhangbei-2022")).toMatchObject({ name: "Zhangbei", precision: null });
    expect(inputFor("zh-hans").compute.find((i) => i.key === "fuyao-2022")!.name).toBe("扶摇，乌兰察布");
  });

  it("writes a row in its own unit where it has one: an INT8 peak counts operations (EOPS), not FLOPs", () => {
    const s = lay("wide");
    expect(mark(s, "cmp-value-tesla-h100-2023", "text").lines[0]).toBe("39.6 EOPS");
    expect(mark(s, "cmp-value-tesla-2021", "text").lines[0]).toMatch(/ EFLOPS$/);
    const table = computeTable(inputFor("en"), copyFor("en"), "en", (ids) => ids.join(", "));
    const h100 = table.rows.find((r) => r.item?.startsWith("Tesla H100") && /INT8/.test(r.measure ?? ""));
    expect(h100?.value).toMatch(/^39\.6 EOPS$/);
    expect(table.rows.filter((r) => /EFLOPS/.test(r.value ?? "")).length).toBeGreaterThan(2);
  });

  it("sets the datasets' ASCII punctuation full-width in Chinese, except inside numbers", () => {
    expect(fullWidth("扶摇,乌兰察布(精度未注明)")).toBe("扶摇，乌兰察布（精度未注明）");
    expect(fullWidth("720个节点,每个8块A100;FP16约1.8 EFLOPS。")).toBe("720个节点，每个8块A100；FP16约1.8 EFLOPS。");
    expect(fullWidth("合计49,152块,即12:00")).toBe("合计49,152块，即12:00");
    expect(fullWidth("Meta Llama 3集群")).toBe("Meta Llama 3集群");
  });

  it("orders the computing power: Lingjun as its two centres, then large to small, then the INT8 figure apart", () => {
    const rows = computeRows(inputFor("en").compute);
    expect(rows[0]).toMatchObject({ kind: "stack", total: { key: "lingjun-2022" } });
    expect(rows[0]!.kind === "stack" && rows[0]!.parts.map((p) => p.key)).toEqual(["zhangbei-2022", "ulanqab-2022"]);
    expect(rows.slice(1).map((r) => (r.kind === "bar" ? [r.item.key, r.separate] : null))).toEqual([
      ["google-2022", false],
      ["tesla-2021", false],
      ["fuyao-2022", false],
      ["tesla-h100-2023", true],
    ]);
  });

  it("knows which machines both datasets describe: Tesla's A100 and H100 clusters", () => {
    expect([...sharedMachines(inputFor("en"))].sort()).toEqual(["tesla-a100-2021", "tesla-h100-2023"]);
  });

  it("draws a remainder as a narrower last square, so the area matches the count", () => {
    const sq = unitSquares(5760, 0, 0, { perRow: 30, pitch: 9, size: 7, groupGap: 3 });
    expect(sq).toHaveLength(6);
    expect(sq.at(-1)!.w).toBeCloseTo(7 * 0.76, 1);
    expect(sq.reduce((s, b) => s + b.w * b.h, 0) / 49).toBeCloseTo(5760 / GPUS_PER_SQUARE, 1);
  });
});

describe("compute-scale step 0: GPUs per cluster on a log axis", () => {
  const s = lay("wide", 0);
  const dot = (k: string) => mark(s, `m-${k}`, "rect");
  const cx = (k: string) => dot(k).x + dot(k).width / 2;

  it("draws one round dot per cluster, further right for more GPUs, equal ratios at equal distances", () => {
    const dots = shown(s).filter((m) => m.key.startsWith("m-"));
    expect(dots).toHaveLength(9);
    for (const d of dots) expect(d.type === "rect" && d.rx).toBeCloseTo(d.type === "rect" ? d.width / 2 : 0, 5);
    expect(cx("xai-colossus-2024") - cx("tesla-texas-2024")).toBeCloseTo(cx("xai-colossus-2025") - cx("xai-colossus-2024"), 5);
    expect(cx("tesla-a100-2021")).toBeLessThan(cx("msft-openai-2020"));
  });

  it("gives each cluster its own row and writes each year once", () => {
    const ys = byPrefix(s, "m-")
      .filter((m) => on(s, m.key))
      .map((m) => (m.type === "rect" ? m.y : 0));
    expect(new Set(ys).size).toBe(9);
    expect(byPrefix(s, "gpu-year-").map((t) => (t.type === "text" ? t.lines[0] : ""))).toEqual(["2020", "2021", "2022", "2023", "2024", "2025"]);
  });

  it("labels 1-2-5 ticks, says 'log scale', and writes the growth beside the largest dot", () => {
    expect(byPrefix(s, "gpu-tick-").map((t) => (t.type === "text" ? t.lines[0] : ""))).toEqual(["5k", "10k", "20k", "50k", "100k", "200k"]);
    expect(mark(s, "gpu-axis", "text").lines[0]).toMatch(/log scale/);
    const growth = mark(s, "gpu-growth", "text");
    expect(growth.lines.join(" ")).toBe("20× the 2020 cluster");
    expect(textBox(growth).x1).toBeLessThan(dot("xai-colossus-2025").x);
  });

  it("flags the Tesla H100 cluster as not Dojo, in its row and its tooltip; keeps unsure rows marked hollow", () => {
    expect(mark(s, "gpu-value-tesla-h100-2023", "text").lines[0]).toBe("10,000 · not Dojo");
    expect(dot("tesla-h100-2023").tip!.note).toMatch(/Dojo/);
    expect(dot("tesla-texas-2024").tip!.confidence).toBe("low");
    expect(dot("msft-openai-2020").tip).toMatchObject({
      label: "2020, Microsoft for OpenAI: 10,000 GPUs",
      value: "10,000 GPUs",
      source: "Fixture",
      year: 2020,
    });
  });

  it("keeps the other panels folded: bars at zero width, the reference flat on its baseline", () => {
    expect(isOff(s, "m-zhangbei-2022")).toBe(true);
    expect(mark(s, "m-zhangbei-2022", "rect").width).toBe(0);
    expect(isOff(s, "top-dot-2022")).toBe(true);
    expect(new Set(byPrefix(s, "top-dot-").map((d) => (d.type === "circle" ? d.cy : 0))).size).toBe(1);
    expect(has(s, "units-xai-colossus-2025")).toBe(false);
  });
});

describe("compute-scale step 1: announced computing power", () => {
  const s = lay("wide", 1);
  const bar = (k: string) => mark(s, `m-${k}`, "rect");

  it("draws Lingjun as Zhangbei and Ulanqab side by side, ending where their sum does", () => {
    const z = bar("zhangbei-2022");
    const u = bar("ulanqab-2022");
    expect(u.x).toBeCloseTo(z.x + z.width, 5);
    expect(u.y).toBe(z.y);
    expect((z.width + u.width) / bar("google-2022").width).toBeCloseTo(15 / 9, 5);
    expect(has(s, "m-lingjun-2022")).toBe(false);
    expect(mark(s, "cmp-value-lingjun-2022", "text").lines[0]).toBe("15 EFLOPS");
    expect(mark(s, "cmp-part-zhangbei-2022", "text").lines[0]).toBe("Zhangbei 12");
    expect(mark(s, "cmp-part-ulanqab-2022", "text").lines[0]).toBe("+ Ulanqab 3 (sum, derived)");
    expect(bar("ulanqab-2022").tip!.note).toBe("One of the two centres that add up to Lingjun's 15 EFLOPS. Precision: precision not stated.");
  });

  it("starts every bar at zero and marks its precision; the INT8 figure sits apart, last, not Dojo", () => {
    const zero = bar("zhangbei-2022").x;
    for (const k of ["google-2022", "tesla-a100-2021", "fuyao-2022", "tesla-h100-2023"]) expect(bar(k).x).toBeCloseTo(zero, 5);
    expect(mark(s, "cmp-tag-tesla-2021", "text").lines[0]).toBe("2021 · FP16");
    expect(mark(s, "cmp-tag-google-2022", "text").lines[0]).toBe("2022 · precision not stated");
    expect(mark(s, "cmp-tag-tesla-h100-2023", "text").lines[0]).toBe("2023 · INT8 · not Dojo");
    expect(bar("tesla-h100-2023").y).toBeGreaterThan(mark(s, "cmp-sep", "line").y1);
    expect(bar("tesla-a100-2021").tip!.label).toBe("2021, Tesla A100 cluster: 1.8 EFLOPS (FP16)");
  });

  it("draws Alibaba's figures in the accent colour and the comparisons in grey", () => {
    const accent = byPrefix(s, "m-").filter((m) => on(s, m.key) && !m.className!.includes("chart-cs-alt"));
    expect(accent.map((m) => m.key).sort()).toEqual(["m-fuyao-2022", "m-ulanqab-2022", "m-zhangbei-2022"]);
  });

  it("turns Tesla's two cluster dots into their bars (one mark per machine), and folds the other clusters", () => {
    const dots = lay("wide", 0);
    expect(mark(dots, "m-tesla-a100-2021", "rect").rx).toBeGreaterThan(0);
    expect(bar("tesla-a100-2021").rx).toBe(0);
    expect(on(s, "name-tesla-a100-2021") && on(s, "m-tesla-a100-2021")).toBe(true);
    expect(mark(s, "name-tesla-a100-2021", "text").y).not.toBeCloseTo(mark(dots, "name-tesla-a100-2021", "text").y, 0);
    expect(isOff(s, "m-msft-openai-2020") && isOff(s, "gpu-head")).toBe(true);
    expect(has(s, "cmp-m-tesla-2021")).toBe(false);
  });
});

describe("compute-scale step 2: the TOP500 leader as a separate reference", () => {
  const s = lay("wide", 2);

  it("opens its own panel under the AI peaks, behind a rule, on its own FP64 log axis", () => {
    const ruleY = mark(s, "rule-top500", "line").y1;
    expect(on(s, "rule-top500")).toBe(true);
    expect(Math.max(...byPrefix(s, "cmp-tick-").map((t) => boxIn(s, t.key).y1))).toBeLessThan(ruleY);
    expect(mark(s, "top-head", "text").y).toBeGreaterThan(ruleY);
    expect(mark(s, "top-axis", "text").lines[0]).toMatch(/FP64.*log scale/);
    expect(byPrefix(s, "top-y-label-").map((t) => (t.type === "text" ? t.lines[0] : ""))).toEqual(["1", "10", "100", "1,000"]);
  });

  it("marks the machine of the year Lingjun was announced, and the exascale line", () => {
    expect(mark(s, "top-focus", "text").lines[0]).toBe("Frontier, 2022: 1,102 PFLOPS");
    expect(mark(s, "top-dot-2022", "circle").className).toContain("chart-cs-ref-focus");
    expect(mark(s, "top-exa-label", "text").lines[0]).toBe("1 EFLOPS: exascale");
    expect(mark(s, "top-dot-2016", "circle").tip!.note).toMatch(/^Measured at FP64/);
    expect(mark(s, "top-dot-2016", "circle").tip!.label).toBe("2016, Sunway TaihuLight (China): 93.015 PFLOPS (FP64)");
  });

  it("packs the bars tighter and quiets them, keeping their order and their zero", () => {
    const loose = lay("wide", 1);
    const b = (sc: Scene, k: string) => mark(sc, `m-${k}`, "rect");
    expect(b(s, "google-2022").height).toBeLessThan(b(loose, "google-2022").height);
    expect(b(s, "google-2022").className).toContain("chart-cs-quiet");
    expect(b(s, "google-2022").width).toBeCloseTo(b(loose, "google-2022").width, 5);
  });
});

describe("compute-scale step 3: unit squares", () => {
  const s = lay("wide", 3);
  /** The squares of a block, read back from its paths of ten ("Mx yhWvHh-WZ" each). */
  const squaresIn = (sc: Scene, k: string) =>
    mark(sc, `units-${k}`, "group").children.flatMap((m) =>
      m.type === "path"
        ? [...m.d.matchAll(/M([\d.-]+) ([\d.-]+)h([\d.-]+)v([\d.-]+)/g)].map((x) => ({
            x0: +x[1]!,
            y0: +x[2]!,
            x1: +x[1]! + +x[3]!,
            y1: +x[2]! + +x[4]!,
            w: +x[3]!,
          }))
        : [],
    );
  const squares = (k: string) => squaresIn(s, k);

  it("draws one square per thousand GPUs, a narrower last one for a remainder, ten to a path", () => {
    expect(squares("msft-openai-2020")).toHaveLength(10);
    expect(squares("xai-colossus-2025")).toHaveLength(200);
    expect(mark(s, "units-xai-colossus-2025", "group").children).toHaveLength(20);
    expect(squares("tesla-a100-2021")).toHaveLength(6);
    expect(squares("tesla-a100-2021").at(-1)!.w / squares("tesla-a100-2021")[0]!.w).toBeCloseTo(0.76, 1);
    // 45 paths for the nine blocks, not 429 squares.
    expect(byPrefix(s, "u-")).toHaveLength(45);
  });

  it("wraps a block in rows of tens with a gap after every ten, inside the frame", () => {
    for (const frame of ["wide", "narrow", "slide", "pocket"] as const) {
      const sc = lay(frame, 3);
      const sq = squaresIn(sc, "xai-colossus-2025");
      const perRow = sq.filter((b) => b.y0 === sq[0]!.y0).length;
      expect(perRow % 10, frame).toBe(0);
      expect(sq[10]!.x0 - sq[9]!.x0, frame).toBeGreaterThan(sq[9]!.x0 - sq[8]!.x0);
      expect(Math.max(...sq.map((b) => b.x1)), frame).toBeLessThanOrEqual(sc.width);
    }
  });

  it("turns each dot into its block's outline (the inspectable mark), and never lets blocks overlap", () => {
    const blocks = byPrefix(s, "m-").filter((m) => on(s, m.key)) as Extract<Scene["marks"][number], { type: "rect" }>[];
    expect(blocks).toHaveLength(9);
    for (const b of blocks) {
      expect(b.className).toBe("chart-cs-block");
      const cells = squares(b.key.slice(2));
      expect(Math.min(...cells.map((c) => c.x0))).toBeGreaterThanOrEqual(b.x);
      expect(Math.max(...cells.map((c) => c.x1))).toBeLessThanOrEqual(b.x + b.width);
      expect(Math.max(...cells.map((c) => c.y1))).toBeLessThanOrEqual(b.y + b.height);
    }
    const sorted = [...blocks].sort((a, b) => a.y - b.y);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.y).toBeGreaterThanOrEqual(sorted[i - 1]!.y + sorted[i - 1]!.height);
  });

  it("pours the squares out of the dot: each block scales from its row's dot, in order", () => {
    const g = mark(s, "units-xai-colossus-2025", "group");
    expect(g.attrs!.style).toMatch(/^--ox:[\d.]+px;--oy:[\d.]+px$/);
    expect(g.children.slice(0, 3).map((m) => m.attrs!.style)).toEqual(["--i:0", "--i:1", "--i:2"]);
    expect(g.children.every((m) => m.type === "path" && m.className === "chart-cs-unit")).toBe(true);
    // Step 2 draws them too, off, with the same geometry: only the block's data-off changes.
    const before = mark(lay("wide", 2), "units-xai-colossus-2025", "group");
    expect(before.attrs!["data-off"]).toBe("");
    expect(before.children).toEqual(g.children);
  });

  it("shows the key and emphasises the smallest and the largest cluster; unsure rows stay hollow", () => {
    expect(mark(s, "gpu-key-text", "text").lines[0]).toBe("= 1,000 GPUs");
    const loud = byPrefix(s, "units-").filter((m) => m.type === "group" && !m.className!.includes("quiet"));
    expect(loud.map((m) => m.key).sort()).toEqual(["units-tesla-a100-2021", "units-xai-colossus-2025"]);
    expect(mark(s, "name-xai-colossus-2025", "text").weight).toBe(600);
    expect(mark(s, "units-tesla-texas-2024", "group").attrs!["data-confidence"]).toBe("low");
    expect(isOff(s, "gpu-tick-10000") || !has(s, "gpu-tick-10000")).toBe(true);
  });
});

describe("compute-scale: steps are states of one plot", () => {
  it("keeps one size per frame across the steps, and lays the complete chart out as three stacked panels", () => {
    for (const frame of ["wide", "narrow", "slide", "pocket"] as const) {
      const sizes = STEP_LIST.map((step) => `${lay(frame, step).width}×${lay(frame, step).height}`);
      expect(new Set(sizes).size, frame).toBe(1);
      // A slide may run a fifth over its frame's height: the deck's stage is 1200 × 720 units or more at
      // 1920 × 1080 (e2e/chart-legibility.spec.ts measures the type there). So may the pocket frame, read in
      // a deck's phone view that scrolls.
      expect(lay(frame, 0).height, frame).toBeLessThanOrEqual(FRAMES[frame].height * (frame === "slide" || frame === "pocket" ? 1.2 : 1.1));
      const complete = lay(frame);
      expect(["gpu-head", "cmp-head", "top-head"].every((k) => on(complete, k))).toBe(true);
      // Tesla's clusters are in both panels there, each under its own key.
      expect(on(complete, "m-tesla-a100-2021") && on(complete, "cmp-m-tesla-2021")).toBe(true);
    }
  });

  it("keeps the marks' keys across steps, so moving between them changes attributes of the same elements", () => {
    for (const frame of ["wide", "narrow", "slide", "pocket"] as const) {
      const keys = STEP_LIST.map((step) => new Set(all(lay(frame, step)).map((m) => m.key)));
      const every = [...keys[0]!].filter((k) => keys.every((ks) => ks.has(k)));
      for (const k of ["m-tesla-h100-2023", "m-zhangbei-2022", "top-dot-2022", "top-line", "gpu-head", "cmp-head", "name-tesla-a100-2021"])
        expect(every, `${frame} ${k}`).toContain(k);
    }
  });

  it("merges into one SVG per frame; a step's table changes attributes, not elements, and never lists squares one by one", () => {
    const trees = STEP_LIST.map((step) => ({ id: String(step), tree: sceneTree(lay("wide", step), "u") }));
    const { tree, states } = mergeStates(trees, "3");
    const markup = toMarkup(tree);
    expect(markup.match(/data-k="m-tesla-h100-2023"/g)).toHaveLength(1);
    expect(states["3"]).toEqual({});
    // Step 1: the H100 cluster's block becomes its bar, the bars grow, the squares fold into their dots.
    expect(states["1"]!["m-tesla-h100-2023"]).toMatchObject({ width: expect.any(String), class: expect.stringContaining("chart-cs-bar") });
    expect(states["2"]!["units-xai-colossus-2025"]).toEqual({ "data-off": "" });
    expect(Object.keys(states["2"]!).filter((k) => k.startsWith("u-"))).toEqual([]);
    // Steps 0 and 1 do not draw the squares at all (a placement of those steps alone carries none).
    for (const id of ["0", "1"])
      expect(
        Object.entries(states[id]!)
          .filter(([k]) => k.startsWith("u-"))
          .every(([, d]) => d === 0),
        id,
      ).toBe(true);
    // Step 2: the reference rises from its baseline.
    expect(states["2"]!["top-dot-2022"]).toMatchObject({ cy: expect.any(String), "data-off": null });
  });

  it("describes each step by its plan: which panels open", () => {
    expect(STEPS.map((p) => [p.gpus.open, p.compute.open, p.top500.open])).toEqual([
      [true, false, false],
      [false, true, false],
      [false, true, true],
      [true, false, false],
    ]);
    expect(STEPS.map((p) => p.gpus.view)).toEqual(["dots", "dots", "units", "units"]);
  });
});

describe("compute-scale: legible and uncluttered in every frame, step and language", () => {
  const scenes = (["en", "zh-hans", "zh-hant"] as const).flatMap((locale) =>
    (["wide", "narrow", "slide", "pocket"] as const).flatMap((frame) =>
      [...STEP_LIST, undefined].map((step) => ({ name: `${locale} ${frame} step ${step ?? "all"}`, frame, s: lay(frame, step, locale) })),
    ),
  );

  it("keeps the view contract, with no text under the frame's minimum size", () => {
    for (const { name, frame, s } of scenes) expectContract(s, minText(FRAMES[frame]), name);
  });

  it("keeps every label and mark inside the SVG", () => {
    for (const { name, s } of scenes)
      expectInside(
        s,
        name,
        shown(s).filter((x) => x.type === "text" || x.tip),
      );
  });

  it("never lets two labels overlap, nor a label lie over a dot or a bar", () => {
    for (const { name, s } of scenes) {
      const labels = texts(s).map((t) => ({ t, b: textBox(t) }));
      expectApart(
        labels.map(({ t, b }) => ({ key: `"${t.lines.join(" ")}"`, box: b })),
        name,
        -0.5,
      );
      const marks = shown(s).filter((m) => m.tip && m.className !== "chart-cs-block");
      for (const { t, b } of labels) for (const m of marks) expect(overlaps(b, markBox(m)!, -0.5), `${name}: "${t.lines.join(" ")}" over ${m.key}`).toBe(false);
    }
  });

  it("sets text at least 11 px on a 390 px phone and 22 px on a 1080p slide", () => {
    // The narrow frame is drawn about 1:1 on a phone; the slide's 960 units fill about 1,240 px at 1920×1080.
    for (const { frame, s } of scenes) {
      const smallest = Math.min(...texts(s).map((t) => t.size));
      if (frame === "narrow") expect(smallest * (358 / 360)).toBeGreaterThanOrEqual(11);
      if (frame === "slide") expect(smallest * (1240 / 960)).toBeGreaterThanOrEqual(22);
    }
  });
});

describe("compute-scale words", () => {
  const input = inputFor("en");

  it("computes each step's title from the data", () => {
    const t = (step: number | undefined, locale: Locale = "en") => computeText(inputFor(locale), copyFor(locale), locale, step).title;
    expect(t(undefined)).toBe("Landmark AI clusters grew 20-fold in 5 years, to 200,000 GPUs");
    expect(t(1)).toBe("Lingjun's 15 EFLOPS is two Alibaba data centres added together");
    expect(t(2)).toBe("The fastest supercomputer of 2022 measured 1,102 PFLOPS, on a stricter yardstick");
    expect(t(3)).toBe("Square by square, the biggest cluster holds 35 times the GPUs of the smallest");
    expect(t(3, "zh-hans")).toBe("换成方块来数，最大的集群是最小那个的35倍");
  });

  it("leaves no placeholder unfilled, and lists one title, subtitle, description and caption per step", () => {
    for (const locale of ["en", "zh-hans"] as const) {
      const copy = copyFor(locale);
      for (const list of [copy.titles, copy.subtitles, copy.descs, copy.steps]) expect(list).toHaveLength(STEP_COUNT);
      for (const step of [...STEP_LIST, undefined]) {
        const { title, subtitle, desc, notes } = computeText(inputFor(locale), copy, locale, step);
        for (const s of [title, subtitle, desc, ...notes]) expect(s).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it("writes Chinese copy with full-width punctuation", () => {
    const strings = JSON.stringify(copyFile["zh-hans"]);
    for (const s of strings.match(/"[^"]*[\u4e00-\u9fff][^"]*"/g) ?? []) expect(s, s).not.toMatch(/[\u4e00-\u9fff][,:;()!?]|[,:;()!?][\u4e00-\u9fff]/);
  });

  it("tables exactly the rows a step draws, and the complete chart's every row", () => {
    const rows = (step?: number) => computeTable(input, copyFile.en as ComputeCopy, "en", () => "Fixture", step).rows;
    expect(rows(0)).toHaveLength(9);
    expect(rows(1).map((r) => r.item)).toEqual([
      "Lingjun, both centres (precision not stated)",
      "Zhangbei (precision not stated)",
      "Ulanqab (precision not stated)",
      "Google (comparison; precision not stated)",
      "Tesla A100 cluster (FP16)",
      "Fuyao, Ulanqab (precision not stated)",
      "Tesla H100 cluster (INT8)",
    ]);
    expect(rows(1)[0]).toMatchObject({ measure: "AI peak, precision not stated", value: "15 EFLOPS" });
    expect(rows(2)).toHaveLength(7 + 10);
    expect(rows(2).at(-1)).toMatchObject({ measure: "FP64, measured (Rmax)", value: "1,742 PFLOPS" });
    expect(rows(undefined)).toHaveLength(9 + 7 + 10);
  });

  it("quotes the panels' notes that a step opens", () => {
    const notes = (step?: number) => computeText(input, copyFile.en as ComputeCopy, "en", step).notes;
    expect(notes(0).join(" ")).toMatch(/not Dojo/);
    expect(notes(1).join(" ")).toMatch(/Zhangbei and Ulanqab/);
    expect(notes(2).join(" ")).toMatch(/TOP500/);
    expect(notes(undefined)).toHaveLength(copyFile.en.notes.gpus.length + copyFile.en.notes.compute.length + copyFile.en.notes.top500.length);
  });
});

describe("compute-scale snapshots", () => {
  const dir = path.join(import.meta.dirname, "__snapshots__");
  for (const frame of ["wide", "narrow", "slide", "pocket"] as const) {
    for (const step of [...STEP_LIST, undefined]) {
      it(`draws the ${frame} frame at ${step === undefined ? "the complete chart" : `step ${step}`} deterministically`, () => {
        expectSvgSnapshot(
          toMarkup(sceneTree(lay(frame, step), "cs")),
          path.join(dir, `compute-scale-${frame}-${step === undefined ? "all" : `step${step}`}.svg`),
        );
      });
    }
  }
  it("draws the narrow frame in Chinese deterministically", () => {
    expectSvgSnapshot(toMarkup(sceneTree(lay("narrow", 1, "zh-hans"), "cs")), path.join(dir, "compute-scale-narrow-zh-step1.svg"));
  });
});
