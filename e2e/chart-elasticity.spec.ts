// The elasticity explorable on the chapter that places it: controls change the tally, the tally is a live
// region, arrow keys belong to the controls, the default state reads without JavaScript, and the page
// stays accessible and inside 320 px.
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { watchErrors } from "./helpers";

const PAGE = "/en/to-the-cloud/";
const figure = (page: Page) => page.locator('figure[data-chart="elasticity"]').first();
const tally = (page: Page) => figure(page).locator("[data-tally]");

test("the explorable opens on Alipay's 2010 plan: nothing lost, the busiest minute just under capacity", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(PAGE);
  const fig = figure(page);
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.getByRole("radio", { name: "Alipay’s 2010 plan" })).toBeChecked();
  await expect(tally(page)).toHaveAttribute("aria-live", "polite");
  await expect(tally(page).locator('[data-tally-item="lost"] dd')).toHaveText("None");
  await expect(fig.locator("svg:visible")).toContainText(/Busiest minute:\s*9\d% of capacity/);
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
});

test("changing the strategy changes the tally, and the delay only applies to elastic capacity", async ({ page }) => {
  await page.goto(PAGE);
  const fig = figure(page);
  await fig.scrollIntoViewIfNeeded();
  const containers = fig.getByRole("radio", { name: /containers/ });
  await expect(containers).toBeDisabled();
  const before = await tally(page).textContent();

  await fig.getByText("Buy for a normal day", { exact: true }).click();
  await expect(tally(page)).not.toHaveText(before!);
  await expect(tally(page).locator('[data-tally-item="lost"] dd')).toHaveText(/of the day’s/);
  await expect(fig.locator("svg:visible .chart-elastic-dropped").first()).toBeVisible();

  await fig.getByText("Rent elastically", { exact: true }).click();
  await expect(containers).toBeEnabled();
  const vms = await tally(page).textContent();
  await fig.getByText(/\(containers\)/).click();
  await expect(tally(page)).not.toHaveText(vms!);
  await expect(fig.locator("svg:visible")).toContainText("Over capacity for 1 min");
});

test("moving the safety-margin slider changes the tally, by keyboard too", async ({ page }) => {
  await page.goto(PAGE);
  const fig = figure(page);
  await fig.scrollIntoViewIfNeeded();
  const slider = fig.getByRole("slider", { name: "Safety margin" });
  await expect(slider).toHaveValue("100");
  const before = await tally(page).textContent();
  await slider.fill("50");
  await expect(tally(page)).not.toHaveText(before!);
  await expect(tally(page).locator('[data-tally-item="lost"] dd')).toHaveText(/of the day’s/);
  // Arrow keys move the slider and are not taken by the plot's point-by-point navigation.
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  await expect(slider).toHaveValue("55");
  await expect(slider).toHaveAttribute("aria-valuetext", "55%");
  await expect(fig.locator("[data-chart-live]")).toHaveText("");
});

test("the radios move with the arrow keys", async ({ page }) => {
  await page.goto(PAGE);
  const fig = figure(page);
  const plan = fig.getByRole("radio", { name: "Alipay’s 2010 plan" });
  await plan.focus();
  await page.keyboard.press("ArrowRight");
  await expect(fig.getByRole("radio", { name: "Buy for a normal day" })).toBeChecked();
  await expect(tally(page).locator('[data-tally-item="lost"] dd')).toHaveText(/of the day’s/);
});

test("the hours are inspectable with the arrow keys and a tooltip", async ({ page }) => {
  await page.goto(PAGE);
  const fig = figure(page);
  await fig.scrollIntoViewIfNeeded();
  // Keys work once the interaction is attached (hydrated): it makes the plot focusable.
  await expect(fig.locator("[data-chart-plot]")).toHaveAttribute("tabindex", "0");
  await fig.locator("[data-chart-plot]").focus();
  await page.keyboard.press("ArrowRight");
  await expect(fig.locator("[data-chart-live]")).toHaveText(/^18:00–19:00, 10 Nov: Demand .*×/);
  await expect(fig.locator('[role="tooltip"]')).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(fig.locator('[role="tooltip"]')).toBeHidden();
});

test("without JavaScript the default state shows as SVG with its hour-by-hour table", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  const fig = figure(page);
  await expect(fig.locator("svg:visible")).toHaveCount(1);
  expect(await fig.locator("svg:visible rect[data-point]").count()).toBe(32);
  await expect(fig.locator("svg:visible path.chart-elastic-demand").first()).toBeVisible();
  await expect(tally(page).locator('[data-tally-item="lost"] dd')).toHaveText("None");
  expect(await fig.locator("details table tbody tr").count()).toBe(24);
  await expect(fig.locator("details table caption")).toContainText("Alipay’s 2010 plan");
  await context.close();
});

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds no violation on the chapter with the explorable in ${scheme} mode, before and after a change`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(PAGE);
    const scan = async () => {
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
    };
    await scan();
    await figure(page).getByText("Rent elastically", { exact: true }).click();
    await scan();
    await context.close();
  });
}

test("nothing overflows at 320 px, and the narrow chart is the one shown", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto(PAGE);
  const fig = figure(page);
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator("svg.chart-narrow")).toBeVisible();
  await expect(fig.locator("svg.chart-wide")).toBeHidden();
  await fig.getByText("Rent elastically", { exact: true }).click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await fig.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  await context.close();
});

test("under reduced motion a strategy change jumps straight to the new state", async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(PAGE);
  const fig = figure(page);
  const capacity = fig.locator("svg:visible path.chart-elastic-capacity").first();
  const before = await capacity.getAttribute("d");
  await fig.getByText("Buy for the peak", { exact: true }).click();
  // The very next frame already shows the final line: no tween.
  const after = await capacity.getAttribute("d");
  expect(after).not.toBe(before);
  await page.waitForTimeout(700);
  expect(await capacity.getAttribute("d")).toBe(after);
  await context.close();
});
