// Browser tests for the three small charts on the pages that place them: cloud-investment and cloud-revenue
// in the prologue, cloud-footprint in the AI chapter. Each is one figure on the chart kernel, laid out per
// frame (svg[data-frame]): the wide frame on a desktop column, the narrow one on a phone, the slide frame
// in the deck, each with text that stays readable there.
import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import { csvParse } from "d3-dsv";
import { LOCALES } from "./helpers";

const CHARTS = [
  { id: "cloud-investment", chapter: "prologue", largest: "bar-forecast" },
  { id: "cloud-revenue", chapter: "prologue", largest: "fy-2022" },
  { id: "cloud-footprint", chapter: "ai-wall", largest: "zones-2024" },
] as const;

const figureOf = (page: Page, id: string) => page.locator(`figure[data-chart="${id}"]`);
const plotOf = (page: Page, id: string) => figureOf(page, id).locator("svg[data-frame]:visible");

/** The smallest text in a plot as drawn on screen, in CSS px: font size times the SVG's scale. */
const smallestText = (page: Page, id: string) =>
  plotOf(page, id).evaluate((svg) => {
    const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
    return Math.min(...Array.from(svg.querySelectorAll("text:not([data-off])")).map((t) => Number(t.getAttribute("font-size")) * scale));
  });

for (const { id, chapter, largest } of CHARTS) {
  test(`${id}: without JavaScript one plot per frame, the data table, and every number filled in, in every language`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const locale of LOCALES) {
      await page.goto(`/${locale}/${chapter}/`);
      const figure = figureOf(page, id);
      await expect(figure).toHaveCount(1);
      // A page column draws the wide and the narrow frame; CSS shows the one that fits.
      await expect(figure.locator("svg[data-frame]")).toHaveCount(2);
      await expect(plotOf(page, id)).toHaveCount(1);
      await expect(plotOf(page, id)).toHaveAttribute("data-frame", "wide");
      await expect(plotOf(page, id)).toHaveAttribute("role", "img");
      expect(await plotOf(page, id).locator("[data-point]").count()).toBeGreaterThan(3);
      // The table lists exactly the marks a reader can inspect.
      expect(await figure.locator("details table tbody tr").count()).toBe(await plotOf(page, id).locator("[data-point]").count());
      // Numbers are filled in from the data, never left as placeholders.
      expect(await figure.textContent()).not.toMatch(/\{\w+\}/);
    }
    await context.close();
  });

  test(`${id}: hovering a mark shows a tooltip with its value and source`, async ({ page }) => {
    await page.goto(`/en/${chapter}/`);
    const figure = figureOf(page, id);
    await figure.scrollIntoViewIfNeeded();
    const mark = plotOf(page, id).locator(`[data-k="${largest}"]`);
    await mark.hover();
    const tooltip = figure.locator('[role="tooltip"]');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(/\d/);
    const source = await mark.getAttribute("data-tip-source");
    expect(source).toBeTruthy();
    await expect(tooltip).toContainText(source!);
    await expect(mark).toHaveAttribute("data-active", "");
  });

  // Axe: the chart as the chapter first shows it is scanned with its page, in light and dark, by the sweep in
  // site.spec.ts (every page of the sitemap), so it is not scanned again here.

  test(`${id}: on a 390 px phone the narrow frame shows, nothing overflows and no text is under 11 px`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const locale of LOCALES) {
      await page.goto(`/${locale}/${chapter}/`);
      const figure = figureOf(page, id);
      await expect(figure.locator('svg[data-frame="narrow"]')).toBeVisible();
      await expect(figure.locator('svg[data-frame="wide"]')).toBeHidden();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, locale).toBeLessThanOrEqual(0);
      const box = await figure.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      expect(await smallestText(page, id), locale).toBeGreaterThanOrEqual(11);
    }
    await context.close();
  });

  test(`${id}: at 320 px the narrow frame still fits`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`/zh-hans/${chapter}/`);
    await expect(figureOf(page, id).locator('svg[data-frame="narrow"]')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  test(`${id}: on a 1920×1080 slide the chart draws its slide frame, with no text under 22 px`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(`/en/present/${chapter}/`);
    await expect(page.locator(".deck[data-presenting][data-deck-ready]")).toBeVisible();
    const i = Number(await page.locator(`.deck-item:has([data-chart-slide="${id}"])`).first().getAttribute("data-slide"));
    await page.goto(`/en/present/${chapter}/#/${i + 1}/0`);
    const slide = page.locator(".deck-item[data-current]");
    await expect(slide).toHaveAttribute("data-slide", String(i));
    const plot = slide.locator(`figure[data-chart="${id}"] svg[data-frame="slide"]`);
    await expect(plot).toBeVisible();
    const smallest = await plot.evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return Math.min(...Array.from(svg.querySelectorAll("text")).map((t) => Number(t.getAttribute("font-size")) * scale));
    });
    expect(smallest).toBeGreaterThanOrEqual(22);
    await context.close();
  });
}

test("cloud-investment: the Apollo rows carry the forecast's ratio; the estimates the article's ratio rests on are hollow", async ({ page }) => {
  await page.goto("/en/prologue/");
  const plot = plotOf(page, "cloud-investment");
  await expect(plot.locator('[data-k="bar-apollo-article-implied"]')).toHaveAttribute("data-confidence", "low");
  await expect(plot.locator('[data-k="bar-apollo-article-implied"]')).toHaveAttribute("data-tip-note", /\w/);
  await expect(plot.locator('[data-k="ratio-apollo-article-implied"]')).toHaveText("1.5×");
  await expect(plot.locator('[data-k="bar-apollo-apollo-2019"]')).toHaveAttribute("data-tip-value", /×/);
  expect(await plot.locator('[data-k^="wider-"][data-point]').count()).toBeGreaterThan(0);
});

/** The bars the data marks low confidence, keyed as cloud-revenue draws them (fy-2021, q-2024q3): none is fine. */
function lowRevenueBars(): string[] {
  const rows = (id: string) => csvParse(fs.readFileSync(`content/data/series/${id}.csv`, "utf8")).filter((r) => r.value !== "" && r.confidence === "low");
  return [...rows("alibaba-cloud-revenue-fy").map((r) => `fy-${r.year}`), ...rows("alibaba-cloud-revenue-quarterly").map((r) => `q-${r.key}`)];
}

test("cloud-revenue draws hollow exactly the bars the data marks low confidence, outlines FY2022 before elimination, and keeps the missing quarter as an empty slot", async ({
  page,
}) => {
  await page.goto("/en/prologue/");
  const plot = plotOf(page, "cloud-revenue");
  const bars = await plot
    .locator("[data-point].chart-mark")
    .evaluateAll((els) =>
      els.map((el) => ({ key: el.getAttribute("data-k")!, low: el.getAttribute("data-confidence") === "low", hollow: getComputedStyle(el).fill === "none" })),
    );
  expect(bars.length).toBeGreaterThan(10);
  const low = lowRevenueBars();
  expect(bars.filter((b) => b.low).map((b) => b.key)).toEqual(low);
  expect(bars.filter((b) => b.hollow).map((b) => b.key)).toEqual(low);
  // The notes speak of hollow bars only when some are drawn.
  const notes = (await figureOf(page, "cloud-revenue").textContent()) ?? "";
  expect(/hollow bar/i.test(notes)).toBe(low.length > 0);
  await expect(plot.locator('[data-k="ghost-2022"]')).toHaveAttribute("data-tip-value", /¥\d/);
  const missing = plot.locator("[data-point][data-missing]");
  await expect(missing).toHaveCount(1);
  await expect(missing).toHaveAttribute("data-tip-value", /\d+%/);
});

test("cloud-footprint sets the article's count beside the record as a low-confidence mark", async ({ page }) => {
  await page.goto("/en/ai-wall/");
  const claim = plotOf(page, "cloud-footprint").locator('[data-claim="article"]');
  await expect(claim).toHaveCount(1);
  await expect(claim).toHaveAttribute("data-k", "regions-2024-article");
  await expect(claim).toHaveAttribute("data-confidence", "low");
  await expect(claim).toHaveAttribute("data-tip-note", /\w/);
});
