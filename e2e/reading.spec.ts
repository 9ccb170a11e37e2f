// Reading on a phone (issue 13): a note marker opens its citation where the reader is, and the notes list is
// one tap further with a way back; corrections fold into "How we know".
import { expect, type Locator, type Page, test } from "@playwright/test";
import { SKIPPED_BLOCKS } from "../components/islands/blocks";
import { chapterPaths, islandsReady } from "./helpers";

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const chapters = chapterPaths().map((p) => p.replace(/^\/en/, ""));

/** Puts the first fact of the reading column lying at least `below` px down the page in mid-screen. */
async function factInMidScreen(page: Page, below: number) {
  const index = await page
    .locator(".prose-body .fact")
    .evaluateAll((facts, min) => facts.findIndex((f) => f.getBoundingClientRect().top + window.scrollY > min && !f.closest("details:not([open])")), below);
  expect(index, "a fact far enough down the page").toBeGreaterThanOrEqual(0);
  const fact = page.locator(".prose-body .fact").nth(index);
  await fact.evaluate((f) => f.scrollIntoView({ block: "center" }));
  // Let scroll-driven islands (progress, table of contents) settle before measuring.
  await page.waitForTimeout(300);
  return fact;
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

async function inViewport(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
}

for (const locale of ["en", "zh-hans", "zh-hant"] as const) {
  test(`${locale}: on a phone, a tapped note marker shows its citation in place; the note is one tap further, with a way back`, async ({ browser }) => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`/${locale}${chapters[1]}`);
    const fact = await factInMidScreen(page, 2500);
    const marker = fact.locator("[data-note-marker]").first();
    const pop = fact.locator(".fact-pop");
    await expect(pop).toBeHidden();

    const before = await scrollY(page);
    await marker.tap();
    await expect(pop).toBeVisible();
    await expect(marker).toHaveAttribute("aria-expanded", "true");
    // The page did not move, and the citation is on screen: a sheet at the bottom, names a source.
    await page.waitForTimeout(400);
    expect(Math.abs((await scrollY(page)) - before), "scroll moved by a tap on a note marker").toBeLessThanOrEqual(50);
    const box = (await pop.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await expect(pop).toContainText(locale === "en" ? "Source:" : locale === "zh-hans" ? "出处：" : "出處：");
    expect(new URL(page.url()).hash).toBe("");

    // A tap elsewhere (the margin beside the paragraph, on screen) closes it, still without moving the page.
    const beside = await fact.evaluate((f) => {
      const r = f.closest("p, li")!.getBoundingClientRect();
      return { x: Math.max(2, r.left / 2), y: Math.max(r.top, 60) + 4 };
    });
    await page.touchscreen.tap(beside.x, beside.y);
    await expect(pop).toBeHidden();
    expect(Math.abs((await scrollY(page)) - before)).toBeLessThanOrEqual(50);

    // One tap further: the note in the list; the citation does not stay open over it.
    await marker.tap();
    const toNote = pop.locator("[data-note-link]");
    const n = await toNote.getAttribute("data-note-link");
    await toNote.tap();
    await expect(page).toHaveURL(new RegExp(`#note-${n}$`));
    await expect(pop).toBeHidden();
    await page.waitForTimeout(300);
    expect(await inViewport(page, `#note-${n}`), `note ${n} on screen`).toBe(true);
    expect(Math.abs((await scrollY(page)) - before), "the notes are further down").toBeGreaterThan(844);

    // Back: to the very marker the reader tapped, on screen again.
    const markerId = await marker.getAttribute("id");
    await page.locator(`#note-${n} [data-note-back]`).tap();
    await expect(page).toHaveURL(new RegExp(`#${markerId}$`));
    await page.waitForTimeout(300);
    expect(await inViewport(page, `[id="${markerId}"]`), "back at the marker").toBe(true);
    expect(Math.abs((await scrollY(page)) - before), "back where the reader was").toBeLessThan(844);
    await context.close();
  });
}

test("on a desktop, a clicked marker opens the citation beside the figure without moving the page; Esc closes it and keeps focus on the marker", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/en${chapters[2]}`);
  const fact = await factInMidScreen(page, 2000);
  const marker = fact.locator("[data-note-marker]").first();
  const pop = fact.locator(".fact-pop");
  const before = await scrollY(page);
  await marker.click();
  await expect(pop).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(pop, "an opened citation stays open when the pointer leaves").toBeVisible();
  expect(Math.abs((await scrollY(page)) - before)).toBeLessThanOrEqual(50);
  await page.keyboard.press("Escape");
  await expect(pop).toBeHidden();
  await expect(marker).toBeFocused();
  expect(Math.abs((await scrollY(page)) - before)).toBeLessThanOrEqual(50);
});

test("on a desktop, a citation shown by hover, focus or click is whole, even where it runs past its paragraph", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/en${chapters[2]}`);
  // A figure on the last line of its paragraph: its citation hangs below the paragraph, whose box clips what
  // overflows it while it is a skipped-when-off-screen block (content-visibility: auto).
  const index = await page.locator(".prose-body > p .fact").evaluateAll((facts) =>
    facts.findIndex((f) => {
      const p = f.closest("p")!.getBoundingClientRect();
      return f.getBoundingClientRect().bottom > p.bottom - 10 && f.getBoundingClientRect().top + window.scrollY > 1500;
    }),
  );
  expect(index, "a figure on the last line of a paragraph").toBeGreaterThanOrEqual(0);
  const fact = page.locator(".prose-body > p .fact").nth(index);
  await fact.evaluate((f) => f.scrollIntoView({ block: "center" }));
  const pop = fact.locator(".fact-pop");
  /** The element drawn 6 px above the citation's bottom edge, at its middle, is the citation. */
  const whole = () =>
    fact.evaluate((f) => {
      const pop = f.querySelector(".fact-pop")!;
      const r = pop.getBoundingClientRect();
      const p = f.closest("p")!.getBoundingClientRect();
      return r.bottom > p.bottom + 20 && pop.contains(document.elementFromPoint(r.left + r.width / 2, r.bottom - 6));
    });
  await fact.locator(".fact-value").hover();
  await expect(pop).toBeVisible();
  await expect.poll(whole, "shown by hover").toBe(true);
  await page.mouse.move(5, 5);
  await expect(pop).toBeHidden();
  await fact.locator("[data-note-marker]").first().focus();
  await expect.poll(whole, "shown by focus").toBe(true);
  await page.keyboard.press("Escape");
  await fact.locator("[data-note-marker]").first().click();
  await expect.poll(whole, "opened by a click").toBe(true);
});

test("without JavaScript a marker is a link to its note, and the note links back to the text", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/en${chapters[0]}`);
  const marker = page.locator(".prose-body [data-note-marker]").first();
  const n = await marker.getAttribute("data-note-marker");
  await marker.click();
  await expect(page).toHaveURL(new RegExp(`#note-${n}$`));
  const back = page.locator(`#note-${n} [data-note-back]`);
  const target = (await back.getAttribute("href"))!;
  expect(target).toMatch(/^#/);
  await expect(page.locator(`[id="${target.slice(1)}"]`)).toHaveCount(1);
  await back.click();
  expect(await inViewport(page, `[id="${target.slice(1)}"]`)).toBe(true);
  await context.close();
});

// One test per script: each walks five chapters and opens every folded correction.
for (const locale of ["en", "zh-hans", "zh-hant"] as const) {
  test(`${locale}: corrections fold into a one-line “How we know”, two open where the correction is the story, each with its sources`, async ({ page }) => {
    let open = 0;
    for (const c of chapters) {
      await page.goto(`/${locale}${c}`);
      const boxes = page.locator("details[data-how-we-know]");
      const count = await boxes.count();
      const opened = await page.locator("details[data-how-we-know][open]").count();
      expect(opened, `${locale}${c}: at most two open`).toBeLessThanOrEqual(2);
      open += opened;
      for (let i = 0; i < count; i++) {
        const box = boxes.nth(i);
        // Every source links to a note of this chapter.
        const hrefs = await box.locator("a[data-note-marker]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash));
        expect(hrefs.length, `${locale}${c} correction ${i} has sources`).toBeGreaterThan(0);
        for (const h of hrefs) await expect(page.locator(`li${h}`)).toHaveCount(1);
        if (!(await box.evaluate((d) => (d as HTMLDetailsElement).open))) {
          // Folded, it takes one line on a desktop; the reader opens it with a click.
          const summary = box.locator("summary");
          const height = (await summary.boundingBox())!.height;
          expect(height, `${locale}${c} correction ${i}: folded to one or two lines`).toBeLessThan(80);
          await expect(box.locator(".how-we-know-sources")).toBeHidden();
          await summary.click();
          await expect(box.locator(".how-we-know-sources")).toBeVisible();
        }
      }
    }
    expect(open, `corrections shown open in the ${locale} chapters`).toBeGreaterThanOrEqual(1);
    expect(open).toBeLessThanOrEqual(4);
  });
}

/** Content above the screen takes 300 px more, as a block laid out late or an image would; `reading` must stay
 * where it was on the screen. */
async function growAboveAndMeasure(page: Page, reading: Locator) {
  const top = () => reading.evaluate((el) => Math.round(el.getBoundingClientRect().top));
  const before = await top();
  await page
    .locator(".prose-body > p")
    .nth(2)
    .evaluate((p) => {
      const grown = document.createElement("div");
      grown.style.height = "300px";
      p.before(grown);
    });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return Math.abs((await top()) - before);
}

test("on a desktop, text growing above the screen does not move the line being read (scroll anchoring holds past the table of contents)", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/en${chapters[2]}`);
  await expect(page.locator("[data-toc]")).toBeVisible();
  const paragraphs = page.locator(".prose-body > p");
  const reading = paragraphs.nth(Math.floor((await paragraphs.count()) * 0.8));
  await reading.evaluate((p) => p.scrollIntoView({ block: "start" }));
  await expect.poll(() => reading.evaluate((p) => p.getBoundingClientRect().top)).toBeLessThan(5);
  expect(await growAboveAndMeasure(page, reading), "the paragraph on screen stays where it was").toBeLessThanOrEqual(2);
});

for (const path of [`/en${chapters[1]}`, "/en/charts/", "/en/timeline/"]) {
  test(`${path}: off-screen blocks take their drawn heights once the page is idle, before the reader scrolls to them`, async ({ browser }) => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(path);
    // Skipped blocks stand at an estimate at first (content-visibility: auto)…
    const skipped = await page.evaluate(
      (selector) => Array.from(document.querySelectorAll<HTMLElement>(selector)).some((b) => getComputedStyle(b).contentVisibility === "auto"),
      SKIPPED_BLOCKS,
    );
    expect(skipped, "the page's blocks skip layout off the screen").toBe(true);
    // …then components/islands/blocks.ts lays each out once and keeps its height as its placeholder.
    await expect(page.locator("html")).toHaveAttribute("data-blocks-settled", "");
    // Read through: every block drawn in turn has exactly the height it stood at (the pinned scrollytelling
    // aside: its plot changes height with its steps).
    const differing = await page.evaluate(async () => {
      const out: string[] = [];
      // Inline elements (an anchor's <span>) have no layout to skip.
      const blocks = Array.from(document.querySelectorAll<HTMLElement>("[data-chapter] .prose-body > *:not(.scrolly-live), .skip-offscreen")).filter(
        (b) => getComputedStyle(b).display !== "inline",
      );
      for (const [i, b] of blocks.entries()) {
        const placeholder = parseFloat(b.style.containIntrinsicBlockSize.replace("auto ", ""));
        b.scrollIntoView();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const drawn = b.getBoundingClientRect().height;
        if (!(Math.abs(drawn - placeholder) <= 1)) out.push(`block ${i} <${b.tagName.toLowerCase()}>: stood at ${placeholder}, drawn ${drawn}`);
      }
      return out;
    });
    expect(differing).toEqual([]);
    await context.close();
  });
}

for (const idle of [true, false]) {
  test(`on a desktop, a jump to the last figure lands and stays while the blocks around it take their real heights${idle ? "" : " (before any idle time)"}`, async ({
    page,
  }) => {
    // Without idle time, components/islands/blocks.ts never measures: the blocks near the figure are drawn for
    // the first time after the jump, and only scroll anchoring keeps the figure in place.
    if (!idle) await page.addInitScript(() => Object.defineProperty(window, "requestIdleCallback", { value: undefined }));
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/en/ai-wall/");
    await islandsReady(page);
    const tops = await page.evaluate(async () => {
      const figures = document.querySelectorAll(".prose-body figure");
      const figure = figures[figures.length - 1]!;
      figure.scrollIntoView();
      const out: number[] = [];
      for (let i = 0; i < 15; i++) {
        out.push(Math.round(figure.getBoundingClientRect().top));
        await new Promise((r) => setTimeout(r, 100));
      }
      return out;
    });
    expect(Math.max(...tops.map(Math.abs)), `the figure's top over 1.5 s: ${tops.join(", ")}`).toBeLessThanOrEqual(2);
  });
}

type HeldIdle = { releaseIdle: () => void; afterIdleSlice?: () => void };

/** Holds the page's idle callbacks (the block measuring, components/islands/blocks.ts) until the test calls
 * window.releaseIdle(); after each one that runs, window.afterIdleSlice() if the test set it. */
async function holdIdle(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as HeldIdle;
    const held: (() => void)[] = [];
    const idle = window.requestIdleCallback.bind(window);
    let holding = true;
    window.requestIdleCallback = (cb, options) => {
      const run = () =>
        idle((deadline) => {
          cb(deadline);
          w.afterIdleSlice?.();
        }, options);
      if (!holding) return run();
      held.push(run);
      return 0;
    };
    w.releaseIdle = () => {
      holding = false;
      for (const run of held.splice(0)) run();
    };
  });
}

test("on a desktop, a chart under the pointer stays under it while the page measures its blocks: its tooltip stays open", async ({ page }) => {
  // Hold the idle measuring until the pointer is on a mark; then, after each of its slices, ask what is under
  // the pointer, as the browser's next hover test would. A block on the screen that stopped being drawn for a
  // moment shows there: the pointer "leaves" the mark and its tooltip closes.
  await holdIdle(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto("/en/prologue/");
  await islandsReady(page);
  const figure = page.locator('figure[data-chart="cloud-revenue"]');
  await figure.scrollIntoViewIfNeeded();
  const mark = figure.locator("svg[data-frame]:visible [data-point]").last();
  await mark.hover();
  await expect(mark).toHaveAttribute("data-active", "");
  await mark.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const at = [box.left + box.width / 2, box.top + box.height / 2] as const;
    const w = window as unknown as HeldIdle & { misses: string[] };
    w.misses = [];
    w.afterIdleSlice = () => {
      const hit = document.elementFromPoint(...at);
      const name = hit ? `<${hit.tagName.toLowerCase()} class="${hit.getAttribute("class") ?? ""}" data-k="${hit.getAttribute("data-k") ?? ""}">` : "nothing";
      if (!hit?.hasAttribute("data-active")) w.misses.push(name);
    };
    w.releaseIdle();
  });
  await expect(page.locator("html")).toHaveAttribute("data-blocks-settled", "");
  expect(await page.evaluate(() => (window as unknown as { misses: string[] }).misses), "what the pointer was over instead of the mark").toEqual([]);
  await expect(figure.locator('[role="tooltip"]')).toBeVisible();
  await expect(mark).toHaveAttribute("data-active", "");
});

test("on a desktop, the idle measuring never moves what is on the screen, even after a jump to a chapter's end", async ({ page }) => {
  // Hold the idle measuring until the jump has landed and the blocks on the screen are drawn; then every block
  // above takes its real height at once.
  await holdIdle(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const path of chapters.map((c) => `/en${c}`)) {
    await page.goto(path);
    await islandsReady(page);
    const teaser = page.locator("[data-next-teaser]");
    await teaser.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await page.waitForTimeout(500);
    const before = await teaser.evaluate((el) => el.getBoundingClientRect().top);
    await page.evaluate(() => (window as unknown as HeldIdle).releaseIdle());
    await expect(page.locator("html")).toHaveAttribute("data-blocks-settled", "");
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = await teaser.evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(after - before), `${path}: the teaser moved from ${Math.round(before)} to ${Math.round(after)} px`).toBeLessThanOrEqual(2);
  }
});

test("on a desktop, a jump made before the page has settled keeps its target where it landed", async ({ page }) => {
  // Hold the idle measuring, then jump far down a chapter at once: the blocks around the target are drawn for
  // the first time after the jump, and then every block above takes its real height. The target must stay
  // where it landed, unless the page has run out below it (scrolled to its end, it can only stand lower).
  await holdIdle(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  type Sample = { top: number; atEnd: boolean };
  type Sampling = { sampleTarget: (id: string) => Sample };
  for (const path of chapters.map((c) => `/en${c}`)) {
    await page.goto(path);
    await islandsReady(page);
    const id = await page.evaluate(() => {
      (window as unknown as Sampling).sampleTarget = (id: string) => {
        const root = document.documentElement;
        return { top: document.getElementById(id)!.getBoundingClientRect().top, atEnd: window.scrollY >= root.scrollHeight - root.clientHeight - 1 };
      };
      const headings = Array.from(document.querySelectorAll<HTMLElement>("[data-chapter] .prose-body h2[id]"));
      return headings[headings.length - 1]!.id;
    });
    const samples = await page.evaluate(
      (id) =>
        new Promise<Sample[]>((resolve) => {
          const { sampleTarget } = window as unknown as Sampling;
          const samples: Sample[] = [];
          window.addEventListener("hashchange", () => samples.push(sampleTarget(id)), { once: true });
          location.hash = id;
          let frames = 0;
          const next = () => {
            samples.push(sampleTarget(id));
            if (++frames < 20) requestAnimationFrame(next);
            else resolve(samples);
          };
          requestAnimationFrame(next);
        }),
      id,
    );
    await page.evaluate(() => (window as unknown as HeldIdle).releaseIdle());
    await expect(page.locator("html")).toHaveAttribute("data-blocks-settled", "");
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    samples.push(await page.evaluate((id) => (window as unknown as Sampling).sampleTarget(id), id));
    const landed = samples[0]!.top;
    const moved = samples.filter((s) => Math.abs(s.top - landed) > 2 && !(s.atEnd && s.top > landed));
    expect(
      moved,
      `${path}#${id}: landed at ${Math.round(landed)} px, then ${samples.map((s) => `${Math.round(s.top)}${s.atEnd ? " (end)" : ""}`).join(", ")}`,
    ).toEqual([]);
    // The next chapter starts clean: no hold left over from this one.
    await page.evaluate(() => history.replaceState(null, "", location.pathname));
  }
});
