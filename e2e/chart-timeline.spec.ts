// The timeline: links to chapters, the years shown by brush and sliders (pointer and keyboard), theme
// filters, the shared year cursor, marks that glide to a new layout on the same elements, and the list
// a phone reads, without JavaScript too.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { axeLightAndDark, sitemapPaths, watchErrors } from "./helpers";

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

const figureOf = (page: Page) => page.locator(TIMELINE).first();
const wideSvg = (page: Page) => figureOf(page).locator('svg[data-frame="wide"]');
/** Marks the view shows (the others are drawn off, faded out where they fold to). */
const shownPoints = (svg: Locator) => svg.locator("[data-point]:not([data-off])");
const shownTicks = (svg: Locator) => svg.locator('[data-k^="tick-"]:not([data-off])');
/** The island renders on the reader's first pointer, touch or focus inside it (components/islands/timeline.ts):
 * point at its corner, then wait until it has started: it sets the range it draws on the figure. */
async function started(page: Page) {
  await figureOf(page)
    .locator(".chart-timeline-island")
    .first()
    .hover({ position: { x: 1, y: 1 } });
  await expect(figureOf(page)).toHaveAttribute("data-year-range", /\d{4}-\d{4}/);
}

/** Texts of the visible plot that leave the SVG or overlap each other, in this browser's fonts. */
function textProblems(svg: Locator) {
  return svg.evaluate((el: SVGSVGElement) => {
    const out: string[] = [];
    const frame = el.getBoundingClientRect();
    const boxes = Array.from(el.querySelectorAll<SVGTextElement>("text:not([data-off])"))
      .filter((t) => t.getClientRects().length)
      .map((t) => ({ t: t.textContent ?? "", r: t.getBoundingClientRect() }));
    for (const { t, r } of boxes) if (r.left < frame.left - 1 || r.right > frame.right + 1) out.push(`outside: ${t}`);
    // Glyph boxes include the font's line gap: trim it, then any overlap is a real one.
    const inner = boxes.map(({ t, r }) => ({ t, x0: r.left, x1: r.right, y0: r.top + r.height * 0.2, y1: r.bottom - r.height * 0.2 }));
    for (let i = 0; i < inner.length; i++)
      for (let j = i + 1; j < inner.length; j++) {
        const a = inner[i]!;
        const b = inner[j]!;
        if (a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 && b.y0 < a.y1) out.push(`overlap: ${a.t} / ${b.t}`);
      }
    return out;
  });
}

test("without JavaScript the SVG and a table of every event with its chapter link are there, and the controls are not", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await pageWithTimeline(page);
  const figure = figureOf(page);
  await expect(figure.locator("svg[data-frame]:visible")).toHaveCount(1);
  const marks = await shownPoints(figure.locator("svg[data-frame]:visible")).count();
  expect(marks).toBeGreaterThan(20);
  const rows = figure.locator("details tbody tr");
  expect(await rows.count()).toBe(marks);
  const links = figure.locator("details tbody a");
  expect(await links.count()).toBeGreaterThan(20);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
    expect(href).toMatch(/^(\/[\w-]+)*\/en\/[a-z-]+\/#event-[a-z0-9-]+$/);
  }
  await expect(figure.locator("[data-timeline-controls]").first()).toBeHidden();
  await expect(figure.locator("svg[data-brush]:visible")).toHaveCount(0);
  await context.close();
});

test("an event mark links to the place in its chapter that tells the event", async ({ page }) => {
  await pageWithTimeline(page);
  await started(page);
  const mark = shownPoints(wideSvg(page)).nth(5);
  const href = (await mark.getAttribute("data-href"))!;
  expect(href).toMatch(/\/en\/[a-z-]+\/#event-[a-z0-9-]+$/);
  const [path, anchor] = href.split("#") as [string, string];
  await mark.click();
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

test("lane names, landmark labels and years stay inside the lanes and clear of each other, zoomed in too", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await pageWithTimeline(page);
  await started(page);
  expect(await textProblems(wideSvg(page))).toEqual([]);
  await figureOf(page).locator('input[data-range-edge="from"]').fill("2016");
  await expect(figureOf(page)).toHaveAttribute("data-year-range", "2016-2025");
  await page.waitForTimeout(1000);
  expect(await textProblems(wideSvg(page))).toEqual([]);
});

test("the sliders and the brush change the years the axis shows, and the marks glide on the same elements", async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await pageWithTimeline(page);
  const figure = figureOf(page);
  await figure.scrollIntoViewIfNeeded();
  await started(page);
  await expect(figure).toHaveAttribute("data-year-range", "2009-2025");
  const all = await shownPoints(wideSvg(page)).count();
  const heightBefore = (await wideSvg(page).boundingBox())!.height;

  // The same element moves (its shape's `d` changes, and a transition runs unless motion is reduced).
  const mark = wideSvg(page).locator('[data-point][data-year="2019"]').first();
  const handle = await mark.elementHandle();
  const d0 = await mark.getAttribute("d");
  await figure.locator('input[data-range-edge="from"]').fill("2016");
  await expect(figure).toHaveAttribute("data-year-range", "2016-2025");
  expect(await handle!.evaluate((el) => el.isConnected)).toBe(true);
  await expect(mark).not.toHaveAttribute("d", d0!);
  expect(await mark.evaluate((el) => getComputedStyle(el).transitionProperty)).toContain("d");
  await expect(shownTicks(wideSvg(page)).first()).toHaveText("2016");
  const zoomed = await shownPoints(wideSvg(page)).count();
  expect(zoomed).toBeLessThan(all);
  for (const y of await shownPoints(wideSvg(page)).evaluateAll((ms) => ms.map((m) => Number(m.getAttribute("data-year")))))
    expect(y).toBeGreaterThanOrEqual(2016);
  // Brushing keeps the chart's height: nothing below it jumps.
  expect((await wideSvg(page).boundingBox())!.height).toBeCloseTo(heightBefore, 0);

  // Keys in a slider move the slider, not the chart's arrow-key navigation.
  await figure.locator('input[data-range-edge="to"]').focus();
  await page.keyboard.press("ArrowLeft");
  await expect(figure).toHaveAttribute("data-year-range", "2016-2024");
  await expect(figure.locator("[data-timeline-live]")).toContainText("2016");
  await expect(figure.locator('[data-range-readout="to"]')).toHaveText("2024");

  await figure.getByRole("button", { name: "Show all years" }).click();
  await expect(figure).toHaveAttribute("data-year-range", "2009-2025");

  // Drag on the brush strip from early 2013 to late 2017: the main axis zooms to 2013–2017.
  const strip = figure.locator('svg[data-brush="wide"] [data-k="strip"]');
  const box = (await strip.boundingBox())!;
  const xOf = (at: number) => box.x + ((at - 2009) / 17) * box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(xOf(2013.3), y);
  await page.mouse.down();
  await page.mouse.move(xOf(2015.5), y, { steps: 4 });
  await page.mouse.move(xOf(2017.6), y, { steps: 4 });
  await page.mouse.up();
  await expect(figure).toHaveAttribute("data-year-range", "2013-2017");
  await expect(shownTicks(wideSvg(page)).first()).toHaveText("2013");
  await expect(shownTicks(wideSvg(page)).last()).toHaveText("2017");
  await expect(figure.locator('svg[data-brush="wide"] [data-k="from"]')).toHaveText("2013");
  // Drag the window itself two years to the right.
  const win = (await figure.locator('svg[data-brush="wide"] [data-k="window"]').boundingBox())!;
  await page.mouse.move(win.x + win.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(win.x + win.width / 2 + (2 / 17) * box.width, y, { steps: 5 });
  await page.mouse.up();
  await expect(figure).toHaveAttribute("data-year-range", "2015-2019");
  expect(errors).toEqual([]);
});

test("a theme chip folds its lane and hides its events, and says so", async ({ page }) => {
  await pageWithTimeline(page);
  await started(page);
  const figure = figureOf(page);
  const lane = wideSvg(page).locator('[data-k="lane-market"]');
  await expect(lane).not.toHaveAttribute("data-off", "");
  const before = await shownPoints(wideSvg(page)).count();
  const market = await shownPoints(wideSvg(page)).and(page.locator(".chart-timeline-market")).count();
  expect(market).toBeGreaterThan(0);

  await figure.locator("label", { hasText: "Market" }).click();
  await expect(figure.locator('input[data-theme-filter="market"]')).not.toBeChecked();
  await expect(lane).toHaveAttribute("data-off", "");
  await expect(shownPoints(wideSvg(page)).and(page.locator(".chart-timeline-market"))).toHaveCount(0);
  expect(await shownPoints(wideSvg(page)).count()).toBe(before - market);
  await expect(figure.locator("[data-timeline-live]")).toContainText("Market hidden");
  await expect(figure).toHaveAttribute("data-hidden-themes", "market");

  // Keyboard: Space on the focused chip brings the lane back.
  await figure.locator('input[data-theme-filter="market"]').focus();
  await page.keyboard.press("Space");
  await expect(lane).not.toHaveAttribute("data-off", "");
});

test("hovering or stepping to an event of year Y puts the year cursor on Y across the page", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await pageWithTimeline(page);
  await started(page);
  await page.evaluate(() => {
    (window as unknown as { years: (number | null)[] }).years = [];
    window.addEventListener("cloud-expedition:year", (e) => (window as unknown as { years: (number | null)[] }).years.push((e as CustomEvent).detail.year));
  });
  const figure = figureOf(page);
  const other = page.locator(OTHER_CHART).first();
  const target = (await other.count()) > 0 ? other : figure;
  const band = wideSvg(page).locator('[data-k="cursor"]');

  const mark = shownPoints(wideSvg(page)).nth(12);
  const year = (await mark.getAttribute("data-year"))!;
  await mark.hover();
  await expect(target).toHaveAttribute("data-year-cursor", year);
  expect(await page.evaluate(() => (window as unknown as { years: (number | null)[] }).years)).toContain(Number(year));
  await expect(band).not.toHaveAttribute("data-off", "");
  await expect(figure.locator(".chart-tooltip")).toBeVisible();
  // The band stands over the event's year: it moves with the cursor (only the band is redrawn).
  const across = async (point: Locator) => {
    const [b, p] = [await band.boundingBox(), await point.boundingBox()];
    const x = p!.x + p!.width / 2;
    return b!.x - 1 <= x && x <= b!.x + b!.width + 1;
  };
  await expect.poll(() => across(mark), "the band is over the hovered event").toBe(true);

  // Keyboard: focus the plot and step to the first event.
  await page.mouse.move(0, 0);
  const first = (await shownPoints(wideSvg(page)).first().getAttribute("data-year"))!;
  await expect(figure.locator("[data-chart-plot]")).toHaveAttribute("tabindex", "0");
  await figure.locator("[data-chart-plot]").focus();
  await page.keyboard.press("Home");
  await expect(target).toHaveAttribute("data-year-cursor", first);
  expect(first, "the first event is of another year than the one hovered").not.toBe(year);
  await expect.poll(() => across(shownPoints(wideSvg(page)).first()), "the band moved to the first event").toBe(true);

  // Another chart's cursor shows on the timeline too.
  await page.evaluate(() => window.dispatchEvent(new CustomEvent("cloud-expedition:year", { detail: { year: 2016, source: "test" } })));
  await expect(figure).toHaveAttribute("data-year-cursor", "2016");
  await expect(wideSvg(page).locator('[data-point][data-year="2016"]').first()).toHaveAttribute("data-cursor", "");
  await expect(band).not.toHaveAttribute("data-off", "");
});

test("Enter on the active event opens its chapter", async ({ page }) => {
  await pageWithTimeline(page);
  const figure = figureOf(page);
  await started(page);
  await expect(figure.locator("[data-chart-plot]")).toHaveAttribute("tabindex", "0");
  await figure.locator("[data-chart-plot]").focus();
  await page.keyboard.press("Home");
  const href = (await figure.locator("svg[data-frame]:visible [data-point][data-active]").getAttribute("data-href"))!;
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[/.]/g, "\\$&")}$`));
});

test("the downloaded picture shows the chart, not its controls: no brush handles, no quarter lines", async ({ request }) => {
  const file = await (await request.get("/en/embed/timeline/timeline.svg")).text();
  const drawing = file.slice(file.indexOf("</style>"));
  expect(drawing).toContain('data-k="ev-alibaba-cloud-founded"');
  expect(drawing).not.toMatch(/data-k="(handle|window|veil|strip|quarter-|cursor)|data-off|data-brush/);
});

test("axe finds no violation in the timeline in light and dark mode, before and after filtering", async ({ page }) => {
  test.setTimeout(90_000);
  await pageWithTimeline(page);
  await started(page);
  // In full in light, the colour rules in dark, on the same state.
  expect(await axeLightAndDark(page, { include: TIMELINE, label: "all " })).toEqual([]);
  const figure = figureOf(page);
  await figure.locator("label", { hasText: "AI" }).click();
  await figure.locator('input[data-range-edge="from"]').fill("2015");
  expect(await axeLightAndDark(page, { include: TIMELINE, label: "filtered " })).toEqual([]);
});

test("at 320 px the timeline is a list that fits, the year range shortens it, and the year readouts never wrap", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  await pageWithTimeline(page);
  await started(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const figure = figureOf(page);
  const narrow = figure.locator('svg[data-frame="narrow"]');
  await expect(narrow).toBeVisible();
  await expect(wideSvg(page)).toBeHidden();
  await expect(figure.locator('svg[data-brush="narrow"]')).toBeVisible();
  // SVG text cannot wrap: every line the layout wrapped must really fit, in this browser's fonts.
  expect(await textProblems(narrow)).toEqual([]);
  const titles = narrow.locator('[data-k^="title-"]:not([data-off])');
  const all = await titles.count();
  const tall = (await narrow.boundingBox())!.height;
  await figure.locator('input[data-range-edge="from"]').fill("2020");
  await expect(figure).toHaveAttribute("data-year-range", "2020-2025");
  expect(await titles.count()).toBeLessThan(all);
  // The list shrinks once its rows have glided up.
  await expect.poll(async () => (await narrow.boundingBox())!.height).toBeLessThan(tall);
  await expect(narrow.locator('text[data-k^="year-"]:not([data-off])').first()).toHaveText("2020");
  // "2020", never "20" over "20".
  for (const edge of ["from", "to"]) {
    const readout = figure.locator(`[data-range-readout="${edge}"]`);
    const lines = await readout.evaluate(
      (el) => el.getClientRects().length && Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
    );
    expect(lines, edge).toBe(1);
  }
  const after = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(after).toBeLessThanOrEqual(0);
  await context.close();
});

test("the frame a window hides is laid out when it appears: years chosen wide show in the phone's list after a resize", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await pageWithTimeline(page);
  await started(page);
  const figure = figureOf(page);
  const narrow = figure.locator('svg[data-frame="narrow"]');
  await expect(narrow).toBeHidden();
  const titles = narrow.locator('[data-k^="title-"]:not([data-off])');
  const all = await titles.count();
  await figure.locator('input[data-range-edge="from"]').fill("2020");
  await expect(figure).toHaveAttribute("data-year-range", "2020-2025");
  // Hidden, the list has not been laid out again: it still shows every year.
  expect(await titles.count()).toBe(all);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(narrow).toBeVisible();
  await expect.poll(() => titles.count()).toBeLessThan(all);
  await expect(narrow.locator('text[data-k^="year-"]:not([data-off])').first()).toHaveText("2020");
});

test("on a phone the timeline page and its embed load without a layout shift: the controls above the list are there at first paint", async ({ browser }) => {
  // Without <link rel="expect" blocking="render"> Chromium painted mid-parse in two loads of three here, and
  // the list jumped when the controls placed above it arrived (0.039 on /en/timeline/): three loads each.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 });
  await context.addInitScript(() => {
    (window as unknown as { shifts: number[] }).shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (window as unknown as { shifts: number[] }).shifts.push((e as PerformanceEntry & { value: number }).value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  for (const path of ["/en/timeline/", "/zh-hans/embed/timeline/"]) {
    for (let load = 0; load < 3; load++) {
      const page = await context.newPage();
      await page.goto(path, { waitUntil: "load" });
      await page.waitForTimeout(300);
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      expect(
        shifts.reduce((a, b) => a + b, 0),
        `${path}, load ${load + 1}`,
      ).toBeLessThan(0.01);
      await page.close();
    }
  }
  await context.close();
});

test("on a phone a tap on an event shows its card without moving the list or covering the row; a second tap opens its chapter", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto("/en/timeline/");
  const list = figureOf(page).locator('svg[data-frame="narrow"]');
  const card = figureOf(page).locator(".chart-tooltip");
  // A row in mid-screen (its tap starts the island), then one at the top of the screen (no room for the
  // card above it there), tapped once the island is live.
  for (const [n, block] of [
    [6, "center"],
    [0, "start"],
  ] as const) {
    const glyph = shownPoints(list).nth(n);
    const title = list.locator(`[data-k="${(await glyph.getAttribute("data-k"))!.replace(/^ev-/, "title-")}"]`);
    await glyph.evaluate((el, block) => el.scrollIntoView({ block }), block);
    const before = (await title.boundingBox())!;
    await glyph.tap();
    await expect(card).toBeVisible();
    await expect(figureOf(page).locator("[data-island]")).toHaveCount(1);
    // Let the island draw, and any glide end.
    await page.waitForTimeout(1200);
    expect(page.url(), "a first tap shows the card and stays").toMatch(/\/en\/timeline\/$/);
    const after = (await title.boundingBox())!;
    expect(Math.abs(after.y - before.y), `row ${n} moved`).toBeLessThanOrEqual(1);
    const c = (await card.boundingBox())!;
    const overlap = Math.min(c.y + c.height, after.y + after.height) - Math.max(c.y, after.y);
    const where = `card ${Math.round(c.y)}–${Math.round(c.y + c.height)}, title ${Math.round(after.y)}–${Math.round(after.y + after.height)}`;
    expect(overlap, `the card over row ${n}'s title (${where})`).toBeLessThanOrEqual(0);
    await expect(card).toBeInViewport();
  }
  const first = shownPoints(list).nth(0);
  const href = (await first.getAttribute("data-href"))!;
  await first.tap();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[/.?]/g, "\\$&")}$`));
  await context.close();
});

test("the theme chips draw their glyphs as clip paths, and no element of a timeline page uses an SVG image", async ({ page }) => {
  // Each SVG image (a data: URL in a mask or background) is a whole SVG document to the browser, created
  // when its element is laid out: about 2.5 ms apiece unthrottled, five per timeline figure.
  for (const path of ["/en/timeline/", "/en/the-letter/"]) {
    await page.goto(path);
    const found = await page.evaluate(() => {
      const chips = Array.from(document.querySelectorAll<HTMLElement>(".chart-timeline-chip-glyph"), (el) => {
        const box = el.getBoundingClientRect();
        return { clip: getComputedStyle(el).clipPath, width: box.width, height: box.height };
      });
      const images: string[] = [];
      for (const el of document.querySelectorAll("*")) {
        const s = getComputedStyle(el);
        for (const v of [s.maskImage, s.backgroundImage, s.listStyleImage, s.borderImageSource, s.getPropertyValue("-webkit-mask-image")])
          if (v?.includes("image/svg")) images.push(`${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}`);
      }
      return { chips, images };
    });
    expect(found.chips.length, path).toBeGreaterThanOrEqual(5);
    for (const chip of found.chips) {
      expect(chip.clip, path).toMatch(/^path\("M/);
      expect(chip.width).toBe(12);
      expect(chip.height).toBe(12);
    }
    expect(found.images, path).toEqual([]);
  }
});
