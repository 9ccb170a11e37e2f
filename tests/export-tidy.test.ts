// The CSV download of each chart is tidy data from the registry: parsed with d3-dsv (as a browser reads the
// file: the BOM dropped by TextDecoder) and auto-typed, every number column holds only finite numbers, no
// words column turns into numbers, the column names and values are the same in every locale, and the values
// are the registry's, in base units.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { autoType, csvParse } from "d3-dsv";
import { chartIds } from "@/components/charts/registry";
import { getDataset, registry } from "@/lib/data/registry";
import { locales } from "@/lib/i18n";
import { BOM, CHART_DATA, MEASURES, chartTidyCsv, chartTidyTable, toBase } from "@/lib/export/tidy";

type Rows = Record<string, unknown>[] & { columns: string[] };

/** Bytes → rows as d3.csv(url, d3.autoType) gives them in a browser. */
function parse(csv: string): Rows {
  const bytes = new TextEncoder().encode(csv);
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return csvParse(new TextDecoder().decode(bytes), autoType) as unknown as Rows;
}

describe("base units", () => {
  it("move the decimal point instead of multiplying floats", () => {
    expect(toBase(9.36, 8)).toBe("936000000");
    expect(toBase(0.52, 8)).toBe("52000000");
    expect(toBase(350.19, 8)).toBe("35019000000");
    expect(toBase(0.6329, 8)).toBe("63290000");
    expect(toBase(1.8, 3)).toBe("1800");
    expect(toBase(463.7, 9)).toBe("463700000000");
    expect(toBase(0.001, 1)).toBe("0.01");
    expect(toBase(12345.678, 2)).toBe("1234567.8");
    expect(toBase(-2.5, 6)).toBe("-2500000");
    expect(toBase(24.03, 0)).toBe("24.03");
    for (const [v, e] of [
      [0.1, 1],
      [0.07, 2],
      [1.1, 8],
      [2684, 8],
      [5403, 8],
      [0.3, 9],
    ] as const)
      expect(Number(toBase(v, e))).toBe(Number((v * 10 ** e).toPrecision(12)));
  });
});

describe("chart CSV (tidy)", { timeout: 60_000 }, () => {
  const report: string[] = [];
  for (const id of chartIds) {
    it(`${id}: d3-dsv gives number columns of finite numbers, in every locale, with the same columns and values`, () => {
      const tables = locales.map((locale) => ({ locale, table: chartTidyTable(id, locale), rows: parse(chartTidyCsv(id, locale)) }));
      const [en] = tables;
      let cells = 0;
      for (const { locale, table, rows } of tables) {
        expect(rows.columns, `${id} ${locale}: machine column names, the same in every locale`).toEqual(en!.table.columns);
        for (const c of rows.columns) expect(c, `${id}: column names are machine names`).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(rows.length).toBeGreaterThan(0);
        for (const c of table.numeric) {
          const values = rows.map((r) => r[c]).filter((v) => v !== null);
          expect(values.length, `${id} ${locale}: column ${c} is empty`).toBeGreaterThan(0);
          const bad = values.filter((v) => typeof v !== "number" || !Number.isFinite(v));
          expect(bad, `${id} ${locale}: column ${c} has values that are not finite numbers`).toEqual([]);
          cells += values.length;
        }
        for (const c of rows.columns.filter((c) => !table.numeric.includes(c))) {
          const numbers = rows.map((r) => r[c]).filter((v) => typeof v === "number");
          expect(numbers, `${id} ${locale}: words column ${c} reads as numbers`).toEqual([]);
        }
        for (const r of rows) {
          expect(["high", "medium", "low"], `${id} ${locale}: confidence`).toContain(r.confidence);
          for (const u of String(r.source_url ?? "")
            .split(" ")
            .filter(Boolean))
            expect(() => new URL(u)).not.toThrow();
        }
        // Numbers do not depend on the language.
        for (const c of table.numeric) expect(rows.map((r) => r[c])).toEqual(en!.rows.map((r) => r[c]));
      }
      const hasWords = (locale: string, pattern: RegExp) =>
        tables.find((t) => t.locale === locale)!.rows.some((r) => pattern.test(String(r.note ?? r.title ?? "")));
      expect(hasWords("en", /[a-z]{4}/), `${id}: English words`).toBe(true);
      expect(hasWords("zh-hans", /[\u4e00-\u9fff]/), `${id}: Chinese words`).toBe(true);
      report.push(`${id}: ${en!.rows.length} rows, ${en!.table.numeric.length} number columns, ${cells / locales.length} numbers a locale`);
    });
  }
  it("reports", () => console.log(`d3-dsv autoType check:\n  ${report.join("\n  ")}`));

  it("carries the registry's values in base units", () => {
    const d11 = parse(chartTidyCsv("double11-traffic", "en"));
    const gmv2012 = d11.find((r) => r.series === "double11-gmv" && r.year === 2012)!;
    expect(gmv2012.sales_cny).toBe(191e8);
    expect(gmv2012.peak_orders_per_second).toBeNull();
    const orders2019 = d11.find((r) => r.series === "double11-peak-orders" && r.year === 2019)!;
    const stored = getDataset("double11-peak-orders").rows.find((r) => r.year === 2019)!;
    expect(orders2019.peak_orders_per_second).toBe("value" in stored ? stored.value : undefined);
    const revenue = parse(chartTidyCsv("cloud-revenue", "zh-hant"));
    const q = revenue.find((r) => r.key === "2024q3")!;
    expect(q.revenue_cny).toBe(29610e6);
    expect(q.note).toMatch(/季度/);
    expect(revenue.some((r) => typeof r.growth_percent === "number")).toBe(true);
    const timeline = parse(chartTidyCsv("timeline", "en"));
    expect(timeline).toHaveLength(registry().events.length);
    expect(timeline[0]!.date instanceof Date || timeline[0]!.date === null).toBe(true);
  });

  it("maps every chart to registry ids that exist, and every dataset has a measure name", () => {
    for (const id of chartIds) expect(() => chartTidyTable(id, "en")).not.toThrow();
    for (const id of registry().datasets.keys()) expect(MEASURES[id], `MEASURES has no name for ${id}`).toBeDefined();
  });

  // The mapping is data written from the components: keep it honest against them, in both directions.
  it("names exactly the datasets and facts each chart's component reads", () => {
    const known = new Set([...registry().datasets.keys(), ...registry().figures.keys()].filter((k) => !k.includes(":")));
    for (const id of chartIds) {
      const spec = CHART_DATA[id];
      const dir = path.join(process.cwd(), "components", "charts", id);
      const source = fs
        .readdirSync(dir)
        .filter((f) => /\.tsx?$/.test(f) && !f.includes(".test."))
        .map((f) => fs.readFileSync(path.join(dir, f), "utf8"))
        .join("\n");
      const literals = new Set([...source.matchAll(/["'`]([a-z0-9]+(?:-[a-z0-9]+)+)["'`]/g)].map((m) => m[1]!).filter((s) => known.has(s) && s !== id));
      if ("events" in spec) {
        expect(source).toMatch(/registry\(\)\.events/);
        continue;
      }
      const mapped = new Set([...spec.datasets, ...spec.facts.map((f) => f.id)]);
      expect(
        [...literals].filter((l) => !mapped.has(l)),
        `${id}: read by the component, missing from CHART_DATA`,
      ).toEqual([]);
      expect(
        [...mapped].filter((m) => !literals.has(m)),
        `${id}: in CHART_DATA, not read by the component`,
      ).toEqual([]);
      if (spec.factPrefix) expect(source).toContain(spec.factPrefix.prefix);
    }
  });

  it("starts with a byte-order mark", () => {
    for (const id of chartIds) expect(chartTidyCsv(id, "zh-hans").startsWith(BOM)).toBe(true);
  });
});
