// Chart text as readers see it, measured in the browser on the drawn SVG (font size × the screen scale of
// the element): at least 11 px on a 390 px phone, at least 22 px on a 1920×1080 slide, and on a printed
// handout the chart takes at least half the page width with labels of at least 7 pt.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

/** Rendered sizes (CSS px) of every visible text in the visible chart SVGs under a selector. */
async function textSizes(page: Page, scope: string) {
  return page.evaluate((scope) => {
    const out: { chart: string; text: string; px: number }[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>(`${scope} svg[data-frame]`)) {
      if (!svg.getClientRects().length || getComputedStyle(svg).display === "none") continue;
      const chart = svg.closest("[data-chart]")?.getAttribute("data-chart") ?? "?";
      for (const t of svg.querySelectorAll<SVGTextElement>("text")) {
        if (t.closest("[data-off]")) continue;
        const m = t.getScreenCTM();
        if (!m) continue;
        const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
        out.push({ chart, text: t.textContent ?? "", px: Math.round(px * 10) / 10 });
      }
    }
    return out;
  }, scope);
}

test("on a 390 px phone every chart label in every chapter is at least 11 px", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  for (const chapter of ["prologue", "to-the-cloud", "virtualization-tax", "ai-wall", "the-letter"]) {
    await page.goto(`/en/${chapter}/`);
    const sizes = await textSizes(page, "main");
    const small = sizes.filter((s) => s.px < 11);
    expect(
      small,
      `${chapter}: ${small
        .slice(0, 5)
        .map((s) => `${s.chart} "${s.text}" ${s.px}px`)
        .join("; ")}`,
    ).toEqual([]);
  }
  await context.close();
});

test("on a 1920×1080 slide every chart label is at least 22 px", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto("/en/present/to-the-cloud/#/1/0");
  await expect(page.locator(".deck[data-presenting][data-deck-ready]")).toBeVisible();
  const slides = await page.locator(".deck-item").count();
  let checked = 0;
  for (let i = 0; i < slides; i++) {
    const item = page.locator(".deck-item").nth(i);
    if (!(await item.locator(".deck-chart-live").count())) continue;
    await page.evaluate((n) => (location.hash = `#/${n}/0`), i + 1);
    await expect(item).toHaveAttribute("data-current", "");
    const sizes = await textSizes(page, ".deck-item[data-current]");
    expect(sizes.length).toBeGreaterThan(10);
    const small = sizes.filter((s) => s.px < 22);
    expect(
      small,
      small
        .slice(0, 5)
        .map((s) => `${s.chart} "${s.text}" ${s.px}px`)
        .join("; "),
    ).toEqual([]);
    checked++;
  }
  expect(checked).toBeGreaterThan(0);
  await context.close();
});

test("a printed handout gives each chart at least half the page width, with labels of at least 7 pt", async ({ browser }) => {
  test.setTimeout(120_000);
  // The handout's page (components/present/deck.css): A4 landscape with 10 mm margins, 277 × 190 mm of
  // paper, laid out at 96 CSS px to the inch. A viewport of that size lays the page out as the printer does.
  const mm = 96 / 25.4;
  const context = await browser.newContext({ viewport: { width: Math.round(277 * mm), height: Math.round(190 * mm) } });
  const page = await context.newPage();
  await page.goto("/en/present/to-the-cloud/");
  await page.emulateMedia({ media: "print" });
  const pageWidthPx = 277 * mm;
  const charts = page.locator(".deck-chart-live");
  expect(await charts.count()).toBeGreaterThan(0);
  for (const chart of await charts.all()) {
    const svg = chart.locator("svg[data-frame]").first();
    const box = (await svg.boundingBox())!;
    expect(box.width, "chart width on the page").toBeGreaterThanOrEqual(pageWidthPx / 2);
  }
  const sizes = await textSizes(page, ".deck-chart-live");
  // 1 pt = 4/3 CSS px.
  const small = sizes.filter((s) => (s.px * 3) / 4 < 7);
  expect(
    small,
    small
      .slice(0, 5)
      .map((s) => `${s.chart} "${s.text}" ${((s.px * 3) / 4).toFixed(1)}pt`)
      .join("; "),
  ).toEqual([]);
  await context.close();
});

test("on a 390 px phone every embed's chart labels are at least 11 px", async ({ browser }) => {
  test.setTimeout(120_000);
  // Every chart that has an embed: the build's own list of them (out/en/embed/<id>/).
  const ids = fs
    .readdirSync(path.join("out", "en", "embed"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  expect(ids.length).toBeGreaterThan(5);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const small: string[] = [];
  for (const id of ids) {
    await page.goto(`/en/embed/${id}/`);
    const sizes = await textSizes(page, "[data-embed]");
    expect(sizes.length, `${id}: no chart text found`).toBeGreaterThan(5);
    for (const s of sizes.filter((s) => s.px < 11).slice(0, 3)) small.push(`${id}: "${s.text}" ${s.px}px`);
  }
  expect(small).toEqual([]);
  await context.close();
});
