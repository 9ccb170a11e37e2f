// The virtualization-loss chart: on the chapter, four scrollytelling steps that are states of one plot
// (without JavaScript the final state and the listed steps; scrolling animates the same marks; reduced
// motion jumps); tooltips that snap, stay on a tap and say what kind of figure a row is; arrow keys; and
// in the gallery the fleet calculator, whose sliders redraw the same plot; 320 px and axe.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { axeLightAndDark, recordTransitions, scrollToStep as scrollToStepOf, watchErrors } from "./helpers";

const PAGE = "/en/virtualization-tax/";
const GALLERY = "/en/charts/";
const scrolly = (page: Page) => page.locator('[data-scrolly="virtualization-loss"]');
const figure = (page: Page) => scrolly(page).locator("figure[data-chart]");
const plot = (page: Page) => figure(page).locator("svg[data-frame]:visible");
const calculator = (page: Page) => page.locator('[data-gallery-entry="virtualization-loss"] figure[data-chart="virtualization-loss"]');
const calcPlot = (page: Page) => calculator(page).locator("svg[data-frame]:visible");
const shownCores = (svg: Locator, kind: string) => svg.locator(`[data-k^="core-"].chart-vl-core-${kind}:not([data-off])`);
/** How many of the fleet's squares are drawn free or held back (each column's path says how many of its ten). */
const squares = (svg: Locator, kind: "free" | "lost") =>
  svg.locator(`[data-k^="sq-${kind}-"]:not([data-off])`).evaluateAll((els) => els.reduce((n, el) => n + Number(el.getAttribute("data-n")), 0));

const scrollToStep = (page: Page, k: number) => scrollToStepOf(page, "virtualization-loss", k);

test("without JavaScript: one figure in its final state (the overhead strip), its table, and the steps listed after it", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(figure(page)).toHaveCount(1);
  await expect(figure(page)).toHaveAttribute("data-state", "3");
  await expect(plot(page)).toHaveCount(1);
  // The strip's rows are drawn; the server and the fleet of the earlier steps are off.
  expect(await plot(page).locator('[data-k^="row-"][data-point]:not([data-off])').count()).toBe(7);
  await expect(plot(page).locator('[data-k="core-0"]')).toHaveAttribute("data-off", "");
  await expect(plot(page).locator('[data-k="card"]')).toHaveAttribute("data-off", "");
  await expect(figure(page).locator("[data-chart-title]")).toContainText("Alibaba’s zero is a claim");
  // Sources, notes and the table follow the section, after the steps.
  const details = scrolly(page).locator(".scrolly-details");
  const rows = details.locator("details table tbody tr");
  await expect(rows).toHaveCount(14);
  await expect(details.locator("details table")).toContainText("37,500 servers’ worth");
  const steps = scrolly(page).locator("ol.scrolly-steps > li");
  await expect(steps).toHaveCount(4);
  const box = (await figure(page).boundingBox())!;
  expect((await steps.first().boundingBox())!.y).toBeGreaterThan(box.y + box.height - 1);
  await context.close();
});

test("scrolling from step to step animates the marks of the one plot, which stays in the DOM", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(PAGE);
  await scrolly(page).scrollIntoViewIfNeeded();
  await expect(scrolly(page)).toHaveAttribute("data-pinned", "");
  await scrollToStep(page, 0);
  await expect.poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === "running").length)).toBe(0);
  const svg = await plot(page).elementHandle();
  await expect(shownCores(plot(page), "lost")).toHaveCount(12);
  await expect(plot(page).locator('[data-k="share-big"]')).toHaveText("37.5%");

  // Step 1: the reserved cores turn to the customers' colour in place, and the card slides in.
  const core = await plot(page).locator('[data-k="core-31"]').elementHandle();
  const x0 = await core!.getAttribute("x");
  // Transitions are recorded as they start (transitionrun), so a busy machine that ends them early still counts.
  let runs = await recordTransitions(plot(page));
  await scrollToStep(page, 1);
  await expect.poll(runs).toEqual(expect.arrayContaining(["core-31:fill", "card:opacity", "card:transform"]));
  await expect(shownCores(plot(page), "returned")).toHaveCount(12);
  expect(await core!.getAttribute("x")).toBe(x0);
  await expect(plot(page).locator('[data-k="card"]')).not.toHaveAttribute("data-off", /.*/);
  await expect(figure(page).locator("[data-chart-title]")).toContainText("X-Dragon");

  // Step 2: the same cores shrink into the smaller server, and the fleet's squares come in column by column.
  runs = await recordTransitions(plot(page));
  await scrollToStep(page, 2);
  await expect.poll(runs).toEqual(expect.arrayContaining(["core-31:x", "core-31:width"]));
  expect(await core!.getAttribute("x")).not.toBe(x0);
  const delays = await plot(page)
    .locator('[data-k="sq-free-0"], [data-k="sq-lost-9"]')
    .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).transitionDelay)));
  expect(delays[1]!).toBeGreaterThan(delays[0]!);
  await expect.poll(() => squares(plot(page), "lost")).toBe(37.5);
  await expect(plot(page).locator('[data-k="worth-big"]')).toHaveText("37,500");

  // Step 3: the strip comes in; the server and the fleet fade out in place.
  await scrollToStep(page, 3);
  await expect(plot(page).locator('[data-k="row-paravirt"]')).not.toHaveAttribute("data-off", /.*/);
  await expect(plot(page).locator('[data-k="core-31"]')).toHaveAttribute("data-off", "");
  expect(await page.evaluate(([a, b]) => a === b && a!.isConnected, [svg, await plot(page).elementHandle()])).toBe(true);
  expect(errors).toEqual([]);
});

test("with reduced motion the chart still follows the steps, but jumps", async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(PAGE);
  await scrolly(page).scrollIntoViewIfNeeded();
  await scrollToStep(page, 1);
  await scrollToStep(page, 2);
  await expect(plot(page).locator('[data-k="sq-lost-9"]')).not.toHaveAttribute("data-off", /.*/);
  await expect.poll(() => plot(page).evaluate((svg) => svg.getAnimations({ subtree: true }).filter((a) => a.playState === "running").length)).toBe(0);
  await context.close();
});

test("the pointer finds the cores, the card and each era, and the tooltip says what kind of figure it is", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(PAGE);
  await scrolly(page).scrollIntoViewIfNeeded();
  await scrollToStep(page, 0);
  const tooltip = figure(page).locator('[role="tooltip"]');
  // The cores are inspected as a group, through the region over them.
  await plot(page).locator('[data-k="hit-server-lost"]').hover();
  await expect(tooltip).toContainText("Cores kept for virtualization");
  await expect(tooltip).toContainText("12 cores (37.5%)");
  await expect(tooltip).toContainText("not a measured slowdown");
  await expect(plot(page).locator('[data-k="hit-server-lost"]')).toHaveAttribute("data-active", "");

  await scrollToStep(page, 1);
  await page.mouse.move(0, 0);
  await plot(page).locator('[data-k="card-body"]').hover();
  await expect(tooltip).toContainText("X-Dragon card, 2017");
  await expect(tooltip).toContainText("no independent benchmark");

  await scrollToStep(page, 3);
  // Sweeping down the scale's first fifth, from era to era, shows one after another.
  const zero = (await plot(page).locator('[data-k="grid-0"]').boundingBox())!;
  const marks = plot(page).locator('[data-k^="row-"][data-point]');
  const seen = new Set<string>();
  for (const b of await marks.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => r.top + r.height / 2))) {
    await page.mouse.move(zero.x + 12, b);
    await expect(tooltip).toBeVisible();
    seen.add((await tooltip.textContent()) ?? "");
  }
  expect(seen.size).toBeGreaterThan(4);
  const paravirt = plot(page).locator('[data-k="row-paravirt"]');
  await paravirt.hover();
  await expect(tooltip).toContainText("10–50%");
  // The kind and the note come from the row itself.
  const kind = (await paravirt.getAttribute("data-kind"))!;
  await expect(tooltip).toContainText(kind === "measurement" ? "measured" : "expected");
  await expect(plot(page).locator('[data-k="row-cipu-claim"]')).toHaveAttribute("data-confidence", "low");
});

test("arrow keys step through the marks of the state shown and announce them", async ({ page }) => {
  await page.goto(PAGE);
  await scrolly(page).scrollIntoViewIfNeeded();
  await scrollToStep(page, 1);
  await figure(page).locator("[data-chart-plot]").focus();
  const live = figure(page).locator("[data-chart-live]");
  await page.keyboard.press("ArrowRight");
  await expect(live).toHaveText(/^2016: Cores for customers, 20 cores/);
  await page.keyboard.press("ArrowRight");
  await expect(live).toHaveText("2016: Cores returned to customers, 12 cores");
  await page.keyboard.press("End");
  await expect(live).toHaveText(/^2017: X-Dragon card, overhead “near zero”/);
  await expect(figure(page).locator('[role="tooltip"]')).toContainText("no independent benchmark");
  await page.keyboard.press("Escape");
  await expect(figure(page).locator('[role="tooltip"]')).toBeHidden();
});

// In the calculator, where nothing lies over the plot. (On this branch the pinned scrollytelling's list of
// step cards still spans the figure on a phone and takes its taps; the shared layout on main lets them
// through, after which this can tap the chapter's plot too.)
test("a tap on a phone keeps the tooltip open after the finger lifts", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(GALLERY);
  await calculator(page).scrollIntoViewIfNeeded();
  await expect(calcPlot(page)).toHaveAttribute("data-frame", "narrow");
  await calcPlot(page).locator('[data-k="hit-fleet-lost"]').tap();
  const tooltip = calculator(page).locator('[role="tooltip"]');
  await expect(tooltip).toContainText("Held back across the fleet");
  await expect(tooltip).toContainText("37,500 servers’ worth");
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(tooltip).toBeVisible();
  await page.locator("h1").tap();
  await expect(tooltip).toBeHidden();
  await context.close();
});

test("the fleet calculator's sliders redraw the same plot: cores recolour, squares fill, the sum follows", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(GALLERY);
  const fig = calculator(page);
  await fig.scrollIntoViewIfNeeded();
  const result = fig.locator("[data-fleet-result]");
  await expect(result).toHaveAttribute("aria-live", "polite");
  await expect(result).toContainText("37,500 servers’ worth");
  // The sliders sit above the plot.
  expect((await fig.locator("form").boundingBox())!.y).toBeLessThan((await calcPlot(page).boundingBox())!.y);
  const svg = await calcPlot(page).elementHandle();
  const core = await calcPlot(page).locator('[data-k="core-19"]').elementHandle();
  await expect(shownCores(calcPlot(page), "lost")).toHaveCount(12);

  // Arrow keys move the slider; the plot's point-by-point navigation does not take them.
  const reserved = fig.getByRole("slider", { name: "Cores held back for virtualization" });
  await reserved.focus();
  const runs = await recordTransitions(calcPlot(page));
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(reserved).toHaveValue("14");
  await expect(shownCores(calcPlot(page), "lost")).toHaveCount(14);
  await expect(shownCores(calcPlot(page), "free")).toHaveCount(18);
  // The same element changed colour, with a transition.
  expect(await core!.evaluate((el) => el.getAttribute("class"))).toContain("core-lost");
  await expect.poll(runs).toContain("core-19:fill");
  await expect(result).toContainText("(43.8%) = 43,750 servers’ worth");
  await expect(calcPlot(page).locator('[data-k="worth-big"]')).toHaveText("43,750");

  const fleet = fig.getByRole("slider", { name: "Servers in the fleet" });
  await fleet.fill("500000");
  await expect(fleet).toHaveAttribute("aria-valuetext", "500,000 servers");
  await expect(result).toContainText("218,750 servers’ worth");
  await expect(calcPlot(page).locator('[data-k="square-key"]')).toHaveText("Each square: 5,000 servers");

  // Fewer cores per server: the reserve cannot exceed the server, so it clamps to every core.
  const cores = fig.getByRole("slider", { name: "Cores per server" });
  await cores.fill("8");
  await expect(reserved).toHaveValue("8");
  await expect(shownCores(calcPlot(page), "lost")).toHaveCount(8);
  await expect(shownCores(calcPlot(page), "free")).toHaveCount(0);
  await expect.poll(() => squares(calcPlot(page), "free")).toBe(0);
  await cores.fill("64");
  await expect(shownCores(calcPlot(page), "free")).toHaveCount(56);
  // Still the plot the server drew: patched, never replaced.
  expect(await page.evaluate(([a, b]) => a === b && a!.isConnected, [svg, await calcPlot(page).elementHandle()])).toBe(true);
  expect(await page.evaluate((el) => el!.isConnected, core)).toBe(true);
  await calcPlot(page)
    .locator('[data-k="hit-server-free"]')
    .hover({ position: { x: 4, y: 4 } });
  await expect(fig.locator('[role="tooltip"]')).toContainText("Set with the sliders");
  expect(errors).toEqual([]);
});

test("without JavaScript the calculator shows the article's example as SVG and as a sentence, without sliders", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(GALLERY);
  const fig = calculator(page);
  await expect(fig.locator("[data-fleet-result]")).toContainText("37,500 servers’ worth");
  await expect(shownCores(calcPlot(page), "lost")).toHaveCount(12);
  await expect(fig.locator('input[type="range"]').first()).toBeHidden();
  await context.close();
});

test("at 320 px nothing overflows, the narrow frame is drawn and the sliders still work", async ({ browser }) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  for (const path of [PAGE, "/zh-hans/virtualization-tax/"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    await expect(plot(page)).toHaveAttribute("data-frame", "narrow");
    expect((await plot(page).boundingBox())!.width).toBeLessThanOrEqual(320);
  }
  await page.goto(GALLERY);
  const fig = calculator(page);
  await fig.scrollIntoViewIfNeeded();
  await expect(calcPlot(page)).toHaveAttribute("data-frame", "narrow");
  await fig.getByRole("slider", { name: "Servers in the fleet" }).fill("200000");
  await expect(fig.locator("[data-fleet-result]")).toContainText("75,000 servers’ worth");
  await expect(calcPlot(page).locator('[data-k="worth-big"]')).toHaveText("75,000");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

test("axe finds no violation in the chart in light and dark mode, at the card and at the strip", async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of [PAGE, "/zh-hans/virtualization-tax/"]) {
    await page.goto(path);
    await scrolly(page).scrollIntoViewIfNeeded();
    for (const step of [1, 3]) {
      await scrollToStep(page, step);
      await expect.poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === "running").length)).toBe(0);
      // In full in light, the colour rules in dark, on the same state.
      const include = '[data-scrolly="virtualization-loss"] figure';
      expect(await axeLightAndDark(page, { include, label: `${path} step ${step}: ` })).toEqual([]);
    }
  }
});

test("axe finds no violation in the calculator in light and dark mode", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(GALLERY);
  await calculator(page).scrollIntoViewIfNeeded();
  const include = '[data-gallery-entry="virtualization-loss"] figure';
  expect(await axeLightAndDark(page, { include, label: "calculator: " })).toEqual([]);
});
