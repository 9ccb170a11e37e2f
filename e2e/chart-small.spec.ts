// Browser tests for the three small charts on the pages that place them: cloud-investment and cloud-revenue
// in the prologue, cloud-footprint in the AI chapter.
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { LOCALES } from "./helpers";

const CHARTS = [
  { id: "cloud-investment", chapter: "prologue" },
  { id: "cloud-revenue", chapter: "prologue" },
  { id: "cloud-footprint", chapter: "ai-wall" },
] as const;

const figureOf = (page: Page, id: string) => page.locator(`figure[data-chart="${id}"]`);

for (const { id, chapter } of CHARTS) {
  test(`${id}: without JavaScript the SVG and the data table are there in every language`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const locale of LOCALES) {
      await page.goto(`/${locale}/${chapter}/`);
      const figure = figureOf(page, id);
      await expect(figure).toHaveCount(1);
      await expect(figure.locator("svg:visible")).toHaveCount(1);
      await expect(figure.locator("svg:visible")).toHaveAttribute("role", "img");
      expect(await figure.locator("svg:visible [data-point]").count()).toBeGreaterThan(3);
      expect(await figure.locator("details table tbody tr").count()).toBeGreaterThan(3);
      // Numbers are filled in from the data, never left as placeholders.
      expect(await figure.textContent()).not.toMatch(/\{\w+\}/);
    }
    await context.close();
  });

  test(`${id}: hovering a mark shows a tooltip with a number`, async ({ page }) => {
    await page.goto(`/en/${chapter}/`);
    const figure = figureOf(page, id);
    await figure.scrollIntoViewIfNeeded();
    const marks = figure.locator("svg:visible [data-point]");
    // The largest mark is the easiest to hit (the first year's bar can be a sliver).
    const largest = await marks.evaluateAll((els) => {
      const areas = els.map((el) => {
        const r = el.getBoundingClientRect();
        return r.width * r.height;
      });
      return areas.indexOf(Math.max(...areas));
    });
    await marks.nth(largest).hover();
    const tooltip = figure.locator('[role="tooltip"]');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(/\d/);
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`${id}: axe finds no WCAG 2.2 AA violation in ${scheme} mode`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`/en/${chapter}/`);
      const results = await new AxeBuilder({ page })
        .include(`figure[data-chart="${id}"]`)
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
      await context.close();
    });
  }

  test(`${id}: at 320 px the narrow scene shows and nothing overflows`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const locale of LOCALES) {
      await page.goto(`/${locale}/${chapter}/`);
      const figure = figureOf(page, id);
      await expect(figure.locator("svg.chart-narrow")).toBeVisible();
      await expect(figure.locator("svg.chart-wide")).toBeHidden();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, locale).toBeLessThanOrEqual(0);
      const box = await figure.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    }
    await context.close();
  });
}

test("cloud-revenue draws the low-confidence years hollow and keeps the missing quarter as an empty slot", async ({ page }) => {
  await page.goto("/en/prologue/");
  const svg = figureOf(page, "cloud-revenue").locator("svg:visible");
  expect(await svg.locator('[data-point][data-confidence="low"]').count()).toBeGreaterThan(0);
  const missing = svg.locator("[data-point][data-missing]");
  await expect(missing).toHaveCount(1);
  await expect(missing).toHaveAttribute("data-tip-value", /\d+%/);
});

test("cloud-footprint sets the article's count beside the record as a low-confidence mark", async ({ page }) => {
  await page.goto("/en/ai-wall/");
  const claim = figureOf(page, "cloud-footprint").locator('svg:visible [data-claim="article"]');
  await expect(claim).toHaveCount(1);
  await expect(claim).toHaveAttribute("data-confidence", "low");
  await expect(claim).toHaveAttribute("data-tip-note", /\w/);
});
