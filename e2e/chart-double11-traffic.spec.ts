// The Double 11 chart on the chapter that places it (five scrollytelling steps): SVG and table without
// JavaScript, tooltips with numbers, the log/linear toggle, step 4's peaks, 320 px and axe.
import { expect, test, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { watchErrors } from "./helpers";

const PAGE = "/en/to-the-cloud/";
const figures = (page: Page) => page.locator('figure[data-chart="double11-traffic"]');
const stepFigure = (page: Page, step: number) => page.locator(`figure[data-chart="double11-traffic"][data-step="${step}"]`);

/** Reduced motion keeps the scrollytelling static, so every step's figure is on the page in reading order. */
async function staticPage(browser: Browser, options: Parameters<Browser["newContext"]>[0] = {}) {
  const context = await browser.newContext({ reducedMotion: "reduce", ...options });
  const page = await context.newPage();
  return { context, page };
}

test("without JavaScript every step shows its SVG and a table with every year", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(figures(page)).toHaveCount(5);
  for (let step = 0; step < 5; step++) {
    const fig = stepFigure(page, step);
    const svg = fig.locator("svg:visible");
    await expect(svg).toHaveCount(1);
    await expect(svg).toHaveAttribute("data-scale", "linear");
    expect(await svg.locator("rect[data-point]").count()).toBeGreaterThan(10);
    const rows = fig.locator("details table tbody tr");
    await expect(rows).toHaveCount(14);
  }
  // The undisclosed year reads as such, never as a zero.
  const table = stepFigure(page, 0).locator("details table");
  await expect(table.locator("tbody tr").last()).toContainText("Not disclosed");
  await expect(table).toContainText("1–11 November, not one day");
  // The toggle needs JavaScript, so it stays out of the way.
  await expect(stepFigure(page, 0).locator('[data-control="scale"]')).toBeHidden();
  await context.close();
});

test("hovering a bar shows a tooltip with its value and source", async ({ browser }) => {
  const { context, page } = await staticPage(browser);
  const errors = watchErrors(page);
  await page.goto(PAGE);
  const fig = stepFigure(page, 0);
  await fig.scrollIntoViewIfNeeded();
  await fig.locator('svg:visible rect[data-point][data-year="2016"][data-kind="day"]').hover();
  const tooltip = fig.locator('[role="tooltip"]');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(/\d/);
  await expect(tooltip).toContainText("¥120.7bn");
  // The undisclosed year explains itself.
  await fig.locator('svg:visible rect[data-point][data-year="2022"][data-kind="gap"]').hover();
  await expect(tooltip).toContainText("Not disclosed");
  // The article's 2010 claim is marked as low confidence.
  await expect(fig.locator('svg:visible rect[data-kind="claim"]')).toHaveAttribute("data-confidence", "low");
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
  await context.close();
});

test("the log toggle changes the bar heights and labels the axis", async ({ browser }) => {
  const { context, page } = await staticPage(browser);
  await page.goto(PAGE);
  const fig = stepFigure(page, 0);
  await fig.scrollIntoViewIfNeeded();
  const bar = () => fig.locator('svg:visible rect[data-point][data-year="2015"][data-kind="day"]');
  const linear = await bar().getAttribute("height");
  await expect(fig.locator("svg:visible [data-log-label]")).toHaveCount(0);

  await fig.locator('[data-control="scale"] label', { hasText: "Log" }).click();
  await expect(fig).toHaveAttribute("data-scale", "log");
  await expect(fig.locator("svg:visible")).toHaveAttribute("data-scale", "log");
  const log = await bar().getAttribute("height");
  expect(Number(log)).not.toBeCloseTo(Number(linear), 0);
  await expect(fig.locator("svg:visible [data-log-label]").first()).toHaveText("log scale");

  await fig.locator('[data-control="scale"] label', { hasText: "Linear" }).click();
  expect(await bar().getAttribute("height")).toBe(linear);
  await context.close();
});

test("step 4 differs from step 0: the peak-orders panel, its labels and its title", async ({ browser }) => {
  const { context, page } = await staticPage(browser);
  await page.goto(PAGE);
  const first = stepFigure(page, 0);
  const last = stepFigure(page, 4);
  await expect(last.locator("svg:visible")).toHaveAttribute("data-focus", "orders");
  await expect(first.locator("svg:visible")).toHaveAttribute("data-focus", "gmv");
  await expect(last.locator("svg:visible [data-callout]")).toContainText("583,000");
  await expect(last.locator("svg:visible")).toContainText("544,000");
  await expect(first.locator("svg:visible")).not.toContainText("544,000");
  await expect(last.locator("p").first()).toContainText("-fold in 11 years");
  expect(await last.locator("p").first().textContent()).not.toBe(await first.locator("p").first().textContent());
  await context.close();
});

test("at 320 px the page does not overflow and the chart draws its narrow version", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(PAGE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(stepFigure(page, 0).locator("svg:visible")).toHaveClass(/chart-narrow/);
  const box = await stepFigure(page, 0).locator("svg:visible").boundingBox();
  expect(box!.width).toBeLessThanOrEqual(320);
  await context.close();
});

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds no violation on the chapter in ${scheme} mode, on both scales`, async ({ browser }) => {
    // Two full-page scans of a long chapter: allow for a busy machine.
    test.setTimeout(90_000);
    const context = await browser.newContext({ colorScheme: scheme, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(PAGE);
    const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    let results = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
    await stepFigure(page, 0).locator('[data-control="scale"] label', { hasText: "Log" }).click();
    results = await new AxeBuilder({ page }).include('figure[data-chart="double11-traffic"]').withTags(tags).analyze();
    expect(results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
    await context.close();
  });
}
