// The virtualization-loss explorable on the chapter that places it (four scrollytelling steps): the
// default sums read without JavaScript, the sliders recompute the servers' worth and redraw the cores,
// arrow keys belong to the sliders, and the page stays accessible and inside 320 px.
import { expect, test, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { watchErrors } from "./helpers";

const PAGE = "/en/virtualization-tax/";
const figures = (page: Page) => page.locator('figure[data-chart="virtualization-loss"]');
const fleetFigure = (page: Page) => page.locator('figure[data-chart="virtualization-loss"][data-step="2"]');

/** Reduced motion keeps the scrollytelling static, so every step's figure is on the page in reading order. */
async function staticPage(browser: Browser, options: Parameters<Browser["newContext"]>[0] = {}) {
  const context = await browser.newContext({ reducedMotion: "reduce", ...options });
  const page = await context.newPage();
  return { context, page };
}

test("without JavaScript every step shows its SVG and its table, and the calculator its default sum", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(figures(page)).toHaveCount(4);
  for (let step = 0; step < 4; step++) {
    const fig = page.locator(`figure[data-chart="virtualization-loss"][data-step="${step}"]`);
    await expect(fig.locator("svg:visible").first()).toBeVisible();
    expect(await fig.locator("details table tbody tr").count()).toBeGreaterThan(2);
  }
  const fleet = fleetFigure(page);
  await expect(fleet.locator("[data-fleet-result]")).toContainText("37,500 servers’ worth");
  await expect(fleet.locator('svg:visible g[data-cells="server-lost"] rect')).toHaveCount(12);
  // The sliders need JavaScript, so they stay out of the way.
  await expect(fleet.locator('input[type="range"]').first()).toBeHidden();
  await context.close();
});

test("the fleet slider changes the servers' worth, by keyboard and by value", async ({ browser }) => {
  const { context, page } = await staticPage(browser);
  const errors = watchErrors(page);
  await page.goto(PAGE);
  const fig = fleetFigure(page);
  await fig.scrollIntoViewIfNeeded();
  const result = fig.locator("[data-fleet-result]");
  await expect(result).toHaveAttribute("aria-live", "polite");
  await expect(result).toContainText("37,500 servers’ worth");

  // Arrow keys move the slider; the plot's point-by-point navigation does not take them.
  const fleet = fig.getByRole("slider", { name: "Servers in the fleet" });
  await fleet.focus();
  await page.keyboard.press("ArrowRight");
  await expect(fleet).toHaveValue("110000");
  await expect(fleet).toHaveAttribute("aria-valuetext", "110,000 servers");
  await expect(result).toContainText("41,250 servers’ worth");
  await expect(fig.locator("svg:visible")).toContainText("41,250");

  await fleet.fill("500000");
  await expect(result).toContainText("187,500 servers’ worth");
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
  await context.close();
});

test("the core sliders change how many hypervisor cores are drawn", async ({ browser }) => {
  const { context, page } = await staticPage(browser);
  await page.goto(PAGE);
  const fig = fleetFigure(page);
  await fig.scrollIntoViewIfNeeded();
  const hypervisor = fig.locator('svg:visible g[data-cells="server-lost"] rect');
  const customers = fig.locator('svg:visible g[data-cells="server-free"] rect');
  await expect(hypervisor).toHaveCount(12);

  const reserved = fig.getByRole("slider", { name: "Cores held back for virtualization" });
  await reserved.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(hypervisor).toHaveCount(14);
  await expect(customers).toHaveCount(18);
  await expect(fig.locator("[data-fleet-result]")).toContainText("(43.8%) = 43,750 servers’ worth");

  // Fewer cores per server: the reserve cannot exceed the server, so it clamps to every core.
  const cores = fig.getByRole("slider", { name: "Cores per server" });
  await cores.fill("64");
  await expect(hypervisor).toHaveCount(14);
  await expect(customers).toHaveCount(50);
  await cores.fill("8");
  await expect(hypervisor).toHaveCount(8);
  await expect(customers).toHaveCount(0);
  await expect(reserved).toHaveValue("8");
  await context.close();
});

test("the reference strip draws measurements solid and claims and the illustration hollow", async ({ page }) => {
  await page.goto(PAGE);
  const strip = page.locator('figure[data-chart="virtualization-loss"][data-step="3"]');
  await expect(strip.locator('g[data-kind="claim"][data-confidence="low"]')).toHaveCount(4);
  await expect(strip.locator('g[data-kind="illustration"][data-confidence="low"]')).toHaveCount(2);
  await expect(strip.locator('g[data-kind="measurement"] .chart-mark-hollow')).toHaveCount(0);
});

for (const scheme of ["light", "dark"] as const) {
  for (const path of [PAGE, "/zh-hans/virtualization-tax/", "/zh-hant/virtualization-tax/"]) {
    test(`axe finds no WCAG 2.2 AA violation in the explorable on ${path}, ${scheme} mode`, async ({ browser }) => {
      test.setTimeout(90_000);
      // Static (every step's figure shown) and pinned (the active step's figure shown).
      for (const reducedMotion of ["reduce", "no-preference"] as const) {
        const context = await browser.newContext({ colorScheme: scheme, reducedMotion });
        const page = await context.newPage();
        await page.goto(path);
        await page.locator('[data-scrolly="virtualization-loss"]').scrollIntoViewIfNeeded();
        // A pinned step's figure fades in; let the scroll settle and wait until it is opaque, or contrast
        // is measured mid-fade.
        await page.waitForTimeout(300);
        await page.waitForFunction(() =>
          !document.querySelector("[data-fading]") &&
          [...document.querySelectorAll('[data-scrolly="virtualization-loss"] .scrolly-figure')]
            .filter((f) => f.getClientRects().length > 0)
            .every((f) => f.getAnimations().every((a) => a.playState === "finished") && getComputedStyle(f).opacity === "1"),
        );
        const results = await new AxeBuilder({ page })
          .include('[data-scrolly="virtualization-loss"]')
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
          .analyze();
        expect(results.violations.map((v) => `${reducedMotion}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
        await context.close();
      }
    });
  }
}

test("nothing overflows at 320 px, and the calculator's sliders still work there", async ({ browser }) => {
  test.setTimeout(60_000);
  for (const reducedMotion of ["reduce", "no-preference"] as const) {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, reducedMotion });
    const page = await context.newPage();
    for (const path of [PAGE, "/zh-hans/virtualization-tax/"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} (${reducedMotion})`).toBeLessThanOrEqual(0);
    }
    await context.close();
  }
  const { context, page } = await staticPage(browser, { viewport: { width: 320, height: 640 } });
  await page.goto(PAGE);
  const fig = fleetFigure(page);
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator("svg.chart-narrow")).toBeVisible();
  await fig.getByRole("slider", { name: "Servers in the fleet" }).fill("200000");
  await expect(fig.locator("[data-fleet-result]")).toContainText("75,000 servers’ worth");
  await expect(fig.locator("svg:visible")).toContainText("75,000");
  await context.close();
});
