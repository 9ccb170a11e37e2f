// The compute-scale chart on the chapter that places it (four scrollytelling steps, one plot whose steps are
// states): without JavaScript the final state (the unit squares) and the listed steps; scrolling animates
// the same marks (Tesla's dot becomes its bar, bars grow, the reference rises, squares pour out of the dots);
// reduced motion jumps; tooltips that snap and stay on a tap; arrow keys; 320 px; labels apart; axe.
// Desktop tests use a 1000 px tall window: at 1280 px the pinned figure's column is under 600 px wide, so it
// draws the narrow frame scaled up, about 940 px tall with its title, taller than a 720 px window.
import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import { csvParse } from "d3-dsv";
import { axeLightAndDark, scrollToStep as scrollToStepOf, watchErrors } from "./helpers";

/** The H100 cluster's INT8 peak as the registry has it, in the unit its row names (EOPS). */
const h100 = csvParse(fs.readFileSync("content/data/series/ai-compute.csv", "utf8")).find((r) => r.key === "tesla-h100-2023")!;

test.use({ viewport: { width: 1280, height: 1000 } });

const PAGE = "/en/ai-wall/";
const scrolly = (page: Page) => page.locator('[data-scrolly="compute-scale"]');
const figure = (page: Page) => scrolly(page).locator("figure[data-chart]");
const plot = (page: Page) => figure(page).locator("svg[data-frame]:visible");
const mark = (page: Page, key: string) => plot(page).locator(`[data-k="${key}"]`);

const scrollToStep = (page: Page, k: number) => scrollToStepOf(page, "compute-scale", k, { pinned: false });

/** Waits until nothing in the plot is moving. */
const settle = (page: Page) =>
  expect.poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === "running").length), { timeout: 10_000 }).toBe(0);

/** Starts recording the transitions that start in the plot (they bubble up as transitionrun events). */
const recordTransitions = (page: Page) =>
  plot(page).evaluate((svg) => {
    const w = window as unknown as { runs: string[] };
    w.runs = [];
    svg.addEventListener("transitionrun", (e) => w.runs.push(`${(e.target as Element).getAttribute("data-k")} ${(e as TransitionEvent).propertyName}`));
  });
/** The properties of a mark that started transitioning since the recording began (or was last cleared). */
const moved = (page: Page, key: string) =>
  page.evaluate((key) => {
    const runs = (window as unknown as { runs: string[] }).runs;
    return [...new Set(runs.filter((r) => r.startsWith(`${key} `)).map((r) => r.slice(key.length + 1)))].sort();
  }, key);
const clearTransitions = (page: Page) => page.evaluate(() => ((window as unknown as { runs: string[] }).runs.length = 0));

/** Pairs of drawn labels whose boxes overlap, measured with the browser's own fonts. */
async function overlappingLabels(page: Page): Promise<string[]> {
  return plot(page).evaluate((svg) => {
    const boxes = Array.from(svg.querySelectorAll("text"))
      .filter((t) => !t.closest("[data-off]"))
      .map((t) => ({ text: t.textContent ?? "", r: t.getBoundingClientRect() }));
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        // Glyph boxes include line spacing, so allow a pixel or two of touch.
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 2 && b.top < a.bottom - 2) out.push(`${boxes[i]!.text} / ${boxes[j]!.text}`);
      }
    return out;
  });
}

/** Drawn labels and marks that leave the SVG's frame (it draws with overflow: visible). */
async function outsideFrame(page: Page): Promise<string[]> {
  return plot(page).evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    return Array.from(svg.querySelectorAll("text, [data-point]"))
      .filter((n) => !n.closest("[data-off]"))
      .filter((n) => {
        const r = n.getBoundingClientRect();
        return r.width > 0 && (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1);
      })
      .map((n) => n.textContent || n.getAttribute("data-k") || n.tagName);
  });
}

test("without JavaScript: one figure in its final state (the squares), a table of every row, and the steps listed after it", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(figure(page)).toHaveCount(1);
  await expect(figure(page)).toHaveAttribute("data-state", "3");
  await expect(plot(page)).toHaveCount(1);
  // Step 3 is drawn: the squares and the clusters' blocks; the other panels are folded (off).
  await expect(mark(page, "units-xai-colossus-2025")).not.toHaveAttribute("data-off", /.*/);
  // 200 squares, ten to a path.
  const squares = await plot(page)
    .locator('[data-k="units-xai-colossus-2025"] path')
    .evaluateAll((ps) => ps.map((p) => (p.getAttribute("d") ?? "").split("M").length - 1));
  expect(squares).toHaveLength(20);
  expect(squares.reduce((a, b) => a + b, 0)).toBe(200);
  await expect(mark(page, "m-xai-colossus-2025")).toHaveClass(/chart-cs-block/);
  await expect(mark(page, "cmp-head")).toHaveAttribute("data-off", "");
  await expect(mark(page, "top-dot-2022")).toHaveAttribute("data-off", "");
  expect(await plot(page).locator("[data-point]:not([data-off])").count()).toBe(9);
  // The table (after the steps, with the sources and notes) holds every row the figure shows over its
  // steps: clusters, computing power, the reference.
  const table = scrolly(page).locator(".scrolly-details details table");
  const rows = table.locator("tbody tr");
  expect(await rows.count()).toBeGreaterThan(9 + 7 + 10);
  await expect(table).toContainText("Lingjun, both centres");
  await expect(table).toContainText("FP64, measured (Rmax)");
  // The steps follow the figure as a numbered list, in reading order.
  const steps = scrolly(page).locator("ol.scrolly-steps > li");
  await expect(steps).toHaveCount(4);
  const box = (await figure(page).boundingBox())!;
  expect((await steps.first().boundingBox())!.y).toBeGreaterThan(box.y + box.height - 1);
  // No toggle: the unit view is a step.
  await expect(figure(page).locator("[data-control]")).toHaveCount(0);
  await context.close();
});

test("scrolling from step to step animates the marks of the one plot, which stays in the DOM", async ({ page }) => {
  test.setTimeout(60_000);
  const errors = watchErrors(page);
  await page.goto(PAGE);
  await scrolly(page).scrollIntoViewIfNeeded();
  await expect(scrolly(page)).toHaveAttribute("data-pinned", "");
  await scrollToStep(page, 0);
  await settle(page);
  const svg = await plot(page).elementHandle();
  const tesla = await mark(page, "m-tesla-h100-2023").elementHandle();
  await expect(mark(page, "m-tesla-h100-2023")).toHaveClass(/chart-cs-dot/);
  const dotWidth = Number(await mark(page, "m-tesla-h100-2023").getAttribute("width"));
  await expect(mark(page, "m-zhangbei-2022")).toHaveAttribute("width", "0");

  // Step 1: Tesla's H100 dot stretches into its bar (the same element), and Lingjun's bars grow from zero.
  await recordTransitions(page);
  await scrollToStep(page, 1);
  await expect.poll(() => moved(page, "m-tesla-h100-2023")).toEqual(expect.arrayContaining(["width", "x", "y"]));
  await expect.poll(() => moved(page, "m-zhangbei-2022")).toEqual(expect.arrayContaining(["opacity", "width"]));
  await expect(mark(page, "m-tesla-h100-2023")).toHaveClass(/chart-cs-bar/);
  expect(Number(await mark(page, "m-tesla-h100-2023").getAttribute("width"))).toBeGreaterThan(dotWidth * 10);
  expect(await page.evaluate(([a, b]) => a === b && a!.isConnected, [tesla, await mark(page, "m-tesla-h100-2023").elementHandle()])).toBe(true);
  await expect(mark(page, "m-msft-openai-2020")).toHaveAttribute("data-off", "");
  await expect(figure(page).locator("[data-chart-title]")).toContainText("two Alibaba data centres");
  await settle(page);

  // Step 2: the reference rises from its baseline; the bars pack tighter.
  const cy = Number(await mark(page, "top-dot-2022").getAttribute("cy"));
  await clearTransitions(page);
  await scrollToStep(page, 2);
  await expect.poll(() => moved(page, "top-dot-2022")).toEqual(expect.arrayContaining(["cy", "opacity"]));
  expect(Number(await mark(page, "top-dot-2022").getAttribute("cy"))).toBeLessThan(cy);
  await expect.poll(() => moved(page, "m-google-2022")).toEqual(expect.arrayContaining(["height", "y"]));
  await settle(page);

  // Step 3: the clusters come back as blocks, and their squares pour out of the dots, ten after ten.
  await clearTransitions(page);
  await scrollToStep(page, 3);
  await expect(mark(page, "units-xai-colossus-2025")).not.toHaveAttribute("data-off", /.*/);
  await expect.poll(() => moved(page, "u-xai-colossus-2025-0")).toContain("transform");
  await expect.poll(() => moved(page, "u-xai-colossus-2025-19")).toContain("transform");
  const delay = (k: string) => mark(page, k).evaluate((el) => parseFloat(getComputedStyle(el).transitionDelay));
  expect(await delay("u-xai-colossus-2025-19")).toBeGreaterThan((await delay("u-xai-colossus-2025-0")) + 0.5);
  await expect(mark(page, "m-tesla-h100-2023")).toHaveClass(/chart-cs-block/);
  expect(await page.evaluate(([a, b]) => a === b && a!.isConnected, [svg, await plot(page).elementHandle()])).toBe(true);
  await expect(figure(page).locator("[data-chart-title]")).toContainText("Square by square");
  expect(errors).toEqual([]);
});

test("with reduced motion the chart still follows the steps, but jumps", async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(PAGE);
  await scrolly(page).scrollIntoViewIfNeeded();
  await scrollToStep(page, 0);
  await scrollToStep(page, 1);
  await expect(mark(page, "m-tesla-h100-2023")).toHaveClass(/chart-cs-bar/);
  await scrollToStep(page, 2);
  await scrollToStep(page, 3);
  await expect(mark(page, "units-xai-colossus-2025")).not.toHaveAttribute("data-off", /.*/);
  // Nothing is left moving: the 1 ms transitions (and their 1 ms-scaled delays) have already ended.
  await expect.poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === "running").length)).toBe(0);
  await context.close();
});

test("the pointer snaps to the nearest value; tooltips carry the honest notes", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(PAGE);
  await scrolly(page).scrollIntoViewIfNeeded();
  await scrollToStep(page, 0);
  await settle(page);
  const tooltip = figure(page).locator('[role="tooltip"]');
  const box = (await plot(page).boundingBox())!;
  const seen = new Set<string>();
  // Down the diagonal the dots lie on (later rows, larger clusters).
  for (let i = 1; i < 10; i++) {
    await page.mouse.move(box.x + (box.width * i) / 10, box.y + (box.height * i) / 11);
    await expect(tooltip).toBeVisible();
    seen.add((await tooltip.textContent()) ?? "");
  }
  expect(seen.size).toBeGreaterThan(5);
  await mark(page, "m-tesla-h100-2023").hover();
  await expect(tooltip).toContainText("10,000 GPUs");
  await expect(tooltip).toContainText("Dojo");
  await expect(mark(page, "m-tesla-h100-2023")).toHaveAttribute("data-active", "");

  await scrollToStep(page, 1);
  await settle(page);
  await mark(page, "m-ulanqab-2022").hover();
  await expect(tooltip).toContainText("3 EFLOPS");
  await expect(tooltip).toContainText("Lingjun's 15 EFLOPS");
  await mark(page, "m-tesla-h100-2023").hover();
  expect(h100.unit).toBe("eops");
  await expect(tooltip).toContainText(`${h100.value} EOPS`);
  await expect(tooltip).toContainText("INT8");

  await scrollToStep(page, 2);
  await settle(page);
  await mark(page, "top-dot-2022").hover();
  await expect(tooltip).toContainText("1,102 PFLOPS");
  await expect(tooltip).toContainText("FP64");

  await scrollToStep(page, 3);
  await settle(page);
  await mark(page, "m-xai-colossus-2025").hover();
  await expect(tooltip).toContainText("200,000 GPUs");
});

test("a tap on a phone keeps the tooltip open after the finger lifts", async ({ browser }) => {
  // The embed places the same figure at a step, with the same interaction as the chapter.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto("/en/embed/compute-scale/?step=0");
  const embedded = page.locator("[data-embed] figure[data-chart]");
  const svg = embedded.locator("svg[data-frame]:visible");
  await expect(svg).toHaveAttribute("data-frame", "narrow");
  await expect(embedded.locator("[data-chart-plot]")).toHaveAttribute("tabindex", "0");
  await svg.locator('[data-k="m-meta-rsc-2022"]').tap();
  const tooltip = embedded.locator('[role="tooltip"]');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText("Meta RSC");
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(tooltip).toBeVisible();
  await page.locator("[data-embed]").tap({ position: { x: 5, y: 5 } });
  await expect(tooltip).toBeHidden();
  await context.close();
});

// The pinned scrollytelling layout lays its list of steps over the figure (app/globals.css:
// .scrolly-live[data-pinned] > .scrolly-steps, z-index 1, pointer-events auto), so on a phone a tap on the
// pinned chart lands on the list. Not this chart's to fix; kept here so the fix shows up as a passing test.
test.fixme("a tap reaches the pinned chart on a phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(PAGE);
  await scrolly(page).scrollIntoViewIfNeeded();
  await scrollToStep(page, 0);
  await settle(page);
  await mark(page, "m-meta-rsc-2022").tap({ timeout: 5000 });
  await expect(figure(page).locator('[role="tooltip"]')).toContainText("Meta RSC");
  await context.close();
});

test("arrow keys step through the marks of the state shown, with an announcement", async ({ page }) => {
  await page.goto(PAGE);
  await scrolly(page).scrollIntoViewIfNeeded();
  await scrollToStep(page, 0);
  const area = figure(page).locator("[data-chart-plot]");
  await expect(area).toHaveAttribute("tabindex", "0");
  await area.focus();
  await page.keyboard.press("ArrowRight");
  const live = figure(page).locator("[data-chart-live]");
  await expect(live).toHaveText("2020, Microsoft for OpenAI: 10,000 GPUs");
  await page.keyboard.press("End");
  await expect(live).toHaveText(/^2025, xAI Colossus, expanded: 200,000 GPUs$/);
  await scrollToStep(page, 1);
  await area.focus();
  await page.keyboard.press("Home");
  // Only the open panel's marks are stepped through: computing power, each with its precision.
  await expect(live).toHaveText(/^\d{4}, .+: [\d.]+ EFLOPS \(.+\)$/);
});

for (const [width, path] of [
  [320, PAGE],
  [1280, PAGE],
  [320, "/zh-hans/ai-wall/"],
  [1280, "/zh-hant/ai-wall/"],
] as const) {
  test(`at ${width} px nothing overflows and, at every step, no two labels overlap (${path})`, async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await scrolly(page).scrollIntoViewIfNeeded();
    await expect(plot(page)).toHaveAttribute("data-frame", width < 600 ? "narrow" : /narrow|wide/);
    const svgBox = (await plot(page).boundingBox())!;
    expect(svgBox.x).toBeGreaterThanOrEqual(0);
    expect(svgBox.x + svgBox.width).toBeLessThanOrEqual(width);
    for (const k of [0, 1, 2, 3]) {
      await scrollToStep(page, k);
      await settle(page);
      expect.soft(await overlappingLabels(page), `step ${k}`).toEqual([]);
      expect.soft(await outsideFrame(page), `step ${k}`).toEqual([]);
    }
    if (width === 320) {
      // Text stays readable on the smallest phone: at least 10 px as drawn at 320 (11 px at 390).
      const smallest = await plot(page).evaluate((svg) => Math.min(...Array.from(svg.querySelectorAll("text")).map((t) => t.getBoundingClientRect().height)));
      expect(smallest).toBeGreaterThan(9);
    }
    await context.close();
  });
}

test("axe finds no violation in the chart in light and dark mode, at the bars and at the squares", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(PAGE);
  await scrolly(page).scrollIntoViewIfNeeded();
  for (const k of [1, 3]) {
    await scrollToStep(page, k);
    await settle(page);
    // In full in light, the colour rules in dark, on the same state.
    expect(await axeLightAndDark(page, { include: '[data-scrolly="compute-scale"]', label: `step ${k} ` })).toEqual([]);
  }
});
