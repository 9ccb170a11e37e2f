import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { watchErrors } from "./helpers";

// The chapter places the chart as a four-step scrollytelling sequence.
const PAGE = "/en/ai-wall/";
const FIGURE = 'figure[data-chart="compute-scale"]';

/** Pairs of visible SVG labels whose boxes overlap, measured with the browser's own fonts. */
async function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    for (const figure of document.querySelectorAll(selector)) {
      const svg = Array.from(figure.querySelectorAll("svg")).find((s) => s.getClientRects().length > 0);
      if (!svg) continue;
      const boxes = Array.from(svg.querySelectorAll("text")).map((t) => ({ text: t.textContent ?? "", r: t.getBoundingClientRect() }));
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r;
          const b = boxes[j]!.r;
          // Glyph boxes include line spacing, so allow a pixel of touch.
          if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 2 && b.top < a.bottom - 2) out.push(`${boxes[i]!.text} / ${boxes[j]!.text}`);
        }
    }
    return out;
  }, FIGURE);
}

/** Marks and labels drawn outside their SVG's frame (the SVG draws with overflow: visible). */
async function outsideFrame(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll(`${selector} svg`)) {
      if (!svg.getClientRects().length) continue;
      const frame = svg.getBoundingClientRect();
      for (const n of svg.querySelectorAll("text, [data-point], .chart-unit")) {
        const r = n.getBoundingClientRect();
        if (r.width > 0 && (r.left < frame.left - 1 || r.right > frame.right + 1)) out.push(n.textContent || n.getAttribute("data-key") || n.tagName);
      }
    }
    return out;
  }, FIGURE);
}

test("without JavaScript each step shows its SVG and the data table", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  const figures = page.locator(FIGURE);
  await expect(figures).toHaveCount(4);
  for (let i = 0; i < 4; i++) {
    const figure = figures.nth(i);
    await expect(figure).toHaveAttribute("data-step", String(i));
    await expect(figure.locator("svg:visible")).toHaveCount(1);
    expect(await figure.locator("svg:visible [data-point]").count()).toBeGreaterThan(3);
    expect(await figure.locator("details table tbody tr").count()).toBeGreaterThan(3);
  }
  // Step 3 opens on the unit view; the other cluster step on the log scale.
  await expect(figures.nth(0).locator('svg:visible[data-when="view=log"]')).toHaveCount(1);
  await expect(figures.nth(3).locator('svg:visible[data-when="view=units"]')).toHaveCount(1);
  await context.close();
});

test("hovering a mark shows a tooltip with a number and its source", async ({ browser }) => {
  // Reduced motion keeps the steps as a static sequence, so every step's figure is on screen in turn.
  const context = await browser.newContext({ reducedMotion: "reduce" });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(PAGE);
  for (const [step, nth] of [[0, 3], [1, 2], [2, 5]] as const) {
    const figure = page.locator(FIGURE).nth(step);
    await figure.scrollIntoViewIfNeeded();
    await figure.locator("svg:visible [data-point]").nth(nth).hover();
    const tooltip = figure.locator('[role="tooltip"]');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(/\d/);
    await expect(tooltip.locator("div").last()).not.toBeEmpty();
  }
  // The Tesla H100 cluster's tooltip says it is not Dojo.
  const step0 = page.locator(FIGURE).first();
  await step0.locator('svg:visible [data-key="tesla-h100-2023"]').hover();
  await expect(step0.locator('[role="tooltip"]')).toContainText("Dojo");
  expect(errors).toEqual([]);
  await context.close();
});

test("the view toggle switches between the log scale and the unit squares", async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(PAGE);
  const figure = page.locator(FIGURE).first();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator(".chart-unit:visible")).toHaveCount(0);
  await figure.locator('[data-control="view"] label', { hasText: "Squares" }).click();
  await expect(figure).toHaveAttribute("data-view", "units");
  await expect(figure.locator('svg:visible[data-when="view=units"]')).toHaveCount(1);
  expect(await figure.locator("svg:visible .chart-unit").count()).toBeGreaterThan(100);
  // Marks in the unit view are inspectable too.
  await figure.locator("svg:visible [data-point]").last().hover();
  await expect(figure.locator('[role="tooltip"]')).toContainText(/\d/);
  await figure.locator('[data-control="view"] label', { hasText: "Log scale" }).click();
  await expect(figure.locator(".chart-unit:visible")).toHaveCount(0);
  await expect(figure.locator("svg:visible circle[data-point]")).not.toHaveCount(0);
  await context.close();
});

test("arrow keys announce the clusters one by one", async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(PAGE);
  const figure = page.locator(FIGURE).first();
  // Keys work once the interaction is attached (hydrated): it makes the plot focusable.
  await expect(figure.locator("[data-chart-plot]")).toHaveAttribute("tabindex", "0");
  await figure.locator("[data-chart-plot]").focus();
  await page.keyboard.press("ArrowRight");
  const live = figure.locator("[data-chart-live]");
  await expect(live).toHaveText(/^\d{4}, .+: .*\d/);
  await context.close();
});

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds no violation in the chart in ${scheme} mode`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: scheme, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(PAGE);
    const results = await new AxeBuilder({ page })
      .include(FIGURE)
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
    await context.close();
  });
}

for (const [width, path] of [[320, PAGE], [1280, PAGE], [320, "/zh-hans/ai-wall/"], [1280, "/zh-hant/ai-wall/"]] as const) {
  test(`at ${width} px nothing overflows and no two labels overlap (${path})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const svg of await page.locator(`${FIGURE} svg:visible`).all()) {
      const box = (await svg.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
    expect(await outsideFrame(page)).toEqual([]);
    expect(await overlappingLabels(page)).toEqual([]);
    // And in the unit view.
    await page.locator(FIGURE).first().locator('[data-control="view"] label').last().click();
    await expect(page.locator(FIGURE).first()).toHaveAttribute("data-view", "units");
    expect(await overlappingLabels(page)).toEqual([]);
    expect(await outsideFrame(page)).toEqual([]);
    await context.close();
  });
}
