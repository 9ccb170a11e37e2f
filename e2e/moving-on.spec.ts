// Moving on through the story (issue 13): a slim reading bar that stays on screen with the chapters as dots
// and the progress, clear of the pinned scrollytelling plot on a phone; "Next: {title}" where the story ends,
// before the notes; one name per chapter in the header, the page, prev/next and the bar, in all three
// scripts; the letter says it is a flashback, and its caveat follows the scene. Names and titles are read
// from the pages themselves, never typed here.
import { expect, test, type Page } from "@playwright/test";
import { LOCALES } from "./helpers";

const CHAPTERS = ["prologue", "to-the-cloud", "virtualization-tax", "ai-wall", "the-letter"];
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const desktop = { viewport: { width: 1440, height: 900 } };

const text = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();

/** The progress line's fill, 0–1, read from its transform. */
const progress = (page: Page) => page.locator("[data-moveon-bar] [data-progress]").evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

async function scrollToFraction(page: Page, f: number) {
  await page.evaluate((f) => {
    const article = document.querySelector<HTMLElement>("[data-chapter]")!;
    window.scrollTo({ top: article.offsetTop + f * (article.offsetHeight - innerHeight), behavior: "instant" });
  }, f);
  await page.waitForTimeout(250);
}

for (const [device, options] of [
  ["phone", phone],
  ["desktop", desktop],
] as const) {
  test(`on a ${device}, the reading bar stays on screen with five chapter dots and growing progress`, async ({ browser }) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto("/en/virtualization-tax/");
    const bar = page.locator("[data-moveon-bar]");
    const size = options.viewport;
    let last = -1;
    for (const f of [0.1, 0.4, 0.8]) {
      await scrollToFraction(page, f);
      await expect(bar).toBeVisible();
      const box = (await bar.boundingBox())!;
      expect(box.y, `bar top at ${f}`).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, `bar bottom at ${f}`).toBeLessThanOrEqual(size.height + 1);
      // Slim: at most 2.5rem.
      expect(box.height).toBeLessThanOrEqual(40);
      const p = await progress(page);
      expect(p, `progress at ${f}`).toBeGreaterThan(last);
      last = p;
    }
    expect(last).toBeGreaterThan(0.5);

    const dots = bar.getByRole("link");
    await expect(dots).toHaveCount(5);
    const current = bar.locator("a[aria-current='page']");
    await expect(current).toHaveCount(1);
    const pageName = text(await page.locator("article header [data-chapter-name]").textContent());
    await expect(current).toHaveAccessibleName(pageName);
    // Each dot is named after its chapter, the way the header names it, and links to it.
    const navNames = (await page.locator("header nav [data-chapter-name]").allTextContents()).map(text);
    for (let i = 0; i < 5; i++) {
      await expect(dots.nth(i)).toHaveAccessibleName(navNames[i]!);
      await expect(dots.nth(i)).toHaveAttribute("href", new RegExp(`/en/${CHAPTERS[i]}/$`));
    }
    // Keyboard: the dots are reachable with Tab.
    await dots.nth(0).focus();
    await expect(dots.nth(0)).toBeFocused();
    await context.close();
  });
}

// That the bar never covers a pinned scrollytelling plot on a phone is checked at every step of every section,
// in all three scripts, by the walk in e2e/scrolly.spec.ts.

test("without JavaScript the bar still links the chapters, and its progress line is left out", async ({ browser }) => {
  const context = await browser.newContext({ ...phone, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/ai-wall/");
  const bar = page.locator("[data-moveon-bar]");
  await expect(bar).toBeVisible();
  await expect(bar.getByRole("link")).toHaveCount(5);
  await expect(bar.locator(".moveon-progress")).toBeHidden();
  await context.close();
});

for (const locale of LOCALES) {
  test(`${locale}: "Next" comes where the story ends, before the notes, and leads to the next chapter`, async ({ page }) => {
    for (const [i, chapter] of CHAPTERS.entries()) {
      // After the first chapter the page is already there: the previous chapter's teaser led to it.
      if (i === 0) await page.goto(`/${locale}/${chapter}/`);
      else await expect(page).toHaveURL(new RegExp(`/${locale}/${chapter}/$`));
      const teaser = page.locator("[data-next-teaser]");
      await expect(teaser).toHaveCount(1);
      // Order: the story's last paragraph, the teaser, the notes, "Cite this chapter".
      const order = await page.evaluate(() => {
        const teaser = document.querySelector("[data-next-teaser]")!;
        // The story is the chapter's first reading column; the notes and "Cite this chapter" come after it.
        const lastStory = [...document.querySelector("[data-chapter] .prose-body")!.querySelectorAll("p")].at(-1)!;
        const follows = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
        return {
          afterStory: follows(lastStory, teaser),
          beforeNotes: follows(teaser, document.querySelector("[data-notes]")!),
          beforeCite: follows(teaser, document.getElementById("cite-heading")!),
        };
      });
      expect(order, `${locale} ${chapter}`).toEqual({ afterStory: true, beforeNotes: true, beforeCite: true });
      const link = teaser.locator("[data-next-link]");
      if (i === CHAPTERS.length - 1) {
        await expect(link).toHaveAttribute("href", new RegExp(`/${locale}/sources/$`));
        continue;
      }
      await expect(link).toHaveAttribute("href", new RegExp(`/${locale}/${CHAPTERS[i + 1]}/$`));
      const teaserText = text(await link.textContent());
      const teaserName = text(await link.locator("[data-chapter-name]").textContent());
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/${CHAPTERS[i + 1]}/$`));
      const title = text(await page.locator("article h1").textContent());
      const summary = text(await page.locator("article header h1 ~ p:not([data-chapter-placement])").first().textContent());
      expect(teaserText, "the teaser names the next chapter's title").toContain(title);
      expect(teaserText, "and gives its summary").toContain(summary);
      expect(teaserName).toBe(text(await page.locator("article header [data-chapter-name]").textContent()));
    }
  });

  test(`${locale}: a chapter has one name in the header, on its page, in prev/next and in the bar`, async ({ page }) => {
    for (const [i, chapter] of CHAPTERS.entries()) {
      await page.goto(`/${locale}/${chapter}/`);
      const navNames = (await page.locator("header nav [data-chapter-name]").allTextContents()).map(text);
      expect(navNames).toHaveLength(5);
      expect(new Set(navNames).size).toBe(5);
      const current = text(await page.locator("header nav a[aria-current='page'] [data-chapter-name]").textContent());
      expect(current).toBe(navNames[i]);
      expect(text(await page.locator("article header [data-chapter-name]").textContent())).toBe(current);
      await expect(page.locator("[data-moveon-bar] a[aria-current='page']")).toHaveAccessibleName(current);
      if (i > 0) expect(text(await page.locator("a[rel='prev'] [data-chapter-name]").textContent())).toBe(navNames[i - 1]);
      if (i < 4) {
        for (const name of await page.locator("a[rel='next'] [data-chapter-name]").allTextContents()) expect(text(name)).toBe(navNames[i + 1]);
      }
    }
  });
}

const FLASHBACK = { en: /flashback/i, "zh-hans": /倒叙/, "zh-hant": /倒敘/ } as const;

for (const locale of LOCALES) {
  test(`${locale}: the letter says in its header that it is a flashback to 2013, and its caveat follows the scene`, async ({ page }) => {
    await page.goto(`/${locale}/the-letter/`);
    const line = page.locator("article header [data-chapter-placement]");
    await expect(line).toBeVisible();
    await expect(line).toContainText(FLASHBACK[locale]);
    await expect(line).toContainText("2013");
    // The scene is the first section; its caveat comes after its last paragraph, and the route before it.
    const layout = await page.evaluate(() => {
      const body = document.querySelector("[data-chapter] .prose-body")!;
      const [first, second] = body.querySelectorAll("h2");
      const inScene = (el: Element) =>
        !!(first!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) && !!(el.compareDocumentPosition(second!) & Node.DOCUMENT_POSITION_FOLLOWING);
      const caveat = body.querySelector("#letter-only-the-article")!;
      const paragraphs = [...body.querySelectorAll("p")].filter((p) => inScene(p) && !p.closest("details, figure, aside, [hidden]"));
      const route = body.querySelector("[data-letter-route]");
      const follows = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return {
        caveatInScene: inScene(caveat),
        caveatAfterLastParagraph: follows(paragraphs.at(-1)!, caveat),
        paragraphs: paragraphs.length,
        routeInScene: !!route && inScene(route) && follows(route, caveat),
        folded: !(caveat as HTMLDetailsElement).open,
      };
    });
    expect(layout.paragraphs).toBeGreaterThan(3);
    expect(layout).toMatchObject({ caveatInScene: true, caveatAfterLastParagraph: true, routeInScene: true, folded: true });
    await expect(page.locator("[data-letter-route]")).toBeVisible();
  });
}

for (const locale of LOCALES) {
  test(`${locale}: on a phone the header's list shows the current page's item at load, without moving the page`, async ({ browser }) => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    let scrolled = 0;
    for (const path of ["/the-letter/", "/ai-wall/", "/sources/", "/teach/", "/prologue/"]) {
      await page.goto(`/${locale}${path}`);
      const list = page.locator("header nav ol.site-nav");
      const current = list.locator("a[aria-current='page']");
      await expect(current).toHaveCount(1);
      // The item is inside the list's visible box (the list scrolls sideways; the page does not).
      await expect
        .poll(
          () =>
            list.evaluate((ol) => {
              const a = ol.querySelector("a[aria-current='page']")!.getBoundingClientRect();
              const box = ol.getBoundingClientRect();
              return a.left >= box.left - 0.5 && a.right <= box.right + 0.5;
            }),
          { message: `${locale}${path}: the current item shows in the list` },
        )
        .toBe(true);
      const state = await list.evaluate((ol) => {
        const a = ol.querySelector("a[aria-current='page']")!.closest("li")!.getBoundingClientRect();
        const box = ol.getBoundingClientRect();
        // Where the item's end lies along the unscrolled list: past the list's width, it starts out of view.
        return { hidden: a.right - box.left + ol.scrollLeft > ol.clientWidth + 0.5, scrollLeft: ol.scrollLeft, pageY: scrollY };
      });
      // Scrolled only as far as it took: an item in view at first leaves the list where it was.
      if (state.hidden) expect(state.scrollLeft, `${locale}${path}`).toBeGreaterThan(0);
      else expect(state.scrollLeft, `${locale}${path}`).toBe(0);
      if (state.hidden) scrolled++;
      expect(state.pageY, `${locale}${path}: the page stays at its top`).toBe(0);
    }
    // The guide is last in the list: in every script it starts out of view on a 390 px screen.
    expect(scrolled).toBeGreaterThan(0);
    await context.close();
  });

  test(`${locale}: the timeline and the deck's closing slide name chapters as the header does`, async ({ page }) => {
    await page.goto(`/${locale}/timeline/`);
    const navNames = new Map<string, string>();
    for (const a of await page.locator("header nav a:has([data-chapter-name])").all()) {
      navNames.set(new URL((await a.getAttribute("href"))!, page.url()).pathname, text(await a.locator("[data-chapter-name]").textContent()));
    }
    expect(navNames.size).toBe(5);
    const links = page.locator(".timeline-list li a[href*='#event-']");
    const count = await links.count();
    expect(count).toBeGreaterThan(5);
    const seen = new Set<string>();
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      const chapterPath = new URL((await link.getAttribute("href"))!, page.url()).pathname;
      const name = text(await link.locator("[data-chapter-name]").textContent());
      expect(name, `timeline link to ${chapterPath}`).toBe(navNames.get(chapterPath));
      seen.add(chapterPath);
    }
    expect(seen.size).toBeGreaterThan(2);

    for (const [i, chapter] of CHAPTERS.entries()) {
      await page.goto(`/${locale}/present/${chapter}/`);
      const next = page.locator("[data-deck-next-chapter]");
      if (i === CHAPTERS.length - 1) {
        await expect(next).toHaveCount(0);
        continue;
      }
      await expect(next).toHaveCount(1);
      await expect(next).toHaveAttribute("href", new RegExp(`/${locale}/present/${CHAPTERS[i + 1]}/$`));
      const name = text(await next.locator("[data-chapter-name]").textContent());
      const navName = text(await page.locator(`header nav a[href$="/${locale}/${CHAPTERS[i + 1]}/"] [data-chapter-name]`).textContent());
      expect(name, `${chapter}'s deck names the next chapter`).toBe(navName);
    }
  });
}
