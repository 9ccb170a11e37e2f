// The data for journalists, as served from out/: /data/datapackage.json and every file it lists, each chart's
// tidy CSV parsed as a browser's d3.csv(…, d3.autoType) would, and the links to them from the sources page
// and the gallery.
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { autoType, csvParse } from "d3-dsv";

/** Every published chart id (content/published-charts.json lists them; none ever leaves). */
const chartIds: string[] = JSON.parse(fs.readFileSync("content/published-charts.json", "utf8")).charts;

const LOCALES = ["en", "zh-hans", "zh-hant"] as const;

test("every resource of /data/datapackage.json is there, as UTF-8 CSV with a BOM, and its number fields hold numbers", async ({ request }) => {
  const res = await request.get("/data/datapackage.json");
  expect(res.status()).toBe(200);
  const pkg = await res.json();
  expect(pkg.resources.length).toBeGreaterThan(10);
  for (const r of pkg.resources) {
    const file = await request.get(`/data/${r.path}`);
    expect(file.status(), r.path).toBe(200);
    const bytes = await file.body();
    expect([...bytes.subarray(0, 3)], `${r.path}: BOM`).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvParse(new TextDecoder().decode(bytes), autoType);
    expect(rows.columns).toEqual(r.schema.fields.map((f: { name: string }) => f.name));
    for (const f of r.schema.fields.filter((f: { type: string }) => f.type === "number" || f.type === "year")) {
      const bad = rows.map((row) => (row as Record<string, unknown>)[f.name]).filter((v) => v !== null && (typeof v !== "number" || !Number.isFinite(v)));
      expect(bad, `${r.path} ${f.name}`).toEqual([]);
    }
  }
});

test("each chart's CSV download parses with d3-dsv into number columns of finite numbers, in every locale", async ({ request }) => {
  for (const locale of LOCALES) {
    for (const chart of chartIds) {
      const res = await request.get(`/${locale}/embed/${chart}/${chart}.csv`);
      expect(res.status(), `${locale} ${chart}`).toBe(200);
      const rows = csvParse(new TextDecoder().decode(await res.body()), autoType);
      const numeric = rows.columns.filter(
        (c) => c === "year" || /_(cny|usd|percent|times|per_second|seconds|cores|pflops)$|^(gpus|regions|availability_zones)$/.test(c),
      );
      expect(numeric.length, `${locale} ${chart}: number columns`).toBeGreaterThan(0);
      for (const c of numeric) {
        const values = rows.map((r) => (r as Record<string, unknown>)[c]).filter((v) => v !== null);
        expect(
          values.filter((v) => typeof v !== "number" || !Number.isFinite(v)),
          `${locale} ${chart} ${c}`,
        ).toEqual([]);
      }
    }
  }
});

test("the sources page links the package and every dataset's CSV; the gallery links both", async ({ page, request }) => {
  await page.goto("/zh-hant/sources/");
  const pkg = page.locator('[data-data-package] a[href$="/data/datapackage.json"]');
  await expect(pkg).toHaveCount(1);
  const csvLinks = page.locator("a[data-dataset-csv]");
  expect(await csvLinks.count()).toBeGreaterThan(10);
  for (const href of await csvLinks.evaluateAll((as) => as.map((a) => a.getAttribute("href")!))) expect((await request.get(href)).status(), href).toBe(200);

  await page.goto("/en/charts/");
  const all = page.locator("[data-all-data]");
  await expect(all.locator('a[href$="/data/datapackage.json"]')).toHaveCount(1);
  // The link's target, not a client-side navigation (which is Next's, and slow on a loaded machine).
  const href = await all.getByRole("link", { name: "All the data" }).getAttribute("href");
  expect(href).toMatch(/\/en\/sources\/#datasets$/);
  const sources = await (await request.get(href!.replace(/#.*$/, ""))).text();
  expect(sources).toContain('id="datasets"');
});
