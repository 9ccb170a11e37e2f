// The classroom deck in a real browser: clicker keys step the chart before the slide, deep links and
// history, black-out, the synced speaker window, the notes panel, print handouts, overview, jump, help,
// inert slides, the live region, the no-JS reading, the explorable inside a slide, and every deck page.
import { expect, test, type Page } from "@playwright/test";
import { axeViolations, LOCALES, recordTransitions, watchErrors } from "./helpers";

const DECK = "/en/present/to-the-cloud/";

/** 0-based index of the slide that shows a chart, read from the page. */
async function chartSlide(page: Page, chart: string): Promise<number> {
  return Number(await page.locator(`.deck-item:has([data-chart-slide="${chart}"])`).first().getAttribute("data-slide"));
}

const current = (page: Page) => page.locator(".deck-item[data-current]");
const hash = (page: Page) => page.evaluate(() => location.hash);

async function open(page: Page, path = DECK) {
  await page.goto(path);
  await expect(page.locator(".deck[data-presenting][data-deck-ready]")).toBeVisible();
}

test("→ steps the chart before the slide, and the hash follows", async ({ page }) => {
  await open(page);
  const i = await chartSlide(page, "double11-traffic");
  await page.goto(`${DECK}#/${i}/0`);
  await expect(current(page)).toHaveAttribute("data-slide", String(i - 1));
  await page.keyboard.press("ArrowRight");
  await expect(current(page)).toHaveAttribute("data-slide", String(i));
  expect(await hash(page)).toBe(`#/${i + 1}/0`);
  const chart = current(page).locator(".deck-chart");
  const steps = Number(await chart.getAttribute("data-steps"));
  expect(steps).toBeGreaterThan(2);
  const transitions = await recordTransitions(chart.locator("figure[data-chart]"));
  await page.keyboard.press("ArrowRight");
  await expect(current(page)).toHaveAttribute("data-slide", String(i));
  await expect(chart).toHaveAttribute("data-active-step", "1");
  expect(await hash(page)).toBe(`#/${i + 1}/1`);
  // One figure, laid out for the slide, moved to the step: its marks animate there.
  const figure = chart.locator("figure[data-chart]");
  await expect(figure).toHaveCount(1);
  await expect(figure).toHaveAttribute("data-state", "1");
  await expect(figure.locator('svg[data-frame="slide"]')).toBeVisible();
  await expect.poll(transitions).toEqual(expect.arrayContaining(["inset:transform"]));
  await expect(chart.locator('[data-step-caption="1"]')).toBeVisible();
  for (let k = 2; k < steps; k++) await page.keyboard.press("PageDown");
  await expect(chart).toHaveAttribute("data-active-step", String(steps - 1));
  await page.keyboard.press(" ");
  await expect(current(page)).toHaveAttribute("data-slide", String(i + 1));
  // Back from the next slide shows the chart as the audience last saw it: its final step.
  await page.keyboard.press("ArrowLeft");
  await expect(chart).toHaveAttribute("data-active-step", String(steps - 1));
});

test("a deep link restores slide and step; Back and Forward walk the slides", async ({ page }) => {
  await open(page);
  const i = await chartSlide(page, "double11-traffic");
  await page.goto(`${DECK}#/${i + 1}/2`);
  await page.reload();
  // The boot script shows the slide before hydration; keys work once the controller is ready.
  await expect(page.locator(".deck[data-presenting][data-deck-ready]")).toBeVisible();
  await expect(current(page)).toHaveAttribute("data-slide", String(i));
  await expect(current(page).locator(".deck-chart")).toHaveAttribute("data-active-step", "2");
  await expect(current(page).locator(".deck-chart figure[data-chart]")).toHaveAttribute("data-state", "2");

  await page.goto(`${DECK}#/2/0`);
  await expect(current(page)).toHaveAttribute("data-slide", "1");
  await page.keyboard.press("ArrowRight");
  await expect(current(page)).toHaveAttribute("data-slide", "2");
  await page.keyboard.press("ArrowRight");
  await expect(current(page)).toHaveAttribute("data-slide", "3");
  await page.goBack();
  await expect(current(page)).toHaveAttribute("data-slide", "2");
  await page.goBack();
  await expect(current(page)).toHaveAttribute("data-slide", "1");
  await page.goForward();
  await expect(current(page)).toHaveAttribute("data-slide", "2");
});

test("an invalid hash falls back to the first slide and is never echoed", async ({ page }) => {
  await page.goto(`${DECK}#/<img src=x onerror=alert(1)>`);
  await expect(page.locator(".deck[data-deck-ready]")).toHaveCount(1);
  await expect(current(page)).toHaveAttribute("data-slide", "0");
  expect(await hash(page)).toBe("#/1/0");
  expect(await page.locator(".deck").innerHTML()).not.toContain("onerror");
});

test("B blacks out and B restores; so does the full stop", async ({ page }) => {
  await open(page);
  const black = page.locator("[data-deck-black]");
  await expect(black).toBeHidden();
  await page.keyboard.press("b");
  await expect(black).toBeVisible();
  await page.keyboard.press("b");
  await expect(black).toBeHidden();
  await page.keyboard.press(".");
  await expect(black).toBeVisible();
  await page.keyboard.press(".");
  await expect(black).toBeHidden();
});

test("S opens a speaker window that stays in sync both ways", async ({ page, context }) => {
  await open(page);
  const [speaker] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("s")]);
  await speaker.waitForLoadState();
  expect(new URL(speaker.url()).search).toBe("?speaker");
  await expect(speaker.locator('.deck[data-view="speaker"][data-deck-ready]')).toBeVisible();
  await expect(speaker.locator(".deck-item[data-current] .deck-notes")).toBeVisible();
  await expect(speaker.locator(".deck-item[data-next] .deck-slide")).toBeVisible();
  await expect(speaker.locator("[data-deck-timer]")).toHaveText(/^\d+:\d\d$/);

  await page.keyboard.press("ArrowRight");
  await expect(current(page)).toHaveAttribute("data-slide", "1");
  await expect(current(speaker)).toHaveAttribute("data-slide", "1");

  await speaker.bringToFront();
  await speaker.keyboard.press("ArrowRight");
  await expect(current(speaker)).toHaveAttribute("data-slide", "2");
  await expect(current(page)).toHaveAttribute("data-slide", "2");

  // The laser shows in the other window too, at the same place on the slide.
  await page.bringToFront();
  await page.keyboard.press("l");
  await expect(page.locator("[data-deck-laser]")).toBeVisible();
  const box = (await current(page).locator(".deck-slide").boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 2 + 10);
  await expect(speaker.locator("[data-deck-laser]")).toBeVisible();
  await page.keyboard.press("l");
  await expect(page.locator("[data-deck-laser]")).toBeHidden();
  await expect(speaker.locator("[data-deck-laser]")).toBeHidden();

  expect(await axeViolations(speaker)).toEqual([]);
});

test("when the second window is blocked, S opens the notes on this screen", async ({ page }) => {
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await open(page);
  await page.keyboard.press("s");
  await expect(page.locator(".deck[data-notes-open]")).toHaveCount(1);
  await expect(page.locator("[data-deck-toast]")).toBeVisible();
});

test("T toggles the one-screen notes panel", async ({ page }) => {
  await open(page);
  await page.keyboard.press("ArrowRight");
  const notes = current(page).locator(".deck-notes");
  await expect(notes).toBeHidden();
  await page.keyboard.press("t");
  await expect(notes).toBeVisible();
  await expect(notes).toContainText(/\w{4}/);
  await page.keyboard.press("t");
  await expect(notes).toBeHidden();
});

/** Pages in a PDF: page objects, not the /Pages tree node. */
const pdfPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test("printing gives one landscape page per slide, each chart in its final step", async ({ page }) => {
  test.setTimeout(90_000);
  await open(page);
  const slides = await page.locator(".deck-item").count();
  const pdf = await page.pdf({ landscape: true, preferCSSPageSize: true, printBackground: true });
  expect(pdfPages(pdf)).toBe(slides);

  await page.emulateMedia({ media: "print" });
  for (const chart of await page.locator(".deck-chart[data-captions]").all()) {
    const steps = Number(await chart.getAttribute("data-steps"));
    if (await chart.evaluate((c) => c.classList.contains("deck-chart-live"))) {
      await expect(chart.locator("figure[data-chart]")).toHaveAttribute("data-state", String(steps - 1));
      await expect(chart.locator('figure[data-chart] svg[data-frame="slide"]')).toBeVisible();
      await expect(chart.locator('figure[data-chart] svg[data-frame="pocket"]')).toBeHidden();
      continue;
    }
    await expect(chart.locator(`[data-step-figure="${steps - 1}"]`)).toBeVisible();
    for (let k = 0; k < steps - 1; k++) await expect(chart.locator(`[data-step-figure="${k}"]`)).toBeHidden();
  }
  await expect(page.locator(".deck-steps li").first()).toBeVisible();
  await expect(page.locator(".deck-notes").first()).toBeHidden();
  await expect(page.locator(".deck-toolbar")).toBeHidden();
});

test("the handout dialog adds notes, and prints three slides a page", async ({ page }) => {
  test.setTimeout(90_000);
  await open(page);
  const slides = await page.locator(".deck-item").count();
  await page.getByRole("button", { name: "Handout" }).click();
  const dialog = page.locator('dialog[data-deck-dialog="handout"]');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Include the speaker notes").check();
  await expect(page.locator(".deck[data-print-notes]")).toHaveCount(1);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".deck-notes").first()).toBeVisible();
  await page.emulateMedia({ media: null });
  await dialog.getByLabel("Include the speaker notes").uncheck();
  await dialog.getByLabel("Three slides a page, with lines for notes").check();
  await dialog.getByRole("button", { name: "Close" }).click();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdfPages(pdf)).toBe(Math.ceil(slides / 3));
});

test("O shows the overview and Enter picks a slide; G jumps; ? shows the keys and Esc closes them", async ({ page }) => {
  await open(page);
  await page.keyboard.press("o");
  await expect(page.locator(".deck[data-overview]")).toHaveCount(1);
  const picks = page.locator(".deck-pick:visible");
  expect(await picks.count()).toBe(await page.locator(".deck-item").count());
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(page.locator(".deck[data-overview]")).toHaveCount(0);
  await expect(current(page)).toHaveAttribute("data-slide", "2");

  await page.keyboard.press("g");
  const jump = page.locator('dialog[data-deck-dialog="jump"]');
  await expect(jump).toBeVisible();
  await page.keyboard.type("5");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("5");
  await page.keyboard.press("Enter");
  await expect(jump).toBeHidden();
  await expect(current(page)).toHaveAttribute("data-slide", "4");

  await page.keyboard.press("?");
  const help = page.locator('dialog[data-deck-dialog="help"]');
  await expect(help).toBeVisible();
  await expect(help).toContainText("Black out");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
});

test("slides not shown are inert and out of the tab order; the live region announces changes", async ({ page }) => {
  await open(page);
  const total = await page.locator(".deck-item").count();
  await expect(page.locator(".deck-item[inert]")).toHaveCount(total - 1);
  await expect(page.locator('.deck-item[aria-hidden="true"]')).toHaveCount(total - 1);
  await expect(page.locator(".deck")).toHaveAttribute("aria-roledescription", "slide deck");
  await expect(current(page)).toHaveAttribute("aria-roledescription", "slide");
  for (let k = 0; k < 25; k++) {
    await page.keyboard.press("Tab");
    const inHidden = await page.evaluate(() => Boolean(document.activeElement?.closest(".deck-item:not([data-current])")));
    expect(inHidden).toBe(false);
  }
  await page.locator(".deck").focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.locator("[data-deck-live]")).toHaveText(new RegExp(`^Slide 2 of ${total}: .+`));
});

test("without JavaScript every slide reads in order, charts as SVG", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(DECK);
  const items = page.locator(".deck-item");
  const n = await items.count();
  expect(n).toBeGreaterThan(8);
  for (let k = 0; k < n; k++) await expect(items.nth(k).locator(".deck-slide")).toBeVisible();
  await expect(page.locator(".deck-item .deck-slide h2").first()).toBeVisible();
  expect(await page.locator(".deck-chart figure[data-chart] svg:visible").count()).toBeGreaterThan(1);
  await expect(page.locator(".deck-notes").first()).toBeVisible();
  await expect(page.locator(".deck-qr svg").first()).toBeVisible();
  await context.close();
});

test("the elasticity explorer works inside its slide, and its slider has the arrow keys once entered with Enter", async ({ page }) => {
  await open(page);
  const i = await chartSlide(page, "elasticity");
  await page.goto(`${DECK}#/${i + 1}/0`);
  const slide = current(page);
  await expect(slide).toHaveAttribute("data-slide", String(i));
  const tally = slide.locator("[data-elastic-explorer] [aria-live]").first();
  const before = await tally.textContent();
  await slide.locator('[data-control="strategy"] label').filter({ hasText: /peak/i }).click();
  await expect(tally).not.toHaveText(before!);

  const slider = slide.locator('input[type="range"]');
  await slider.focus();
  await page.keyboard.press("Enter");
  const value = await slider.inputValue();
  await page.keyboard.press("ArrowRight");
  await expect(slider).not.toHaveValue(value);
  expect(await hash(page)).toBe(`#/${i + 1}/0`);
  await page.keyboard.press("Escape");
  expect(await page.evaluate(() => document.activeElement?.classList.contains("deck"))).toBe(true);
  await page.keyboard.press("ArrowRight");
  await expect(current(page)).toHaveAttribute("data-slide", String(i + 1));
});

test("projector contrast toggles and still passes axe", async ({ page }) => {
  await open(page);
  await page.keyboard.press("c");
  await expect(page.locator("html")).toHaveAttribute("data-deck-theme", "projector");
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press("c");
  await expect(page.locator("html")).not.toHaveAttribute("data-deck-theme", "projector");
});

test("the story page lists every chapter deck and presents the whole story on demand", async ({ page }) => {
  await page.goto("/en/present/");
  const cards = page.locator(".deck-list a");
  expect(await cards.count()).toBe(5);
  await expect(cards.first()).toContainText(/\d+ slides · about \d+ min/);
  await expect(page.locator(".deck[data-deck-ready]")).toHaveCount(1);
  await expect(page.locator(".deck[data-presenting]")).toHaveCount(0);
  await page.getByRole("button", { name: "Present the whole story" }).click();
  await expect(page.locator(".deck[data-presenting]")).toHaveCount(1);
  expect(await hash(page)).toBe("#/1/0");
  expect(await page.locator(".deck-item[data-kind='title']").count()).toBe(5);
});

for (const locale of LOCALES) {
  test(`every deck renders in ${locale}`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`/${locale}/present/`);
    const decks = await page.locator(".deck-list a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(decks).toHaveLength(5);
    for (const href of decks) {
      const response = await page.goto(href);
      expect(response?.status()).toBe(200);
      await expect(page.locator(".deck[data-presenting][data-deck-ready]")).toBeVisible();
      expect(await page.locator(".deck-item").count()).toBeGreaterThan(4);
      await expect(current(page).locator(".deck-title")).toBeVisible();
    }
    expect(errors).toEqual([]);
  });
}

test("a horizontal swipe on the stage goes next, and back the other way", async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 1024, height: 640 } });
  const page = await context.newPage();
  // Title slide → section slide and back: text slides, where no control or chart plot claims the touch.
  await open(page, `${DECK}#/1/0`);
  await expect(current(page)).toHaveAttribute("data-slide", "0");
  const cdp = await context.newCDPSession(page);
  // A real touch gesture through the browser's input pipeline (pointer events with pointerType "touch").
  const swipe = async (from: number, to: number) => {
    const y = 320;
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: from, y }] });
    for (let k = 1; k <= 6; k++) await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: from + ((to - from) * k) / 6, y }] });
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  };
  await swipe(800, 200);
  await expect(current(page)).toHaveAttribute("data-slide", "1");
  await swipe(200, 800);
  await expect(current(page)).toHaveAttribute("data-slide", "0");
  await context.close();
});
