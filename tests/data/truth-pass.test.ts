// Issue #11, the truth pass: every figure it fixed, pinned to its value and the source it now cites, so a
// later edit cannot quietly bring back a wrong number, a weaker source or an overconfident label.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadRegistry, registry } from "@/lib/data/registry";
import { DatasetError } from "@/lib/data/load";
import { formatFigure } from "@/lib/data/format";
import type { RangeRow, SeriesRow } from "@/lib/data/schema";
import { chartChangedOn, getSite } from "@/lib/content/site";

const reg = registry();
const figure = (id: string) => {
  const f = reg.figures.get(id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};
const seriesRow = (dataset: string, key: string): SeriesRow => {
  const d = reg.datasets.get(dataset)!;
  const row = (d.rows as SeriesRow[]).find((r) => (r.key ?? String(r.year)) === key);
  if (!row) throw new Error(`no row ${dataset}:${key}`);
  return row;
};
const rangeRows = () => reg.datasets.get("virtualization-overhead")!.rows as RangeRow[];
const correction = (id: string) => reg.corrections.find((c) => c.id === id)!;
const event = (id: string) => reg.events.find((e) => e.id === id)!;
const order = { low: 0, medium: 1, high: 2 } as const;

describe("the four wrong figures", () => {
  it("apollo-ratio-record is 1.3–1.9, not 1.61–1.76, derived from the Planetary Society's 2019 dollars restated, at most medium", () => {
    const f = figure("apollo-ratio-record");
    expect(f.value).toEqual({ min: 1.3, max: 1.9 });
    expect(f.source).toEqual(expect.arrayContaining(["planetary-society-2019", "research-apollo-2025"]));
    expect(order[f.confidence]).toBeLessThanOrEqual(order.medium);
    // The article's 1.5 lies inside the record's range.
    const claim = figure("apollo-ratio-claim").value as number;
    expect(claim).toBeGreaterThanOrEqual(1.3);
    expect(claim).toBeLessThanOrEqual(1.9);
    expect(formatFigure(f.value as { min: number; max: number }, "times", "en")).toBe("1.3–1.9×");
    expect(formatFigure(f.value as { min: number; max: number }, "times", "zh-hans")).toBe("1.3至1.9倍");
  });

  it("shows Apollo in 2025 dollars (264 and 288 × ~1.26), so the forecast is compared like for like", () => {
    expect(figure("apollo-cost:apollo-2025")).toMatchObject({ value: 332, source: ["research-apollo-2025", "planetary-society-2019"] });
    expect(figure("apollo-cost:with-gemini-2025")).toMatchObject({ value: 363, source: ["research-apollo-2025", "planetary-society-2019"] });
    const forecast = figure("datacenter-capex:2025-forecast").value as number;
    expect(Math.round((forecast / 363) * 10) / 10).toBe(1.3);
    expect(Math.round((forecast / 332) * 10) / 10).toBe(1.4);
  });

  it("double11-alipay-peak 2014 is Ant's per-minute peak as an average second (47,500), not the derived 38,600", () => {
    const f = figure("double11-alipay-peak:2014");
    expect(f.value).toBe(47500);
    expect(f.source).toEqual(["sina-ant-cto-2014"]);
    expect(f.confidence).not.toBe("high");
    expect(seriesRow("double11-alipay-peak", "2014").note).toMatch(/floor/);
  });

  it("china-online-shoppers 2011 is CNNIC's end-2011 count (1.94亿), not the mid-2012 2.1亿", () => {
    const f = figure("china-online-shoppers:2011");
    expect(f.value).toBe(1.94);
    expect(f.source).toEqual(["cnnic-2012-01"]);
    expect(formatFigure(1.94, "people", "zh-hans")).toBe("1.94亿人");
  });

  it("top500-rmax 2025 is the November list's 1,809 PFLOPS, and every year cites the official lists at high confidence", () => {
    const f = figure("top500-rmax:2025");
    expect(f.value).toBe(1809);
    expect(f.source).toEqual(["s-top500-lists", "insidehpc-top500-2025-11"]);
    for (const row of reg.datasets.get("top500-rmax")!.rows as SeriesRow[]) {
      expect(row.source[0], String(row.year)).toBe("s-top500-lists");
      expect(row.confidence, String(row.year)).toBe("high");
      expect(row.note, String(row.year)).toMatch(new RegExp(`^November ${row.year} list`));
    }
  });
});

describe("the doubtful or mislabelled figures", () => {
  it("datacenter-capex 2023 is Dell'Oro's own $260bn (spring 2024), with the $301bn its 2025 release implies kept apart and low", () => {
    expect(figure("datacenter-capex:2023")).toMatchObject({ value: 260, source: ["delloro-2024-04"] });
    expect(figure("datacenter-capex:2023-implied")).toMatchObject({ value: 301, source: ["delloro-2025-03"], confidence: "low" });
  });

  it("regions in 2024: 30 and 89 from coverage of the closures, 28 and 85 after them, and the article's 29 unsupported", () => {
    const mid = figure("cloud-regions:2024-mid");
    expect(mid.value).toBe(30);
    expect(mid.source).toEqual(["silicon-2024", "register-2024-07-01"]);
    expect(figure("cloud-zones:2024")).toMatchObject({ value: 89, source: ["silicon-2024", "register-2024-07-01"] });
    expect(figure("cloud-regions-after-closures-2024").value).toBe(28);
    expect(figure("cloud-zones-after-closures-2024").value).toBe(85);
    expect(figure("cloud-regions-after-closures-2024").source).toContain("alibaba-cloud-closures-2024");
    expect(figure("cloud-regions:2024-article")).toMatchObject({ value: 29, source: ["article"], confidence: "low" });
    // The July launch event no longer carries the footprint; the coverage of the closures does.
    expect(event("feitian-launch-2024").source).toEqual(["jishuzhan-2024"]);
    expect(event("feitian-launch-2024").fact).toBeUndefined();
    expect(event("footprint-mid-2024")).toMatchObject({ date: "2024-07-01", fact: "cloud-regions:2024-mid" });
  });

  it("ai-compute tesla-h100-2023 is INT8 operations at the sparse peak, in EOPS, not EFLOPS", () => {
    const f = figure("ai-compute:tesla-h100-2023");
    expect(f).toMatchObject({ value: 39.6, unit: "eops", source: ["tomshardware-tesla-2023"] });
    expect(formatFigure(39.6, f.unit, "en")).toBe("39.6 EOPS");
    const row = seriesRow("ai-compute", "tesla-h100-2023");
    expect(row.label_en).toMatch(/INT8/);
    expect(row.label_en).toMatch(/sparse/);
    expect(row.note).toMatch(/19\.8/);
    // Every other row keeps the dataset's EFLOPS.
    for (const r of reg.datasets.get("ai-compute")!.rows as SeriesRow[])
      if (r.key !== "tesla-h100-2023") expect(figure(`ai-compute:${r.key}`).unit).toBe("eflops");
  });

  it("virtualization-overhead: Gregg's rows are low-confidence expectations, and no row exceeds 100% lost", () => {
    for (const key of ["emulation", "paravirt", "hw-assisted"]) {
      const row = rangeRows().find((r) => r.key === key)!;
      expect(row, key).toMatchObject({ kind: "expectation", confidence: "low", source: ["gregg-2017"] });
    }
    expect(figure("virtualization-overhead:emulation").value).toEqual({ min: 50, max: 90 });
    expect(rangeRows().find((r) => r.key === "xen-io")).toMatchObject({ kind: "measurement", source: ["gupta-2006"] });
    for (const r of rangeRows()) expect(r.high, r.key).toBeLessThanOrEqual(100);
  });

  it("double11-mobile-share 2016 is Alibaba's published 81.87%", () => {
    const f = figure("double11-mobile-share:2016");
    expect(f.value).toBe(81.87);
    expect(f.source[0]).toBe("digitalcommerce360-2016-11-11");
    expect(f.confidence).toBe("high");
  });

  it("Alibaba Cloud FY2021 and FY2023 cite Alibaba's results and are high confidence", () => {
    expect(figure("alibaba-cloud-revenue-fy:2021")).toMatchObject({ value: 60120, source: ["alibaba-fy2021-results"], confidence: "high" });
    expect(figure("alibaba-cloud-revenue-fy:2023")).toMatchObject({ value: 77203, source: ["alibaba-fy2023-results"], confidence: "high" });
  });

  it("Apsara's 2010 start rests on one company source, so it is not high confidence", () => {
    expect(event("apsara-in-service")).toMatchObject({ source: ["tanghong-lc3"], confidence: "medium" });
  });

  it("every source the fixed figures cite is a real bibliography entry with a publisher and a title", () => {
    const ids = [
      "research-apollo-2025",
      "sina-ant-cto-2014",
      "cnnic-2012-01",
      "insidehpc-top500-2025-11",
      "delloro-2024-04",
      "register-2024-07-01",
      "digitalcommerce360-2016-11-11",
      "alibaba-fy2021-results",
      "alibaba-fy2023-results",
    ];
    for (const id of ids) {
      const s = reg.sources.get(id);
      expect(s, id).toBeDefined();
      expect(s!.publisher.length, id).toBeGreaterThan(0);
      expect(s!.title.length, id).toBeGreaterThan(0);
    }
    // The weak stand-ins they replace are gone from the bibliography.
    expect(reg.sources.has("s-research-fy2021")).toBe(false);
    expect(reg.sources.has("s-nctoro-2023")).toBe(false);
  });
});

describe("the corrections it rewords", () => {
  it("apollo-ratio now says the article's multiple is defensible, with 2025 dollars", () => {
    const c = correction("apollo-ratio");
    expect(c.record.en).toMatch(/2025 dollars/);
    expect(c.record.en).toMatch(/1\.3–1\.4/);
    expect(c.record.en).toMatch(/1\.7–1\.9/);
    expect(c.record.en).not.toMatch(/1\.6 to 1\.76/);
    expect(c.source).toContain("research-apollo-2025");
  });

  it("delloro-forecast-basis passes no judgement on the forecast", () => {
    const c = correction("delloro-forecast-basis");
    expect(c.title.en).not.toMatch(/conservative/i);
    expect(c.title["zh-hans"]).not.toMatch(/保守/);
    expect(c.source).toContain("delloro-2024-04");
  });

  it("lingjun-15-eflops is a clarification and places Fuyao inside Ulanqab", () => {
    const c = correction("lingjun-15-eflops");
    expect(c.record.en).toMatch(/^A clarification, not a correction/);
    expect(c.record.en).toMatch(/part of Ulanqab's 3/);
  });

  it("regions-2024 does the arithmetic and says no 2024 source gives 29", () => {
    const c = correction("regions-2024");
    expect(c.record.en).toMatch(/28 regions and 85 zones/);
    expect(c.record.en).toMatch(/no 2024 source for 29/);
    expect(c.source).toEqual(expect.arrayContaining(["silicon-2024", "register-2024-07-01"]));
    expect(c.source).not.toContain("jishuzhan-2024");
  });

  it("virtualization-loss-arithmetic calls Gregg's ranges expectations, not measurements", () => {
    const c = correction("virtualization-loss-arithmetic");
    expect(c.record.en).toMatch(/expected ranges/);
    expect(c.record.en).not.toMatch(/Published measurements/);
  });

  it("items-per-minute hedges its title as the body does", () => {
    expect(correction("items-per-minute").title.en).toMatch(/most likely/);
    expect(correction("items-per-minute").title["zh-hans"]).toMatch(/多半/);
  });

  it("mobile-share-2016 cites 81.87% and its source", () => {
    const c = correction("mobile-share-2016");
    expect(c.record.en).toMatch(/81\.87%/);
    expect(c.source[0]).toBe("digitalcommerce360-2016-11-11");
  });
});

describe("the chapters", () => {
  const read = (locale: string, file: string) => fs.readFileSync(path.join("content", "chapters", locale, file), "utf8");
  const ratios = (mdx: string) => [...mdx.matchAll(/<Ratio of="(alibaba-cloud-revenue[^"]*)" over="([^"]+)"/g)].map((m) => `${m[1]}/${m[2]}`);

  it("the prologue compares the same two revenue figures in English and Chinese", () => {
    const en = ratios(read("en", "01-prologue.mdx"));
    expect(en).toEqual(["alibaba-cloud-revenue-fy:2022/alibaba-cloud-revenue-fy:2014"]);
    expect(ratios(read("zh-hans", "01-prologue.mdx"))).toEqual(en);
  });

  it("drop the sentences the issue names", () => {
    expect(read("en", "01-prologue.mdx")).not.toMatch(/conservative|bigger multiple than the article's|stronger, not weaker/);
    expect(read("en", "03-virtualization-tax.mdx")).not.toMatch(/published measurements/i);
    expect(read("en", "04-ai-wall.mdx")).not.toMatch(/It did not\.|fairer comparison|The gap is a retreat/);
    expect(read("zh-hans", "04-ai-wall.mdx")).not.toMatch(/原文把这<Fact id="ai-compute:lingjun-2022"\/>和扶摇写在了一起|发布会上的说法/);
  });
});

describe("the changelog", () => {
  it("lists the truth pass with the charts it changed, so their embeds say Updated", () => {
    const site = getSite();
    const pass = site.changelog.filter((c) => c.en.startsWith("Truth pass"));
    expect(pass.length).toBeGreaterThan(0);
    const charts = new Set(pass.flatMap((c) => c.charts ?? []));
    for (const id of ["cloud-investment", "double11-traffic", "cloud-footprint", "virtualization-loss", "compute-scale", "cloud-revenue", "timeline"]) {
      expect(charts.has(id), id).toBe(true);
      expect(chartChangedOn(id, site), id).toBe(pass[0]!.date);
    }
  });
});

describe("a row's own unit", () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

  function tinyRegistry(unitCell: string) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "row-unit-"));
    roots.push(root);
    fs.mkdirSync(path.join(root, "series"));
    fs.mkdirSync(path.join(root, "sources"));
    fs.writeFileSync(path.join(root, "sources", "s.json"), JSON.stringify({ sources: [{ id: "src", title: "T", publisher: "P", kind: "news" }] }));
    fs.writeFileSync(path.join(root, "facts.json"), JSON.stringify({ facts: [] }));
    fs.writeFileSync(
      path.join(root, "datasets.json"),
      JSON.stringify({ datasets: [{ id: "peaks", file: "series/peaks.csv", schema: "series", unit: "eflops", title: { en: "Peaks", "zh-hans": "峰值" } }] }),
    );
    fs.writeFileSync(path.join(root, "series", "peaks.csv"), `key,year,value,unit,source,confidence\na,2022,1,,src,high\nb,2023,2,${unitCell},src,high\n`);
    return root;
  }

  it("overrides the dataset's unit for that row only", () => {
    const r = loadRegistry(tinyRegistry("eops"));
    expect(r.figures.get("peaks:a")!.unit).toBe("eflops");
    expect(r.figures.get("peaks:b")!.unit).toBe("eops");
  });

  it("fails the build on a unit that does not exist, naming file, line and field", () => {
    const root = tinyRegistry("parsecs");
    let problems: string[] = [];
    try {
      loadRegistry(root);
    } catch (error) {
      if (error instanceof DatasetError) problems = error.problems;
      else throw error;
    }
    expect(problems.some((p) => p.endsWith('peaks.csv:3 field "unit": unknown unit "parsecs"'))).toBe(true);
  });
});
