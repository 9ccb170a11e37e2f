// The elasticity explorable on the chapter that places it: one figure, one plot per frame, the explorer's
// controls and tally before it. A change of strategy, delay or margin redraws the same elements of the
// plot, animated by the page's CSS (a drag follows the thumb; reduced motion jumps); the tally is a live
// region; arrow keys belong to the controls; without JavaScript the 2010 plan reads as SVG and a table; at
// 320 px nothing overflows. The chapter's steps are states of the same plot: their documents draw the same
// elements with each step's values.
import { expect, test, type Page } from "@playwright/test";
import { axeLightAndDark, recordTransitions, watchErrors } from "./helpers";

const PAGE = "/en/to-the-cloud/";
const figure = (page: Page) => page.locator('figure[data-chart="elasticity"]').first();
const plot = (page: Page) => figure(page).locator("svg[data-frame]:visible");
const tally = (page: Page) => figure(page).locator("[data-tally]");
const lost = (page: Page) => tally(page).locator('[data-tally-item="lost"] dd');
const mark = (page: Page, key: string) => plot(page).locator(`[data-k="${key}"]`);

async function open(page: Page) {
  await page.goto(PAGE);
  await figure(page).scrollIntoViewIfNeeded();
  // The island has hydrated once the interaction made the plot focusable and the controls respond.
  await expect(figure(page).locator("[data-chart-plot]")).toHaveAttribute("tabindex", "0");
}

test("the explorable opens on Alipay's 2010 plan: one plot, the controls and tally before it, nothing lost", async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  const fig = figure(page);
  await expect(fig.locator("svg[data-frame]")).toHaveCount(2);
  await expect(plot(page)).toHaveCount(1);
  await expect(plot(page)).toHaveAttribute("data-frame", "wide");
  // Controls, then tally, then the plot.
  const order = await fig
    .locator("[data-chart-plot]")
    .evaluate((el) => Array.from(el.children, (c) => (c.getAttribute("data-elastic-explorer") !== null ? "explorer" : c.tagName.toLowerCase())));
  expect(order.slice(0, 3)).toEqual(["explorer", "svg", "svg"]);
  await expect(fig.getByRole("radio", { name: "Alipay’s 2010 plan" })).toBeChecked();
  await expect(tally(page)).toHaveAttribute("aria-live", "polite");
  await expect(lost(page)).toHaveText("None");
  await expect(mark(page, "note-busiest")).toHaveText(/Busiest minute:\s*9\d% of capacity/);
  await expect(mark(page, "note-overrun")).toHaveAttribute("data-off", "");
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
});

test("a strategy redraws the same elements, animating capacity and the load turned away", async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  const fig = figure(page);
  // Let the page settle, then hold on to the elements across the change.
  await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
  const svg = await plot(page).elementHandle();
  const capacity = mark(page, "zoom-capacity");
  const dropped = mark(page, "zoom-dropped");
  const handles = [await capacity.elementHandle(), await dropped.elementHandle()];
  const before = { capacity: await capacity.getAttribute("d"), dropped: await dropped.getAttribute("d") };

  // Transitions that start in the plot are recorded as they start (transitionrun), so a busy machine that
  // finishes them before the test looks still counts them.
  const runs = await recordTransitions(plot(page));
  await fig.getByText("Buy for a normal day", { exact: true }).click();
  await expect.poll(runs).toEqual(expect.arrayContaining(["zoom-capacity:d", "zoom-dropped:d"]));
  await expect(lost(page)).toHaveText(/of the day’s/);
  expect(await capacity.getAttribute("d")).not.toBe(before.capacity);
  expect(await dropped.getAttribute("d")).not.toBe(before.dropped);
  // The very same elements, in the very same SVG.
  expect(await page.evaluate(([a, b]) => a === b && a!.isConnected, [svg, await plot(page).elementHandle()])).toBe(true);
  expect(await page.evaluate(([a, b]) => a === b, [handles[0], await capacity.elementHandle()])).toBe(true);
  expect(await page.evaluate(([a, b]) => a === b, [handles[1], await dropped.elementHandle()])).toBe(true);
  // Midnight's note changes from how busy the peak was to how long load was turned away.
  await expect(mark(page, "note-overrun")).not.toHaveAttribute("data-off", /.*/);
  await expect(mark(page, "note-overrun")).toHaveText(/^Over capacity for \d+ min$/);
  await expect(mark(page, "note-busiest")).toHaveAttribute("data-off", "");
  // The description follows the scenario.
  await expect(plot(page).locator("desc")).toContainText("Bought for a normal day’s peak");
  expect(errors).toEqual([]);
});

test("the delay only applies to elastic capacity; containers lose about a minute", async ({ page }) => {
  await open(page);
  const fig = figure(page);
  const containers = fig.getByRole("radio", { name: /containers/ });
  await expect(containers).toBeDisabled();
  await fig.getByText("Rent elastically", { exact: true }).click();
  await expect(containers).toBeEnabled();
  const vms = await tally(page).textContent();
  await fig.getByText(/\(containers\)/).click();
  await expect(tally(page)).not.toHaveText(vms!);
  await expect(mark(page, "note-overrun")).toHaveText("Over capacity for 1 min");
});

test("the safety margin: a keypress animates, a drag follows the thumb at once, and the plot's keys stay out of it", async ({ page }) => {
  await open(page);
  const fig = figure(page);
  const slider = fig.getByRole("slider", { name: "Safety margin" });
  await expect(slider).toHaveValue("100");
  await slider.focus();
  const runs = await recordTransitions(plot(page));
  await page.keyboard.press("ArrowLeft");
  await expect(slider).toHaveValue("95");
  await expect(slider).toHaveAttribute("aria-valuetext", "95%");
  await expect.poll(runs).toContain("day-capacity:d");
  // Just under the surge: a sliver of the night's payments is lost.
  await expect(lost(page)).not.toHaveText("None");
  await expect(lost(page)).toHaveClass(/text-alarm/);
  // Arrow keys on the slider are not taken by the plot's point-by-point navigation.
  await expect(fig.locator("[data-chart-live]")).toHaveText("");

  // A drag: the capacity line is where the thumb says, with nothing left to animate.
  await expect.poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === "running").length)).toBe(0);
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2, { steps: 4 });
  const during = await mark(page, "day-capacity").evaluate((el) => el.getAnimations().filter((a) => a.playState === "running").length);
  await page.mouse.up();
  expect(during).toBe(0);
  expect(Number(await slider.inputValue())).toBeLessThan(60);
});

test("the radios move with the arrow keys", async ({ page }) => {
  await open(page);
  const fig = figure(page);
  await fig.getByRole("radio", { name: "Alipay’s 2010 plan" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(fig.getByRole("radio", { name: "Buy for a normal day" })).toBeChecked();
  await expect(lost(page)).toHaveText(/of the day’s/);
});

test("the hours are inspectable with the arrow keys and a tooltip, which a change closes", async ({ page }) => {
  await open(page);
  const fig = figure(page);
  await fig.locator("[data-chart-plot]").focus();
  await page.keyboard.press("ArrowRight");
  await expect(fig.locator("[data-chart-live]")).toHaveText(/^18:00–19:00, 10 Nov: Demand .*×/);
  const tooltip = fig.locator('[role="tooltip"]');
  await expect(tooltip).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(tooltip).toBeHidden();
  // Over an hour, its values; a change of plan (by keyboard, the pointer still there) makes the marks say
  // something else, so the tooltip closes, and shows the new values when the pointer moves again.
  await mark(page, "hour-360").hover();
  await expect(tooltip).toContainText("00:00–01:00, 11 Nov");
  await expect(tooltip).toContainText("capacity 3×");
  await fig.getByRole("radio", { name: "Alipay’s 2010 plan" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(tooltip).toBeHidden();
  await mark(page, "hour-300").hover();
  await mark(page, "hour-360").hover();
  await expect(tooltip).toContainText("capacity 2×");
});

test("without JavaScript the 2010 plan shows as SVG with its tally and hour-by-hour table, and the controls hide", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  const fig = figure(page);
  await expect(plot(page)).toHaveCount(1);
  expect(await plot(page).locator("rect[data-point]").count()).toBe(32);
  await expect(plot(page).locator("path.chart-elastic-demand").first()).toBeVisible();
  await expect(fig.locator("[data-elastic-controls]")).toBeHidden();
  await expect(lost(page)).toHaveText("None");
  expect(await fig.locator("details table tbody tr").count()).toBe(24);
  await expect(fig.locator("details table caption")).toContainText("Alipay’s 2010 plan");
  await context.close();
});

test("each step is a state of the same plot: its document draws the same elements with the step's values", async ({ page }) => {
  const keys = () =>
    page.locator('figure[data-chart="elasticity"] svg[data-frame="wide"] [data-k]').evaluateAll((els) => els.map((e) => e.getAttribute("data-k")));
  await page.goto("/en/embed/elasticity/");
  const all = await keys();
  await page.goto("/en/embed/elasticity/step/0/");
  expect(await keys()).toEqual(all);
  const wide = page.locator('figure[data-chart="elasticity"] svg[data-frame="wide"]');
  await expect(wide.locator('[data-k="note-overrun"]')).not.toHaveAttribute("data-off", /.*/);
  await expect(wide.locator('[data-k="note-overrun"]')).toHaveText(/^Over capacity for \d+ min$/);
  // A placement at a step is that step alone: no explorer.
  await expect(page.locator("[data-elastic-explorer]")).toHaveCount(0);
  await page.goto("/en/embed/elasticity/step/1/");
  expect(await keys()).toEqual(all);
  await expect(wide.locator('[data-k="label-idle"]')).not.toHaveAttribute("data-off", /.*/);
  await expect(wide.locator('[data-k="note-busiest"]')).toHaveText(/100% of capacity/);
});

test("axe finds no violation on the chapter with the explorable in light and dark mode, before and after a change", async ({ page }) => {
  test.setTimeout(120_000);
  await open(page);
  // In full in light, the colour rules in dark, on the same state.
  const scan = async (label: string) => {
    expect(await axeLightAndDark(page, { include: 'figure[data-chart="elasticity"]', label })).toEqual([]);
  };
  await scan("before ");
  await figure(page).getByText("Rent elastically", { exact: true }).click();
  await scan("after ");
});

test("nothing overflows at 320 px, and the narrow frame is the one shown and redrawn", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await open(page);
  const fig = figure(page);
  await expect(plot(page)).toHaveAttribute("data-frame", "narrow");
  const before = await mark(page, "zoom-capacity").getAttribute("d");
  await fig.getByText("Rent elastically", { exact: true }).click();
  await expect.poll(() => mark(page, "zoom-capacity").getAttribute("d")).not.toBe(before);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await fig.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  expect((await plot(page).boundingBox())!.width).toBeLessThanOrEqual(320);
  await context.close();
});

test("under reduced motion a strategy change jumps straight to the new state", async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: "reduce" });
  const page = await context.newPage();
  await open(page);
  const capacity = mark(page, "day-capacity");
  const before = await capacity.getAttribute("d");
  await figure(page).getByText("Buy for the peak", { exact: true }).click();
  await expect.poll(() => capacity.getAttribute("d")).not.toBe(before);
  // Nothing is left moving: the 1 ms transitions have already ended.
  await expect.poll(() => capacity.evaluate((el) => el.getAnimations().filter((a) => a.playState === "running").length)).toBe(0);
  await context.close();
});

test("in the embed, a first drag that starts on the slider on a touch screen moves the margin and redraws the plot", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto("/en/embed/elasticity/");
  await page.waitForLoadState("networkidle");
  // Nothing of the model has run yet: the island waits for the reader.
  await expect(page.locator('[data-island="elasticity"]')).toHaveCount(0);
  const fig = page.locator('figure[data-chart="elasticity"]');
  const slider = fig.getByRole("slider", { name: "Safety margin" });
  await slider.scrollIntoViewIfNeeded();
  const capacity = fig.locator('svg[data-frame]:visible [data-k="zoom-capacity"]');
  const before = await capacity.getAttribute("d");
  const tallyBefore = await fig.locator("[data-tally]").textContent();
  // One continuous touch: down on the thumb (the middle of the track at 100%), then to the left.
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  const client = await context.newCDPSession(page);
  const touch = (type: "touchStart" | "touchMove" | "touchEnd", x?: number) =>
    client.send("Input.dispatchTouchEvent", { type, touchPoints: x === undefined ? [] : [{ x, y }] });
  await touch("touchStart", box.x + box.width / 2);
  for (let k = 1; k <= 8; k++) await touch("touchMove", box.x + box.width / 2 - (k * box.width) / 20);
  await touch("touchEnd");
  await expect(page.locator('[data-island="elasticity"]')).toHaveCount(1);
  await expect.poll(async () => Number(await slider.inputValue())).toBeLessThan(90);
  await expect(fig.locator("[data-tally]")).not.toHaveText(tallyBefore!);
  await expect.poll(() => capacity.getAttribute("d")).not.toBe(before);
  expect(errors).toEqual([]);
  await context.close();
});
