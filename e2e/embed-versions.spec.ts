// Published versions of the embeds (/{locale}/embed/{chart}/v{n}/, scripts/embed-versions.mjs): every build
// installs them from published/, each renders its chart standalone with nothing off-origin, says which
// version it is and links to the latest; the gallery's code points at the current one; the files a version
// serves are the committed snapshot's, byte for byte but for the site's address.
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { LANG, LOCALES, watchErrors } from "./helpers";

const published: { charts: string[]; versions: Record<string, { version: number }[]> } = JSON.parse(fs.readFileSync("content/published-charts.json", "utf8"));
const current = (chart: string) => published.versions[chart]!.at(-1)!.version;
const siteUrl = (): string => JSON.parse(fs.readFileSync("out/.build-info.json", "utf8")).siteUrl;

for (const locale of LOCALES) {
  test(`${locale}: every chart's current version answers 200 and renders its chart, says its version, links to the latest, nothing off-origin`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(60_000);
    const origin = new URL(baseURL!).origin;
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    const errors = watchErrors(page);
    for (const chart of published.charts) {
      const v = current(chart);
      const response = await page.goto(`/${locale}/embed/${chart}/v${v}/`);
      expect(response?.status(), `${locale} ${chart} v${v}`).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", LANG[locale]);
      const root = page.locator(`[data-embed="${chart}"]`);
      await expect(root).toHaveAttribute("data-embed-version", String(v));
      await expect(root.locator("figure[data-chart]")).toHaveAttribute("data-chart", chart);
      await expect(root.locator('figure[data-chart] svg[role="img"]:visible').first()).toBeVisible();
      await expect(root.locator("[data-embed-version-note] a[data-embed-versions]")).toContainText(String(v));
      await expect(root.locator("[data-embed-version-note] a[data-embed-versions]")).toHaveAttribute(
        "href",
        new RegExp(`/${locale}/charts/#versions-${chart}$`),
      );
      await expect(root.locator("a[data-embed-latest]")).toHaveAttribute("href", new RegExp(`/${locale}/embed/${chart}/$`));
      await expect(root.locator("[data-embed-updated]")).toHaveCount(0);
      for (const kind of ["svg", "png", "csv"])
        await expect(page.locator(`a[data-embed-download="${kind}"]`)).toHaveAttribute(
          "href",
          new RegExp(`/${locale}/embed/${chart}/v${v}/${chart}\\.${kind}$`),
        );
      await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveAttribute(
        "href",
        new RegExp(`/${locale}/embed/${chart}/v${v}/oembed\\.json$`),
      );
    }
    expect(errors).toEqual([]);
    expect(requests.filter((u) => u.startsWith("http") && new URL(u).origin !== origin)).toEqual([]);
    expect(requests.filter((u) => /\/embed\/runtime\.[0-9a-f]{10}\.js$/.test(u)).length).toBeGreaterThan(0);
  });
}

test("a version's step, downloads and oEmbed answer 200 with the committed snapshot's bytes (the site's address put back)", async ({ request }) => {
  const site = siteUrl();
  for (const locale of LOCALES)
    for (const chart of published.charts) {
      const v = current(chart);
      const base = `/${locale}/embed/${chart}/v${v}/`;
      for (const file of [`${chart}.csv`, `${chart}.svg`, "oembed.json"]) {
        const response = await request.get(base + file);
        expect(response.status(), base + file).toBe(200);
        const stored = fs.readFileSync(`published${base}${file}`, "utf8").split("{{SITE_URL}}").join(site);
        expect(await response.text(), base + file).toBe(stored);
      }
      expect((await request.get(`${base}${chart}.png`)).status()).toBe(200);
      if (fs.existsSync(`published${base}step/1/index.html`)) expect((await request.get(`${base}step/1/`)).status()).toBe(200);
    }
});

test("the code copied from the gallery points at the current version, which answers 200 with that version", async ({ page, request }) => {
  await page.goto("/en/charts/");
  for (const chart of published.charts) {
    const code = await page.locator(`textarea[data-embed-code="${chart}"]`).inputValue();
    const src = /<iframe src="([^"]+)"/.exec(code)![1]!;
    expect(new URL(src).pathname).toBe(`/en/embed/${chart}/v${current(chart)}/`);
    const response = await request.get(new URL(src).pathname);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(`data-embed-version="${current(chart)}"`);
    await expect(page.locator(`#versions-${chart} li[data-version="${current(chart)}"] a`).first()).toHaveAttribute(
      "href",
      `/en/embed/${chart}/v${current(chart)}/`,
    );
  }
});
