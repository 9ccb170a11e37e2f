// The Double 11 chart on the chapter that places it (five scrollytelling steps, one plot whose steps are
// states): without JavaScript the final state and the listed steps; scrolling animates the same marks;
// reduced motion jumps; tooltips that snap and stay on a tap; the log/linear toggle; 320 px and axe.
import { expect, test, type Page } from "@playwright/test";
import { axeLightAndDark, recordTransitions, scrollToStep as scrollToStepOf, watchErrors } from "./helpers";

const PAGE = "/en/to-the-cloud/";
const scrolly = (page: Page) => page.locator('[data-scrolly="double11-traffic"]');
const figure = (page: Page) => scrolly(page).locator("figure[data-chart]");
const plot = (page: Page) => figure(page).locator("svg[data-frame]:visible");

const scrollToStep = (page: Page, k: number) => scrollToStepOf(page, "double11-traffic", k);

test("without JavaScript: one figure in its final state, a table of every year, and the steps listed after it", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(figure(page)).toHaveCount(1);
  await expect(figure(page)).toHaveAttribute("data-state", "4");
  await expect(plot(page)).toHaveCount(1);
  expect(await plot(page).locator("rect[data-point]:not([data-off])").count()).toBeGreaterThan(10);
  // The final step's own marks are drawn; other steps' are off.
  await expect(plot(page).locator('[data-k="callout-4"]')).not.toHaveAttribute("data-off", /.*/);
  await expect(plot(page).locator('[data-k="callout-1"]')).toHaveAttribute("data-off", "");
  // Sources, notes and the table follow the section, after the steps.
  const details = scrolly(page).locator(".scrolly-details");
  const rows = details.locator("details table tbody tr");
  await expect(rows).toHaveCount(14);
  await expect(rows.last()).toContainText("Not disclosed");
  await expect(details.locator("details table")).toContainText("1–11 November, not one day");
  // The steps follow the figure as a numbered list, in reading order.
  const steps = scrolly(page).locator("ol.scrolly-steps > li");
  await expect(steps).toHaveCount(5);
  const figureBottom = (await figure(page).boundingBox())!.y + (await figure(page).boundingBox())!.height;
  expect((await steps.first().boundingBox())!.y).toBeGreaterThan(figureBottom - 1);
  // The toggle needs JavaScript, so it stays out of the way.
  await expect(figure(page).locator('[data-control="scale"]')).toBeHidden();
  await context.close();
});

test("scrolling from step to step animates the marks of the one plot, which stays in the DOM", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(PAGE);
  await scrolly(page).scrollIntoViewIfNeeded();
  await expect(scrolly(page)).toHaveAttribute("data-pinned", "");
  await scrollToStep(page, 0);
  // Hold on to elements across the next changes, and record the transitions that start in the figure.
  const svg = await plot(page).elementHandle();
  const inset = plot(page).locator('[data-k="inset"]');
  const insetHandle = await inset.elementHandle();
  await expect(inset).toHaveAttribute("data-off", "");
  const transitions = await recordTransitions(figure(page));
  await scrollToStep(page, 1);
  // The magnifier unfolds out of the 2010 bar: the same element, transitioning its transform and opacity.
  await expect.poll(transitions).toEqual(expect.arrayContaining(["inset:transform", "inset:opacity"]));
  await expect(inset).not.toHaveAttribute("data-off", /.*/);
  expect(await page.evaluate(([a, b]) => a === b && a!.isConnected, [insetHandle, await inset.elementHandle()])).toBe(true);
  // Step 4: the focus band slides to 2019–20, the panels' headings change emphasis, the peak labels come in.
  const band = plot(page).locator('[data-k="focus"]');
  const x1 = Number(await band.getAttribute("x"));
  await scrollToStep(page, 4);
  await expect.poll(transitions).toEqual(expect.arrayContaining(["focus:x", "head-orders:fill"]));
  expect(Number(await band.getAttribute("x"))).toBeGreaterThan(x1);
  await expect(plot(page).locator('[data-k="value-peak-2020"]')).not.toHaveAttribute("data-off", /.*/);
  await expect(figure(page).locator("[data-chart-title]")).toContainText("-fold in 11 years");
  // Still the same plot: nothing was replaced.
  expect(await page.evaluate(([a, b]) => a === b && a!.isConnected, [svg, await plot(page).elementHandle()])).toBe(true);
  expect(errors).toEqual([]);
});

test("with reduced motion the chart still follows the steps, but jumps", async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(PAGE);
  await scrolly(page).scrollIntoViewIfNeeded();
  await scrollToStep(page, 0);
  await scrollToStep(page, 1);
  const inset = plot(page).locator('[data-k="inset"]');
  await expect(inset).not.toHaveAttribute("data-off", /.*/);
  // The change has no duration to speak of: every transition it started lasts 1 ms.
  expect(
    await inset.evaluate((el) =>
      getComputedStyle(el)
        .transitionDuration.split(",")
        .every((d) => parseFloat(d) <= 0.001),
    ),
  ).toBe(true);
  await context.close();
});

test("the pointer snaps to the nearest value as it sweeps across the plot", async ({ page }) => {
  await page.goto(PAGE);
  await scrolly(page).scrollIntoViewIfNeeded();
  await scrollToStep(page, 0);
  const box = (await plot(page).boundingBox())!;
  const tooltip = figure(page).locator('[role="tooltip"]');
  const seen = new Set<string>();
  for (let i = 1; i < 12; i++) {
    await page.mouse.move(box.x + (box.width * i) / 12, box.y + box.height * 0.45);
    await expect(tooltip).toBeVisible();
    seen.add((await tooltip.textContent()) ?? "");
  }
  expect(seen.size).toBeGreaterThan(5);
  // Over a bar: its value and sources.
  await plot(page).locator('[data-k="gmv-2016"]').hover();
  await expect(tooltip).toContainText("¥120.7bn");
  await expect(plot(page).locator('[data-k="gmv-2016"]')).toHaveAttribute("data-active", "");
  await plot(page).locator('[data-k="gap-2022"]').hover();
  await expect(tooltip).toContainText("Not disclosed");
  await expect(plot(page).locator('[data-k="claim-2010"]')).toHaveAttribute("data-confidence", "low");
});

test("a tap on a phone keeps the tooltip open after the finger lifts", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(PAGE);
  await scrolly(page).scrollIntoViewIfNeeded();
  await scrollToStep(page, 0);
  const bar = plot(page).locator('[data-k="gmv-2019"]');
  await bar.tap();
  const tooltip = figure(page).locator('[role="tooltip"]');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText("2019");
  // The tap's pointerup and pointerleave have been dispatched by now: it stays open after the finger lifts.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(tooltip).toBeVisible();
  await page.locator("h1").tap();
  await expect(tooltip).toBeHidden();
  await context.close();
});

test("the log toggle moves the same bars and labels the axis", async ({ page }) => {
  await page.goto(PAGE);
  await scrolly(page).scrollIntoViewIfNeeded();
  await scrollToStep(page, 0);
  const bar = plot(page).locator('[data-k="gmv-2015"]');
  const handle = await bar.elementHandle();
  const linear = Number(await bar.getAttribute("height"));
  await expect(plot(page).locator("[data-log-label]:not([data-off])")).toHaveCount(0);
  await figure(page).locator('[data-control="scale"] label', { hasText: "Log" }).click();
  await expect(figure(page)).toHaveAttribute("data-state", "0|scale=log");
  expect(Number(await bar.getAttribute("height"))).not.toBeCloseTo(linear, 0);
  expect(await page.evaluate(([a, b]) => a === b, [handle, await bar.elementHandle()])).toBe(true);
  await expect(plot(page).locator("[data-log-label]:not([data-off])").first()).toHaveText("log scale");
  await figure(page).locator('[data-control="scale"] label', { hasText: "Linear" }).click();
  await expect.poll(async () => Number(await bar.getAttribute("height"))).toBeCloseTo(linear, 1);
});

test("at 320 px the page does not overflow and the chart draws its narrow frame with readable text", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto(PAGE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(plot(page)).toHaveAttribute("data-frame", "narrow");
  expect((await plot(page).boundingBox())!.width).toBeLessThanOrEqual(320);
  await context.close();
});

test("axe finds no violation in the chart in light and dark mode, on both scales", async ({ page }) => {
  // Four scans of a large figure: allow for a busy machine.
  test.setTimeout(90_000);
  await page.goto(PAGE);
  await scrolly(page).scrollIntoViewIfNeeded();
  await scrollToStep(page, 1);
  // In full in light, the colour rules in dark, on the same state.
  expect(await axeLightAndDark(page, { include: '[data-scrolly="double11-traffic"]', label: "linear " })).toEqual([]);
  await figure(page).locator('[data-control="scale"] label', { hasText: "Log" }).click();
  expect(await axeLightAndDark(page, { include: 'figure[data-chart="double11-traffic"]', label: "log " })).toEqual([]);
});
