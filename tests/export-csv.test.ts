// The CSV download: BOM first, headers in the reader's language, one row per row of the chart's own table
// (same order, same words), and the source columns filled with real URLs.
import { describe, expect, it } from "vitest";
import { csvParseRows } from "d3-dsv";
import { chartIds } from "@/components/charts/registry";
import { chartParts } from "@/lib/export/chart-parts";
import { BOM, chartCsv } from "@/lib/export/csv";
import { getDictionary } from "@/lib/ui";

describe("chart CSV", () => {
  for (const id of chartIds) {
    it(`${id}: rows equal the chart's table, with headers in each language and source columns`, { timeout: 60_000 }, async () => {
      for (const locale of ["en", "zh-hans", "zh-hant"] as const) {
        const csv = await chartCsv(id, locale);
        expect(csv.startsWith(BOM)).toBe(true);
        const [header, ...rows] = csvParseRows(csv.slice(1).trimEnd());
        const { table } = await chartParts(id, locale);
        const g = getDictionary(locale).gallery;
        expect(header!.slice(0, table.columns.length)).toEqual(table.columns.map((c) => c.label));
        expect(header!.at(-1)).toBe(g.csvSourceUrl);
        expect(rows).toHaveLength(table.rows.length);
        rows.forEach((row, i) => expect(row.slice(0, table.columns.length)).toEqual(table.columns.map((c) => table.rows[i]![c.key])));
        // A URL belongs to a named source (a hypothetical row has neither; the retold article has no URL).
        const nameColumn = header!.length - 2;
        for (const row of rows) {
          const urls = row.at(-1)!.split(" ").filter(Boolean);
          if (urls.length) expect(row[nameColumn]!.length, `${id} ${locale}: a URL without a source name`).toBeGreaterThan(0);
          for (const u of urls) expect(() => new URL(u)).not.toThrow();
        }
        expect(rows.filter((row) => row[nameColumn]).length, `${id} ${locale}: most rows name a source`).toBeGreaterThan(rows.length / 2);
        expect(rows.some((row) => row.at(-1)!.startsWith("http")), `${id} ${locale}: no source URL at all`).toBe(true);
      }
    });
  }

  it("writes Chinese headers for Chinese readers and English ones for English readers", async () => {
    const en = await chartCsv("double11-traffic", "en");
    const hans = await chartCsv("double11-traffic", "zh-hans");
    const hant = await chartCsv("double11-traffic", "zh-hant");
    const head = (s: string) => csvParseRows(s.slice(1))[0]!.join(" ");
    expect(head(en)).toMatch(/^[\x20-\x7E×–—’]+$/);
    expect(head(hans)).toMatch(/[\u4e00-\u9fff]/);
    expect(head(hant)).toContain("來源");
    expect(head(hans)).toContain("来源");
  });
});
