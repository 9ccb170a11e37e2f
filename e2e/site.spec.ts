import { expect, type Page, type Request, test } from "@playwright/test";
import { axeDocumentRules, axeLightAndDark, axeViolations, chapterPaths, islandsReady, LANG, LOCALES, localeOf, sitemapPaths, watchErrors } from "./helpers";

const pages = sitemapPaths();

test("the sitemap lists the cover, every locale's cover, sources and chapters", () => {
  expect(pages).toContain("/");
  for (const l of LOCALES) {
    expect(pages).toContain(`/${l}/`);
    expect(pages).toContain(`/${l}/sources/`);
  }
  expect(chapterPaths().length).toBeGreaterThan(0);
});

// One load per page for everything a page must always be: it answers, in its language, with no console error,
// no request to another origin, and no WCAG 2.2 AA violation axe can find in light or dark mode.
//
// The sweep's pages load one after another in one tab per worker: axe, injected into each page, is then
// compiled and warmed once per worker instead of once per page, which takes a third off each page's scan.
// Service workers are blocked in that tab, so every page is fetched from the server as on a first visit
// (offline.spec.ts tests the offline worker).
const sweep = test.extend<object, { tab: Page }>({
  tab: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ serviceWorkers: "block" });
      await use(await context.newPage());
      await context.close();
    },
    { scope: "worker" },
  ],
});

for (const path of pages) {
  sweep(
    `${path} answers 200 in its language, with no console error, no request to another origin and no axe violation in light or dark mode`,
    async ({ tab: page, baseURL }) => {
      // axe's time grows with the page: the whole-story deck (about 7,000 elements) takes most of a minute on a
      // loaded 2-core machine. The limit guards a hang, not a timing.
      sweep.setTimeout(/\/present\/$/.test(path) ? 180_000 : 60_000);
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const onRequest = (req: Request) => {
        const url = new URL(req.url());
        if (url.protocol.startsWith("http") && url.origin !== origin) foreign.push(req.url());
      };
      page.on("request", onRequest);
      const errors = watchErrors(page);
      try {
        const response = await page.goto(new URL(path, baseURL).href);
        expect(response?.status()).toBe(200);
        const locale = localeOf(path);
        await expect(page.locator("html")).toHaveAttribute("lang", locale ? LANG[locale] : "en");
        await islandsReady(page);
        // The whole-story deck is the chapter decks' slides between a cover and a close (storyDeck() in
        // lib/present/deck.ts), and each chapter deck is a page of this sweep: here axe scans what the story deck
        // adds (its cover and close, the catalogue, the controls) and the rules that read the whole document.
        const storyDeck = /^\/[^/]+\/present\/$/.test(path);
        if (storyDeck) {
          for (const chapter of chapterPaths()) expect(pages).toContain(`${path}${chapter.split("/")[2]}/`);
          expect(await axeDocumentRules(page, path)).toEqual([]);
        }
        const exclude = storyDeck ? '.deck-item:not([data-kind="cover"]):not([data-kind="end"])' : undefined;
        expect(await axeLightAndDark(page, { label: path, exclude })).toEqual([]);
        // Collected over the whole visit, axe's minutes included.
        expect(errors).toEqual([]);
        expect(foreign).toEqual([]);
      } finally {
        page.off("request", onRequest);
        errors.stop();
      }
    },
  );
}

// The sweep above is only as good as its scanner: shown a page with faults, axeLightAndDark must name each
// one, the colour fault in dark mode too (axe runs in the page, see axeViolations in helpers.ts).
test("the axe scan reports faults it is shown, in light and in dark", async ({ page }) => {
  await page.goto("/en/");
  await islandsReady(page);
  await page.evaluate(() => {
    const main = document.querySelector("main")!;
    main.insertAdjacentHTML("afterbegin", '<p style="color:#777;background:#888">faint words</p><img src="icon.svg" width="20" height="20">');
  });
  const found = await axeLightAndDark(page, { label: "fault " });
  expect(found.some((v) => v.startsWith("light fault image-alt"))).toBe(true);
  expect(found.some((v) => v.startsWith("light fault color-contrast"))).toBe(true);
  expect(found.some((v) => v.startsWith("dark fault color-contrast"))).toBe(true);
  expect(await axeViolations(page, { include: "main > p:first-child", colours: true })).toHaveLength(1);
  // What a scan excludes it does not report (the story deck's sweep relies on it), and the document rules read
  // the whole page whatever was excluded.
  expect(await axeViolations(page, { exclude: "main > p:first-child", colours: true })).toEqual([]);
  await page.evaluate(() =>
    document.querySelector("main")!.insertAdjacentHTML("beforeend", '<p id="twice">a</p><p id="twice">b</p><button aria-labelledby="twice"></button>'),
  );
  expect((await axeDocumentRules(page)).some((v) => v.startsWith("duplicate-id-aria"))).toBe(true);
  // A page with a frame is scanned through AxeBuilder, which reaches into it: the same faults are still named.
  await page.evaluate(() => document.querySelector("main")!.insertAdjacentHTML("beforeend", '<iframe title="an embed" src="/en/embed/elasticity/"></iframe>'));
  await expect.poll(() => page.frames().length).toBeGreaterThan(1);
  const framed = await axeViolations(page, { label: "framed " });
  expect(framed.some((v) => v.startsWith("framed image-alt"))).toBe(true);
  expect((await axeDocumentRules(page)).some((v) => v.startsWith("duplicate-id-aria"))).toBe(true);
});

test("the root cover offers the three languages with hreflang alternates, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  for (const l of LOCALES) {
    await expect(page.locator(`a[hreflang="${LANG[l]}"][href$="/${l}/"]`)).toBeVisible();
    await expect(page.locator(`link[rel="alternate"][hreflang="${LANG[l]}"]`)).toHaveCount(1);
  }
  await page.locator('a[hreflang="zh-Hant"]').click();
  await expect(page).toHaveURL(/\/zh-hant\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await context.close();
});

test("the root cover marks the reader's preferred language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-TW" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator('[data-locale-door="zh-hant"]')).toHaveAttribute("data-preferred", "");
  await expect(page.locator("ul[role=list] li").first().locator("a")).toHaveAttribute("data-locale-link", "zh-hant");
  await expect(page.locator("[data-preferred]")).toHaveCount(1);
  await context.close();
});

test("the language switcher keeps the reader on the same page", async ({ page }) => {
  const chapter = chapterPaths()[0]!.replace(/^\/en/, "");
  for (const path of [chapter, "/sources/", "/"]) {
    await page.goto(`/en${path}`);
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "简体中文" }).click();
    await expect(page).toHaveURL(new RegExp(`/zh-hans${path.replace(/\//g, "\\/")}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await page.getByRole("navigation", { name: "语言" }).getByRole("link", { name: "繁體中文" }).click();
    await expect(page).toHaveURL(new RegExp(`/zh-hant${path.replace(/\//g, "\\/")}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  }
});

test("without JavaScript a chapter shows its text, its chart's SVG and its notes", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const l of LOCALES) {
    await page.goto(`/${l}/to-the-cloud/`);
    await expect(page.locator("h1")).toBeVisible();
    const paragraphs = page.locator(".prose-body p");
    expect(await paragraphs.count()).toBeGreaterThan(2);
    await expect(page.locator("figure[data-chart] svg:visible").first()).toBeVisible();
    expect(await page.locator("figure[data-chart] svg:visible rect[data-point]").count()).toBeGreaterThan(3);
    await expect(page.locator("section.notes li").first()).toBeVisible();
  }
  await context.close();
});

test("an unknown path shows the 404 page in the path's language", async ({ page, browser }) => {
  for (const l of LOCALES) {
    const response = await page.goto(`/${l}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", LANG[l]);
    await expect(page.locator("h1:visible")).toHaveCount(1);
    const links = page.locator(`main:visible a[href^="/${l}/"]`);
    expect(await links.count()).toBeGreaterThan(1);
  }
  // Other static hosts serve the one trilingual 404.html for every unknown path; its script keeps the path's language.
  const context = await browser.newContext();
  const p2 = await context.newPage();
  await p2.route("**/zh-hans/gone/", (route) => route.fulfill({ status: 404, path: "out/404.html", contentType: "text/html" }));
  await p2.goto("/zh-hans/gone/");
  await expect(p2.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(p2.locator('[data-locale="en"]')).toBeHidden();
  await expect(p2.locator('[data-locale="zh-hans"] h1')).toBeVisible();
  await context.close();
});

test("the theme toggle switches to dark without a reload and remembers it", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/en/");
  const paper = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await paper();
  await page.getByText("Dark", { exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await paper()).not.toBe(light);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await paper()).not.toBe(light);
});

test("no page overflows horizontally at 320 px", async ({ browser }) => {
  // One page after another in one context: allow a few seconds a page on a loaded machine.
  test.setTimeout(Math.max(30_000, pages.length * 4_000));
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  for (const path of pages) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test("a chart shows a tooltip on hover and announces values with the arrow keys", async ({ page }) => {
  await page.goto("/en/to-the-cloud/");
  const figure = page.locator('figure[data-chart="double11-traffic"]:visible').first();
  await figure.scrollIntoViewIfNeeded();
  const bar = figure.locator("svg:visible rect[data-point]").nth(3);
  await bar.hover();
  const tooltip = figure.locator('[role="tooltip"]');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(/\d/);
  await figure.locator("[data-chart-plot]").focus();
  await page.keyboard.press("ArrowRight");
  const live = figure.locator("[data-chart-live]");
  await expect(live).toHaveText(/^\d{4}: .*\d/);
  const first = await live.textContent();
  await page.keyboard.press("ArrowRight");
  await expect(live).not.toHaveText(first!);
  await page.keyboard.press("Escape");
  await expect(tooltip).toBeHidden();
});

test("a citation popover opens on focus and Esc dismisses it", async ({ page }) => {
  await page.goto(chapterPaths()[0]!);
  const fact = page.locator(".fact").first();
  await fact.locator("sup a").first().focus();
  const pop = fact.locator(".fact-pop");
  await expect(pop).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(pop).toBeHidden();
  // The note it points to exists and names a source.
  const href = await fact.locator("sup a").first().getAttribute("href");
  await expect(page.locator(href!)).toContainText(/\w/);
});
