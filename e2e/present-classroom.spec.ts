// The deck in front of a class (issue 15): a clicker that keeps working after anyone touches a chart
// control, Enter to hand a control its own keys, → from one chapter's last slide to the next chapter's
// deck (with the speaker window), a step past a slide's last landing on its last, a follow-along QR code
// drawn for the origin the deck is really served from, drawing synced to the speaker window, the phone
// view, the speaker's "Up next" for a chart step, the resting toolbar, and the go-to box's title search.
import { expect, test, type Page } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { watchErrors } from "./helpers";

const DECK = "/en/present/to-the-cloud/";
const current = (page: Page) => page.locator(".deck-item[data-current]");
const hash = (page: Page) => page.evaluate(() => location.hash);

async function open(page: Page, path = DECK) {
  await page.goto(path);
  await expect(page.locator(".deck[data-presenting][data-deck-ready]")).toBeVisible();
}

async function chartSlide(page: Page, chart: string): Promise<number> {
  return Number(await page.locator(`.deck-item:has([data-chart-slide="${chart}"])`).first().getAttribute("data-slide"));
}

test("after a click on a chart control, PageDown, Space and → each still advance the deck", async ({ page }) => {
  await open(page);
  // The Double 11 chart: a Linear/Log switch on a slide whose chart has steps.
  const d11 = await chartSlide(page, "double11-traffic");
  await page.goto(`${DECK}#/${d11 + 1}/0`);
  await expect(current(page)).toHaveAttribute("data-slide", String(d11));
  const chart = current(page).locator(".deck-chart");
  expect(Number(await chart.getAttribute("data-steps"))).toBeGreaterThan(3);
  const scale = current(page).locator('[data-control="scale"]');
  await scale.locator("label").filter({ hasText: "Log" }).click();
  await expect(scale.locator('input[value="log"]')).toBeChecked();
  // The click left focus on the radio button, where → would otherwise pick the next option.
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe("log");
  for (const [key, step] of [
    ["PageDown", 1],
    [" ", 2],
    ["ArrowRight", 3],
  ] as const) {
    await page.keyboard.press(key);
    await expect(chart).toHaveAttribute("data-active-step", String(step));
    expect(await hash(page)).toBe(`#/${d11 + 1}/${step}`);
  }
  // The switch kept the reader's choice: none of those keys changed it.
  await expect(scale.locator('input[value="log"]')).toBeChecked();

  // The elasticity explorer: "Buy for the peak", then each key moves on to the next slide.
  const el = await chartSlide(page, "elasticity");
  for (const key of ["PageDown", " ", "ArrowRight"]) {
    await page.goto(`${DECK}#/${el + 1}/0`);
    await expect(current(page)).toHaveAttribute("data-slide", String(el));
    const peak = current(page).locator('[data-control="strategy"] label').filter({ hasText: /peak/i });
    await peak.click();
    await expect(peak.locator("input")).toBeChecked();
    await page.keyboard.press(key);
    await expect(current(page)).toHaveAttribute("data-slide", String(el + 1));
    await page.goBack();
    await expect(current(page)).toHaveAttribute("data-slide", String(el));
    await expect(current(page).locator('[data-control="strategy"] label').filter({ hasText: /peak/i }).locator("input")).toBeChecked();
  }
});

test("Enter hands a slider its arrow keys until Esc; the clicker's PageDown still moves the deck", async ({ page }) => {
  await open(page);
  const el = await chartSlide(page, "elasticity");
  await page.goto(`${DECK}#/${el + 1}/0`);
  const slider = current(page).locator('input[type="range"]');
  await slider.focus();
  // Focus alone does not give the slider the arrows: → is the deck's.
  await page.keyboard.press("ArrowRight");
  await expect(current(page)).toHaveAttribute("data-slide", String(el + 1));
  await page.keyboard.press("ArrowLeft");
  await expect(current(page)).toHaveAttribute("data-slide", String(el));

  await slider.focus();
  await page.keyboard.press("Enter");
  await expect(slider).toHaveAttribute("data-deck-entered", "");
  const value = await slider.inputValue();
  await page.keyboard.press("ArrowRight");
  await expect(slider).not.toHaveValue(value);
  await expect(current(page)).toHaveAttribute("data-slide", String(el));
  expect(await hash(page)).toBe(`#/${el + 1}/0`);
  await page.keyboard.press("Escape");
  await expect(slider).not.toHaveAttribute("data-deck-entered", "");
  await page.keyboard.press("ArrowRight");
  await expect(current(page)).toHaveAttribute("data-slide", String(el + 1));

  // Entered again, the clicker still moves the deck.
  await page.keyboard.press("ArrowLeft");
  await slider.focus();
  await page.keyboard.press("Enter");
  await expect(slider).toHaveAttribute("data-deck-entered", "");
  await page.keyboard.press("PageDown");
  await expect(current(page)).toHaveAttribute("data-slide", String(el + 1));

  // The help screen says so.
  await page.keyboard.press("?");
  const help = page.locator('dialog[data-deck-dialog="help"]');
  await expect(help).toBeVisible();
  await expect(help).toContainText("always move the deck");
  await expect(help).toContainText("press Enter");
});

test("→ on the last slide of the prologue opens to-the-cloud's first slide, in the speaker window too", async ({ page, context }) => {
  const errors = watchErrors(page);
  await open(page, "/en/present/prologue/#/999");
  const last = (await page.locator(".deck-item").count()) - 1;
  await expect(current(page)).toHaveAttribute("data-slide", String(last));
  const [speaker] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("s")]);
  await expect(speaker.locator('.deck[data-view="speaker"][data-deck-ready]')).toBeVisible();
  await expect(current(speaker)).toHaveAttribute("data-slide", String(last));
  await page.bringToFront();
  await page.keyboard.press("ArrowRight");
  await page.waitForURL("**/en/present/to-the-cloud/#/1/0");
  await expect(page.locator(".deck[data-presenting][data-deck-ready]")).toBeVisible();
  await expect(current(page)).toHaveAttribute("data-slide", "0");
  await expect(current(page).locator(".deck-title")).toHaveText(/To the cloud/i);
  await speaker.waitForURL("**/en/present/to-the-cloud/?speaker#/1/0");
  await expect(speaker.locator('.deck[data-view="speaker"][data-deck-ready]')).toBeVisible();
  await expect(current(speaker)).toHaveAttribute("data-slide", "0");
  // And the two windows are still one talk: → in the new deck moves the speaker view.
  await page.keyboard.press("ArrowRight");
  await expect(current(page)).toHaveAttribute("data-slide", "1");
  await expect(current(speaker)).toHaveAttribute("data-slide", "1");
  expect(errors).toEqual([]);
});

test("→ on the last chapter's last slide stays put", async ({ page }) => {
  await open(page, "/en/present/the-letter/#/999");
  const last = (await page.locator(".deck-item").count()) - 1;
  await page.keyboard.press("ArrowRight");
  await expect(current(page)).toHaveAttribute("data-slide", String(last));
  expect(new URL(page.url()).pathname).toBe("/en/present/the-letter/");
});

test("a step past a slide's last (#/8/9 style) shows that slide at its last step", async ({ page }) => {
  await open(page);
  const d11 = await chartSlide(page, "double11-traffic");
  const chart = page.locator(`.deck-item[data-slide="${d11}"] .deck-chart`);
  const steps = Number(await chart.getAttribute("data-steps"));
  await page.goto("about:blank");
  await page.goto(`${DECK}#/${d11 + 1}/9`);
  await expect(page.locator(".deck[data-presenting][data-deck-ready]")).toBeVisible();
  await expect(current(page)).toHaveAttribute("data-slide", String(d11));
  await expect(chart).toHaveAttribute("data-active-step", String(steps - 1));
  await expect(chart.locator("figure[data-chart]")).toHaveAttribute("data-state", String(steps - 1));
  expect(await hash(page)).toBe(`#/${d11 + 1}/${steps - 1}`);
});

/** Decodes the QR code shown in an element from a screenshot of it. */
async function decodeQr(page: Page, selector: string): Promise<string> {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  expect(code, `a QR code in ${selector}`).not.toBeNull();
  return code!.data;
}

test("Q shows a QR code for the origin serving the deck, the chapter and the slide's section", async ({ page, baseURL }) => {
  await open(page);
  const origin = new URL(baseURL!).origin;
  // A section slide of the chapter (its own slide, not the title).
  const section = Number(await page.locator('.deck-item:has(.deck-slide[data-kind="section"])').first().getAttribute("data-slide"));
  await page.goto(`${DECK}#/${section + 1}/0`);
  await expect(current(page)).toHaveAttribute("data-slide", String(section));
  await page.keyboard.press("q");
  const corner = page.locator("[data-deck-follow]");
  await expect(corner).toBeVisible();
  await expect(corner.locator(".deck-qr svg")).toBeVisible();
  const url = await decodeQr(page, "[data-deck-follow] .deck-qr");
  expect(url.startsWith(`${origin}/en/to-the-cloud/#`)).toBe(true);
  // The build's SITE_URL is not where this test serves the site: the code was drawn in the browser.
  expect(origin).not.toBe("http://localhost:3000");
  const anchor = new URL(url).hash.slice(1);
  expect(anchor.length).toBeGreaterThan(0);
  const heading = await current(page).locator(".deck-heading, h2").first().textContent();

  // The anchor exists on the chapter page, and is the heading of this slide's section.
  await page.goto(url);
  const target = page.locator(`[id="${anchor}"]`);
  await expect(target).toHaveCount(1);
  await expect(target).toContainText(heading!.trim());
});

test("the title slide's QR code is redrawn for the serving origin", async ({ page, baseURL }) => {
  await open(page);
  const origin = new URL(baseURL!).origin;
  const block = current(page).locator(".deck-follow[data-follow-path] .deck-qr");
  await expect(block).toHaveAttribute("data-qr-url", `${origin}/en/to-the-cloud/`);
  expect(await decodeQr(page, ".deck-item[data-current] .deck-follow[data-follow-path] .deck-qr")).toBe(`${origin}/en/to-the-cloud/`);
  await expect(current(page).locator(".deck-url").first()).toHaveText(`${new URL(baseURL!).host}/en/to-the-cloud/`);
});

test("on a phone a slide's QR code is redrawn for the serving origin only when it comes near the screen", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto("/en/present/to-the-cloud/");
  const served = `${new URL(baseURL!).origin}/en/to-the-cloud/`;
  const blocks = page.locator(".deck-follow[data-follow-path]");
  await expect(blocks).toHaveCount(2);
  // The address the build drew the codes for, from the page as served (the deck rewrites the attribute).
  const html = await (await page.request.get("/en/present/to-the-cloud/")).text();
  const built = /data-follow-url="([^"]+)"/.exec(html)?.[1];
  expect(built).toBeTruthy();
  test.skip(built === served, "served from the build's own address: there is nothing to redraw");
  // The title slide's code, on the screen, is redrawn; the closing slide's, thousands of pixels below, is not yet.
  await expect(blocks.first().locator(".deck-qr")).toHaveAttribute("data-qr-url", served);
  await expect(blocks.last().locator(".deck-qr")).toHaveAttribute("data-qr-url", built!);
  await blocks.last().scrollIntoViewIfNeeded();
  await expect(blocks.last().locator(".deck-qr")).toHaveAttribute("data-qr-url", served);
  await expect(blocks.last().locator(".deck-url")).toHaveText(served.replace(/^https?:\/\//, ""));
  await context.close();
});

/** Painted pixels on the current slide's drawing canvas (0 when there is none). */
const inked = (p: Page) =>
  p.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>(".deck-item[data-current] .deck-ink");
    if (!c?.width || !c.height) return 0;
    const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i]) n++;
    return n;
  });

test("D draws on the slide and the speaker window shows it; E erases it in both; a new slide starts clean", async ({ page, context }) => {
  await open(page, `${DECK}#/2/0`);
  const [speaker] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("s")]);
  await expect(speaker.locator('.deck[data-view="speaker"][data-deck-ready]')).toBeVisible();
  await expect(current(speaker)).toHaveAttribute("data-slide", "1");
  await page.bringToFront();

  const draw = async () => {
    const box = (await current(page).locator(".deck-slide").boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4);
    await page.mouse.down();
    for (let k = 1; k <= 8; k++) await page.mouse.move(box.x + box.width * (0.3 + k * 0.04), box.y + box.height * (0.4 + k * 0.02));
    await page.mouse.up();
  };
  expect(await inked(speaker)).toBe(0);
  await page.keyboard.press("d");
  await expect(page.locator('[data-deck-action="pen"]')).toHaveAttribute("aria-pressed", "true");
  await draw();
  await expect.poll(() => inked(page)).toBeGreaterThan(50);
  await expect.poll(() => inked(speaker)).toBeGreaterThan(50);
  // Drawing does not move the deck.
  await expect(current(page)).toHaveAttribute("data-slide", "1");

  await page.keyboard.press("e");
  await expect.poll(() => inked(page)).toBe(0);
  await expect.poll(() => inked(speaker)).toBe(0);

  await draw();
  await expect.poll(() => inked(speaker)).toBeGreaterThan(50);
  await page.keyboard.press("Escape");
  await expect(page.locator('[data-deck-action="pen"]')).toHaveAttribute("aria-pressed", "false");
  await page.keyboard.press("ArrowRight");
  await expect(current(speaker)).toHaveAttribute("data-slide", "2");
  await expect.poll(() => inked(page)).toBe(0);
  await expect.poll(() => inked(speaker)).toBe(0);
  // Back on the slide, its ink is gone (cleared per slide).
  await page.keyboard.press("ArrowLeft");
  await expect(current(speaker)).toHaveAttribute("data-slide", "1");
  expect(await inked(speaker)).toBe(0);
});

for (const deck of [
  "/en/present/prologue/",
  DECK,
  "/en/present/virtualization-tax/",
  "/en/present/ai-wall/",
  "/en/present/the-letter/",
  "/zh-hans/present/ai-wall/",
])
  test(`on a 390×844 phone ${deck} reads as a column of slides: text ≥ 14 px, charts at phone size, no sideways scroll`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(deck);
    await expect(page.locator(".deck[data-deck-ready]")).toHaveCount(1);
    await expect(page.locator(".deck[data-presenting]")).toHaveCount(0);
    const report = await page.evaluate(() => {
      const small: string[] = [];
      let svgTexts = 0;
      const walker = document.createTreeWalker(document.querySelector(".deck")!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (!n.textContent?.trim() || el.closest("[hidden], .sr-only, dialog:not([open]), [data-off]")) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        const box = range.getBoundingClientRect();
        if (box.width < 2 || box.height < 2) continue;
        const style = getComputedStyle(el);
        if (style.visibility === "hidden" || style.opacity === "0") continue;
        // A chart's label is drawn at its font size in viewBox units times the plot's scale on screen.
        const svg = el instanceof SVGElement ? el.closest<SVGSVGElement>("svg[viewBox]") : null;
        const size = svg ? parseFloat(style.fontSize) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width) : parseFloat(style.fontSize);
        if (size < 14) small.push(`${size.toFixed(1)}px ${el.tagName.toLowerCase()}.${el.getAttribute("class")} "${n.textContent.trim().slice(0, 30)}"`);
        if (svg) svgTexts++;
      }
      const charts = [...document.querySelectorAll<SVGSVGElement>(".deck-chart svg[data-frame]")]
        .filter((svg) => svg.getBoundingClientRect().width > 0)
        .map((svg) => ({ frame: svg.dataset.frame, scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width }));
      return { small, svgTexts, charts, scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth };
    });
    expect(report.scrollWidth).toBeLessThanOrEqual(report.width);
    // No text under 14 px, the charts' labels included (hundreds of them, measured as drawn).
    expect(report.small).toEqual([]);
    expect(report.svgTexts).toBeGreaterThan(20);
    // Every chart shows its phone layout at the phone view's size (the pocket frame), across the card.
    expect(report.charts.length).toBeGreaterThan(0);
    for (const c of report.charts) {
      expect(c.frame).toBe("pocket");
      expect(c.scale).toBeGreaterThan(1.15);
    }
    await context.close();
  });

test("the speaker view's Up next shows the chart's next step while the slide has one", async ({ page }) => {
  await open(page);
  const d11 = await chartSlide(page, "double11-traffic");
  const steps = Number(await page.locator(`.deck-item[data-slide="${d11}"] .deck-chart`).getAttribute("data-steps"));
  await page.goto(`${DECK}?speaker#/${d11 + 1}/0`);
  await expect(page.locator('.deck[data-view="speaker"][data-deck-ready]')).toBeVisible();
  const upnext = page.locator(".deck-upnext");
  await expect(upnext).toBeVisible();
  await expect(upnext).toHaveAttribute("data-label", `Up next: step 2 of ${steps}`);
  await expect(upnext.locator("figure[data-chart]")).toHaveAttribute("data-state", "1");
  await expect(page.locator(".deck-item[data-next] .deck-slide")).toBeHidden();
  for (let k = 1; k < steps; k++) await page.keyboard.press("ArrowRight");
  await expect(current(page).locator(".deck-chart")).toHaveAttribute("data-active-step", String(steps - 1));
  await expect(upnext).toBeHidden();
  await expect(page.locator(".deck-item[data-next] .deck-slide")).toBeVisible();
  await expect(page.locator(".deck-item[data-next]")).toHaveAttribute("data-slide", String(d11 + 1));
});

test("the projector's toolbar fades when the mouse rests and comes back when it moves", async ({ page }) => {
  await open(page);
  const toolbar = page.locator("[data-deck-toolbar]");
  await page.mouse.move(200, 200);
  await expect(page.locator(".deck[data-idle]")).toHaveCount(1, { timeout: 6000 });
  await expect.poll(() => toolbar.evaluate((el) => getComputedStyle(el).opacity)).toBe("0");
  await page.mouse.move(300, 260);
  await expect(page.locator(".deck[data-idle]")).toHaveCount(0);
  await expect.poll(() => toolbar.evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
});

test("G finds a slide by the words of its title", async ({ page }) => {
  await open(page);
  const headings = await page.locator(".deck-item").evaluateAll((items) => items.map((i) => i.querySelector(".deck-heading")?.textContent?.trim() ?? ""));
  const target = headings.findIndex((h, k) => k > 2 && h.length > 8);
  const title = headings[target]!;
  const first = headings.indexOf(title);
  await page.keyboard.press("g");
  const jump = page.locator('dialog[data-deck-dialog="jump"]');
  await expect(jump).toBeVisible();
  await page.keyboard.type(title.toLowerCase());
  await expect(jump.locator('[role="option"]').first()).toContainText(String(first + 1));
  await page.keyboard.press("Enter");
  await expect(jump).toBeHidden();
  await expect(current(page)).toHaveAttribute("data-slide", String(first));
});

test("a chapter's deck has the same slides in every script, so a bilingual class can follow one numbering", async ({ request }) => {
  const count = async (path: string) => {
    const html = await (await request.get(path)).text();
    return (html.match(/class="deck-item[ "]/g) ?? []).length;
  };
  for (const chapter of ["prologue", "to-the-cloud", "virtualization-tax", "ai-wall", "the-letter"]) {
    const en = await count(`/en/present/${chapter}/`);
    expect(en, chapter).toBeGreaterThan(3);
    for (const locale of ["zh-hans", "zh-hant"]) expect(await count(`/${locale}/present/${chapter}/`), `${locale} ${chapter}`).toBe(en);
  }
});
