// The timeline: links to chapters, zoom by brush and sliders, theme filter, and the shared year cursor.
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { sitemapPaths, watchErrors } from "./helpers";

const pages = sitemapPaths();
const TIMELINE = 'figure[data-chart="timeline"]';
const OTHER_CHART = 'figure[data-chart]:not([data-chart="timeline"])';

/** The epilogue places the timeline; the timeline page shows it too. Prefer a page that also has another chart. */
async function pageWithTimeline(page: Page): Promise<string> {
  let fallback: string | undefined;
  for (const path of ["/en/the-letter/", "/en/timeline/"]) {
    if (!pages.includes(path)) continue;
    await page.goto(path);
    if (!(await page.locator(TIMELINE).count())) continue;
    if (await page.locator(OTHER_CHART).count()) return path;
    fallback ??= path;
  }
  if (!fallback) throw new Error("no page places the timeline");
  await page.goto(fallback);
  return fallback;
}

const wideSvg = (page: Page) => page.locator(`${TIMELINE} svg[data-timeline="wide"]`).first();
const visibleMarks = (page: Page) => wideSvg(page).locator("[data-mark]:not([data-early]):visible");

test("without JavaScript the SVG and a table of every event with its chapter link are there, and the controls are not", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await pageWithTimeline(page);
  const figure = page.locator(TIMELINE).first();
  await expect(figure.locator("svg:visible")).toHaveCount(1);
  const marks = await figure.locator("svg:visible [data-point]").count();
  expect(marks).toBeGreaterThan(20);
  const rows = figure.locator("details tbody tr");
  expect(await rows.count()).toBe(marks);
  const links = figure.locator("details tbody a");
  expect(await links.count()).toBeGreaterThan(20);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
    expect(href).toMatch(/^(\/[\w-]+)*\/en\/[a-z-]+\/#event-[a-z0-9-]+$/);
  }
  await expect(figure.locator("[data-timeline-controls]").first()).toBeHidden();
  await context.close();
});

test("an event mark links to the place in its chapter that tells the event", async ({ page }) => {
  await pageWithTimeline(page);
  const link = wideSvg(page).locator("[data-event-link]").first();
  const href = (await link.getAttribute("data-href"))!;
  expect(href).toMatch(/\/en\/[a-z-]+\/#event-[a-z0-9-]+$/);
  const [path, anchor] = href.split("#") as [string, string];
  await link.locator("[data-point]").click();
  await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, "\\/")}#${anchor}$`));
  await expect(page.locator(`[id="${anchor}"]`)).toHaveCount(1);
});

test("the table's links reach every chapter anchor they name", async ({ page, request }) => {
  await pageWithTimeline(page);
  const hrefs = await page.locator(`${TIMELINE} details tbody a`).evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  const byPath = new Map<string, string[]>();
  for (const href of hrefs) {
    const [path, anchor] = href.split("#") as [string, string];
    byPath.set(path, [...(byPath.get(path) ?? []), anchor]);
  }
  for (const [path, anchors] of byPath) {
    const html = await (await request.get(path)).text();
    for (const anchor of anchors) expect(html, `${path}#${anchor}`).toContain(`id="${anchor}"`);
  }
});

test("lane labels, landmark labels and year labels stay inside their places in the wide view", async ({ page }) => {
  await pageWithTimeline(page);
  const problems = await wideSvg(page).evaluate((svg: SVGSVGElement) => {
    const out: string[] = [];
    const earlyAxis = svg.querySelector("[data-early-axis] line");
    const left = earlyAxis ? Number(earlyAxis.getAttribute("x1")) : Number(svg.dataset.x0);
    svg.querySelectorAll<SVGTextElement>(".chart-timeline-lane").forEach((t) => {
      const b = t.getBBox();
      if (b.x + b.width > left - 2) out.push(`lane ${t.textContent}`);
    });
    svg.querySelectorAll<SVGTextElement>("text").forEach((t) => {
      const box = t.getBoundingClientRect();
      const frame = svg.getBoundingClientRect();
      if (t.getClientRects().length && (box.left < frame.left - 1 || box.right > frame.right + 1)) out.push(`outside ${t.textContent}`);
    });
    return out;
  });
  expect(problems).toEqual([]);
});

test("the sliders and the brush change the years the axis shows", async ({ page }) => {
  const errors = watchErrors(page);
  await pageWithTimeline(page);
  const figure = page.locator(TIMELINE).first();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute("data-year-range", "2009-2025");
  const all = await visibleMarks(page).count();

  await figure.locator('input[data-range-edge="from"]').fill("2016");
  await expect(figure).toHaveAttribute("data-year-range", "2016-2025");
  const tick = wideSvg(page).locator("[data-tick]:visible").first();
  await expect(tick).toHaveText("2016");
  const zoomed = await visibleMarks(page).count();
  expect(zoomed).toBeLessThan(all);
  for (const at of await visibleMarks(page).evaluateAll((ms) => ms.map((m) => Number(m.getAttribute("data-at"))))) expect(at).toBeGreaterThanOrEqual(2016);

  // Keys in a slider move the slider, not the chart's arrow-key navigation.
  await figure.locator('input[data-range-edge="to"]').focus();
  await page.keyboard.press("ArrowLeft");
  await expect(figure).toHaveAttribute("data-year-range", "2016-2024");
  await expect(figure.locator("[data-timeline-live]")).toContainText("2016");

  await figure.getByRole("button", { name: "Show all years" }).click();
  await expect(figure).toHaveAttribute("data-year-range", "2009-2025");

  // Drag on the overview strip from early 2013 to late 2017: the main axis zooms to 2013–2017.
  const strip = wideSvg(page).locator(".chart-timeline-overview");
  const box = (await strip.boundingBox())!;
  const xOf = (at: number) => box.x + ((at - 2009) / 17) * box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(xOf(2013.3), y);
  await page.mouse.down();
  await page.mouse.move(xOf(2015.5), y, { steps: 4 });
  await page.mouse.move(xOf(2017.6), y, { steps: 4 });
  await page.mouse.up();
  await expect(figure).toHaveAttribute("data-year-range", "2013-2017");
  await expect(wideSvg(page).locator("[data-tick]:visible").first()).toHaveText("2013");
  await expect(wideSvg(page).locator("[data-tick]:visible").last()).toHaveText("2017");
  expect(errors).toEqual([]);
});

test("a theme chip hides its lane and its events, and says so", async ({ page }) => {
  await pageWithTimeline(page);
  const figure = page.locator(TIMELINE).first();
  const market = wideSvg(page).locator('[data-lane="market"]');
  await expect(market).toBeVisible();
  const before = await wideSvg(page).locator("[data-point]").count();
  const marketMarks = await wideSvg(page).locator('[data-mark][data-theme="market"] [data-point]').count();
  expect(marketMarks).toBeGreaterThan(0);

  await figure.locator("label", { hasText: "Market" }).click();
  await expect(figure.locator('input[data-theme-filter="market"]')).not.toBeChecked();
  await expect(market).toBeHidden();
  await expect(wideSvg(page).locator('[data-mark][data-theme="market"]:visible')).toHaveCount(0);
  expect(await wideSvg(page).locator("[data-point]").count()).toBe(before - marketMarks);
  await expect(figure.locator("[data-timeline-live]")).toContainText("Market hidden");

  // Keyboard: Space on the focused chip brings the lane back.
  await figure.locator('input[data-theme-filter="market"]').focus();
  await page.keyboard.press("Space");
  await expect(market).toBeVisible();
});

test("hovering or stepping to an event of year Y puts the year cursor on Y across the page", async ({ page }) => {
  await pageWithTimeline(page);
  await page.evaluate(() => {
    (window as unknown as { years: (number | null)[] }).years = [];
    window.addEventListener("cloud-expedition:year", (e) => (window as unknown as { years: (number | null)[] }).years.push((e as CustomEvent).detail.year));
  });
  const figure = page.locator(TIMELINE).first();
  const other = page.locator(OTHER_CHART).first();
  const hasOther = (await other.count()) > 0;
  const target = hasOther ? other : figure;

  const mark = wideSvg(page).locator("[data-point][data-year]").nth(12);
  const year = (await mark.getAttribute("data-year"))!;
  await mark.hover();
  await expect(target).toHaveAttribute("data-year-cursor", year);
  expect(await page.evaluate(() => (window as unknown as { years: (number | null)[] }).years)).toContain(Number(year));
  await expect(wideSvg(page).locator("[data-cursor-band]")).toBeVisible();

  // Keyboard: focus the plot and step to the first event.
  await page.mouse.move(0, 0);
  const first = (await wideSvg(page).locator("[data-point]").first().getAttribute("data-year"))!;
  // Keys work once the interaction is attached (hydrated): it makes the plot focusable.
  await expect(figure.locator("[data-chart-plot]")).toHaveAttribute("tabindex", "0");
  await figure.locator("[data-chart-plot]").focus();
  await page.keyboard.press("Home");
  await expect(target).toHaveAttribute("data-year-cursor", first);

  // Another chart's cursor shows on the timeline too.
  await page.evaluate(() => window.dispatchEvent(new CustomEvent("cloud-expedition:year", { detail: { year: 2016, source: "test" } })));
  await expect(figure).toHaveAttribute("data-year-cursor", "2016");
  await expect(wideSvg(page).locator('[data-point][data-year="2016"]').first()).toHaveAttribute("data-cursor", "");
  await expect(wideSvg(page).locator("[data-cursor-band]")).toBeVisible();
});

test("Enter on the active event opens its chapter", async ({ page }) => {
  await pageWithTimeline(page);
  const figure = page.locator(TIMELINE).first();
  // Keys work once the interaction is attached (hydrated): it makes the plot focusable.
  await expect(figure.locator("[data-chart-plot]")).toHaveAttribute("tabindex", "0");
  await figure.locator("[data-chart-plot]").focus();
  await page.keyboard.press("Home");
  const href = (await wideSvg(page).locator("[data-point][data-active]").locator("xpath=ancestor::*[@data-event-link]").getAttribute("data-href"))!;
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[/.]/g, "\\$&")}$`));
});

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds no violation in the timeline in ${scheme} mode, before and after filtering`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await pageWithTimeline(page);
    const scan = async () =>
      (await new AxeBuilder({ page }).include(TIMELINE).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze()).violations.map(
        (v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`,
      );
    expect(await scan()).toEqual([]);
    const figure = page.locator(TIMELINE).first();
    await figure.locator("label", { hasText: "AI" }).click();
    await figure.locator('input[data-range-edge="from"]').fill("2015");
    expect(await scan()).toEqual([]);
    await context.close();
  });
}

test("at 320 px the timeline is a vertical list that fits, and the year range shortens it", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  await pageWithTimeline(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const figure = page.locator(TIMELINE).first();
  const narrow = figure.locator('svg[data-timeline="narrow"]');
  await expect(narrow).toBeVisible();
  await expect(figure.locator('svg[data-timeline="wide"]')).toBeHidden();
  // SVG text cannot wrap: every estimated line must really fit, in this browser's fonts.
  const outside = await narrow.evaluate((svg: SVGSVGElement) => {
    const width = svg.viewBox.baseVal.width;
    return Array.from(svg.querySelectorAll<SVGTextElement>("text"))
      .filter((t) => t.getClientRects().length && (t.getBBox().x < 0 || t.getBBox().x + t.getBBox().width > width))
      .map((t) => t.textContent);
  });
  expect(outside).toEqual([]);
  const rows = narrow.locator('[data-row="event"]:visible');
  const all = await rows.count();
  const tall = (await narrow.boundingBox())!.height;
  await figure.locator('input[data-range-edge="from"]').fill("2020");
  await expect(figure).toHaveAttribute("data-year-range", "2020-2025");
  expect(await rows.count()).toBeLessThan(all);
  expect((await narrow.boundingBox())!.height).toBeLessThan(tall);
  await expect(narrow.locator('[data-row="year"]:visible').first()).toContainText("2020");
  const after = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(after).toBeLessThanOrEqual(0);
  await context.close();
});
