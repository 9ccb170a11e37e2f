import { expect, test } from "@playwright/test";
import { toHantChars } from "@/lib/content/hant";
import { absoluteUrl } from "@/lib/paths";
import { chapterPaths, LOCALES } from "./helpers";

const chapters = chapterPaths().map((p) => p.replace(/^\/en/, ""));

test("every chapter in every locale renders, with its table of contents anchors, reading time and citation, and every footnote resolves", async ({ page }) => {
  // Eighteen page loads (three source lists, fifteen chapters), each checked in full.
  test.setTimeout(150_000);
  expect(chapters.length).toBe(5);
  const sourceIds = new Map<string, Set<string>>();
  for (const l of LOCALES) {
    await page.goto(`/${l}/sources/`);
    sourceIds.set(l, new Set(await page.locator("[id^=source-]").evaluateAll((els) => els.map((e) => e.id))));
  }
  for (const l of LOCALES) {
    for (const c of chapters) {
      const response = await page.goto(`/${l}${c}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("article h1")).toHaveCount(1);
      const hrefs = await page.locator("[data-toc] a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash));
      expect(hrefs.length, `${l}${c} has a table of contents`).toBeGreaterThan(1);
      const counts = await page.evaluate(
        (hashes) => hashes.map((h) => `${h} ${document.querySelectorAll(`[id="${CSS.escape(decodeURIComponent(h.slice(1)))}"]`).length}`),
        hrefs,
      );
      expect(counts, `${l}${c}: each contents link has one target`).toEqual(hrefs.map((h) => `${h} 1`));
      await expect(page.locator("#cite-text")).toContainText(c.replace(/\//g, ""));
      // Built without SITE_URL (html[data-build-origin]), the citation names the origin the page is served
      // from, not the build's default; built with it, SITE_URL.
      const built = await page.locator("html").getAttribute("data-build-origin");
      const origin = built ? new URL(page.url()).origin : absoluteUrl("");
      await expect(page.locator("#cite-text")).toContainText(`${origin}/${l}${c}`);
      expect(await page.locator("article header p").first().textContent()).toMatch(/\d/);

      // Footnotes: every marker's note is there, once, and every note's source is on the sources page.
      const refs = await page.locator('article a[href^="#note-"]').evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).hash))]);
      expect(refs.length, `${l}${c} cites sources`).toBeGreaterThan(0);
      // One round trip for all of a chapter's markers.
      const notes = await page.evaluate((hashes) => hashes.map((h) => `${h} ${document.querySelectorAll(h).length}`), refs);
      expect(notes, `${l}${c}`).toEqual(refs.map((h) => `${h} 1`));
      const bib = await page.locator('section.notes a[href*="/sources/#source-"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
      expect(bib.length).toBe(refs.length);
      for (const id of bib) expect(sourceIds.get(l)!.has(id), `${l}${c} → ${id}`).toBe(true);
    }
  }
});

// Characters that are standard Traditional in our text but that OpenCC's character table maps to another
// form in another sense: 阿里 (not 阿裡), 后羿 (the archer, not 後), 遠征 (not 遠徵), and 台 (Taiwan
// usage writes 平台, 一台伺服器; OpenCC's table prefers 臺). Phrase conversion and our overrides handle
// their context; every other character must survive a character-level conversion unchanged.
const AMBIGUOUS = new Set(["里", "后", "征", "台"]);

test("Traditional pages hold no Simplified-only characters: converting them again changes nothing", async ({ page }) => {
  for (const path of [...chapters, "/", "/sources/", "/timeline/"]) {
    await page.goto(`/zh-hant${path}`);
    // URLs are quoted verbatim, whatever their script.
    const text = await page.locator("main").evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("[data-verbatim]").forEach((el) => el.remove());
      return copy.innerText;
    });
    const stray = [...text].map((ch, i) => (!AMBIGUOUS.has(ch) && toHantChars(ch) !== ch ? text.slice(Math.max(0, i - 5), i + 5) : null)).filter(Boolean);
    expect(stray, `/zh-hant${path}`).toEqual([]);
  }
});

const searchTerms = { en: "Houyi", "zh-hans": "飞天", "zh-hant": "飛天" } as const;
for (const l of LOCALES) {
  test(`search finds a known term in ${l}`, async ({ page }) => {
    await page.goto(`/${l}/search/?q=${encodeURIComponent(searchTerms[l])}`);
    const result = page.locator(".pagefind-ui__result-link").first();
    await expect(result).toBeVisible({ timeout: 10_000 });
    const hrefs = await page.locator(".pagefind-ui__result-link").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.some((h) => h.startsWith(`/${l}/`) && chapters.some((c) => h.startsWith(`/${l}${c}`)))).toBe(true);
    expect(hrefs.every((h) => h.startsWith(`/${l}/`))).toBe(true);
  });
}

test("the cover offers to continue where the reader left off, and the link restores the position", async ({ page }) => {
  await page.goto("/en/");
  await expect(page.locator("[data-continue]")).toHaveCount(0);
  await page.goto("/en/to-the-cloud/");
  // Scroll only once the page has its final height (pinned scrollytelling adds space).
  await expect(page.locator("[data-scrolly]").first()).toHaveAttribute("data-pinned", "");
  // Read down to the middle a screen at a time, as a reader does: every block on the way is drawn at its
  // real height, while on the next visit the blocks above stand at their estimated heights.
  const target = await page.evaluate(() => {
    const a = document.querySelector<HTMLElement>("[data-chapter]")!;
    return a.offsetTop + a.offsetHeight * 0.5;
  });
  for (let y = 0; y < target; y += 500) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  /** The text block at the top of the screen, and how far into it the screen's top is. */
  const atTop = () =>
    page.evaluate(() => {
      const blocks = Array.from(document.querySelectorAll<HTMLElement>("[data-chapter] .prose-body > *"));
      const i = blocks.findIndex((b) => b.getBoundingClientRect().bottom > 0);
      return { block: i, offset: -blocks[i]!.getBoundingClientRect().top };
    });
  const left = await atTop();
  expect(left.block).toBeGreaterThan(0);
  await page.goto("/en/");
  const link = page.locator("[data-continue]");
  await expect(link).toContainText("Computing moves to the cloud");
  // Saved as the reader left (pagehide), not only while scrolling.
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("ce-reading") ?? "{}"));
  expect(saved).toMatchObject({ slug: "to-the-cloud", block: left.block });
  expect(saved.fraction).toBeGreaterThan(0.2);
  await link.click();
  await expect(page).toHaveURL(/\/en\/to-the-cloud\/$/);
  // The same block is at the top of the screen, at the same depth (within a line or two).
  await expect.poll(atTop).toMatchObject({ block: left.block });
  expect(Math.abs((await atTop()).offset - left.offset)).toBeLessThan(60);
});

test("print shows all the text: every paragraph, every step and its figure, and the notes", async ({ page }) => {
  await page.goto("/en/to-the-cloud/");
  await page.emulateMedia({ media: "print" });
  // Every paragraph of the text; links that only make sense on screen (present as slides) are marked no-print.
  const paragraphs = page.locator(".prose-body p:not(.no-print)");
  const count = await paragraphs.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) await expect(paragraphs.nth(i)).toBeVisible();
  const steps = page.locator(".scrolly-step");
  for (let i = 0; i < (await steps.count()); i++) await expect(steps.nth(i)).toBeVisible();
  const figures = page.locator(".scrolly-figure");
  for (let i = 0; i < (await figures.count()); i++) await expect(figures.nth(i)).toBeVisible();
  await expect(page.locator("section.notes")).toBeVisible();
  await expect(page.locator("header nav").first()).toBeHidden();
});

test("with reduced motion, a scrollytelling chart is still pinned and follows the steps, without animating", async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto("/en/to-the-cloud/");
  const scrolly = page.locator("[data-scrolly]").first();
  await expect(scrolly).toHaveAttribute("data-pinned", "");
  const steps = scrolly.locator(".scrolly-step");
  await steps.nth(2).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 1));
  await expect(scrolly).toHaveAttribute("data-active-step", "2");
  await expect(scrolly.locator("figure[data-chart]")).toHaveAttribute("data-state", "2");
  await context.close();
});

test("scrolling pins the chart and the active step drives it: one figure, in the step's state", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/en/to-the-cloud/");
  const scrolly = page.locator("[data-scrolly]").first();
  await expect(scrolly).toHaveAttribute("data-pinned", "");
  const steps = scrolly.locator(".scrolly-step");
  await steps.nth(2).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 1));
  await expect(scrolly).toHaveAttribute("data-active-step", "2");
  await expect(scrolly.locator("figure[data-chart]")).toHaveCount(1);
  await expect(scrolly.locator("figure[data-chart]")).toHaveAttribute("data-state", "2");
  await expect(scrolly.locator("figure[data-chart]")).toBeVisible();
  await expect(steps.nth(2)).toHaveAttribute("data-active", "");
});

test("the timeline lists events that link to their place in a chapter, and filters by theme without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/timeline/");
  const events = page.locator(".timeline-list [data-event-theme]");
  expect(await events.count()).toBeGreaterThan(20);
  const link = events.first().locator("a");
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/en\/[a-z-]+\/#event-[a-z0-9-]+$/);
  await link.click();
  await expect(page.locator(`[id="${href!.split("#")[1]}"]`)).toHaveCount(1);
  await page.goto("/en/timeline/");
  const ai = page.locator('.timeline-list [data-event-theme="ai"]');
  await expect(ai.first()).toBeVisible();
  await page.locator('.timeline-list [data-theme-filter="ai"]').uncheck();
  await expect(ai.first()).toBeHidden();
  await expect(page.locator('.timeline-list [data-event-theme="platform"]').first()).toBeVisible();
  await context.close();
});

test("the timeline's year cursor is shared: pointing at a 2016 event marks 2016 in the traffic chart", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/en/timeline/");
  const timeline = page.locator('figure[data-chart="timeline"]');
  const traffic = page.locator('figure[data-chart="double11-traffic"]');
  await expect(traffic).not.toHaveAttribute("data-year-cursor", /.*/);
  const mark = timeline.locator('svg:visible [data-point][data-year="2016"]').first();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  await expect(traffic).toHaveAttribute("data-year-cursor", "2016");
  expect(await traffic.locator('[data-year="2016"][data-cursor]').count()).toBeGreaterThan(0);
  expect(await traffic.locator('[data-year="2015"][data-cursor]').count()).toBe(0);
});
