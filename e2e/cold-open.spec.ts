// The cold open (issue 13): the prologue opens on midnight, 11 November 2010, in every script, with a
// drawing that is real SVG in the HTML, named for assistive technology, filled from the registry, shown in
// its final state under reduced motion; the cover's image is that night, labelled where a reader sees it.
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { getFigure } from "@/lib/data/registry";
import { formatDateValue, formatFigure } from "@/lib/data/format";
import type { Locale } from "@/lib/i18n";
import { axeLightAndDark, islandsReady, LOCALES, watchErrors } from "./helpers";

/** A figure as the registry formats it for a locale: what the page must show, never a typed literal. */
function figure(id: string, locale: Locale): string {
  const f = getFigure(id);
  if (typeof f.value !== "number") throw new Error(`${id} is not a single number`);
  return formatFigure(f.value, f.unit, locale);
}
const numbers = (l: Locale) => ({
  surge: figure("alipay-midnight-surge-2010", l),
  headroom: figure("alipay-capacity-headroom-2010", l),
  margin: figure("alipay-margin-2010", l),
  date: formatDateValue(getFigure("alipay-margin-2010").when!, l),
});

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Waits for the cold open's own animations (the page may run others that never end). */
const coldOpenSettled = (page: Page) =>
  page.evaluate(() => {
    const fig = document.querySelector("[data-cold-open]");
    return Promise.all(
      document
        .getAnimations()
        .filter((a) => fig?.contains((a.effect as KeyframeEffect | null)?.target ?? null))
        .map((a) => a.finished),
    );
  });

/** The drawing the reader sees (the prologue draws a phone and a desktop size; CSS shows one). */
const visiblePlot = (page: Page) => page.locator("[data-cold-open] svg[role=img]").filter({ visible: true });

for (const l of LOCALES) {
  test(`${l}: the prologue opens on the 2010 night, drawn as SVG in the HTML without JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${l}/prologue/`);
    const n = numbers(l);
    const body = page.locator("[data-chapter] .prose-body").first();
    // The chapter's first section is the night: its heading names the date.
    await expect(body.locator("h2").first()).toContainText(n.date);
    // The page opens on the night, drawn once, above the chapter's title: no heading of its own comes first.
    await expect(page.locator("[data-cold-open]")).toHaveCount(1);
    await expect(page.locator("[data-cold-open] .cold-open-date")).toHaveText(n.date);
    const order = await page.evaluate(() => {
      const root = document.querySelector(".prose-body")!;
      const h2 = [...root.querySelectorAll("h2")];
      const cold = document.querySelector("[data-cold-open]");
      const h1 = document.querySelector("h1")!;
      const headings = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")];
      const charts = [...document.querySelectorAll("[data-chart]")];
      const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return {
        sections: h2.length,
        cold: Boolean(cold),
        inMain: Boolean(cold?.closest("main")),
        beforeTitle: cold ? follows(cold, h1) : false,
        firstHeading: headings[0]?.tagName ?? "",
        headingsInside: cold ? cold.querySelectorAll("h1, h2, h3, h4, h5, h6, [role=heading]").length : -1,
        // Nothing drawn comes before it; the elasticity explorer is the first chart after it, in the night's section.
        chartsBefore: cold ? charts.filter((c) => follows(c, cold)).map((c) => c.getAttribute("data-chart")) : [],
        firstChartAfter: cold ? (charts.find((c) => follows(cold, c))?.getAttribute("data-chart") ?? null) : null,
        explorerInSection: h2[1] ? charts.some((c) => c.getAttribute("data-chart") === "elasticity" && follows(h2[0]!, c) && follows(c, h2[1]!)) : false,
      };
    });
    expect(order).toMatchObject({
      cold: true,
      inMain: true,
      beforeTitle: true,
      firstHeading: "H1",
      headingsInside: 0,
      chartsBefore: [],
      firstChartAfter: "elasticity",
      explorerInSection: true,
    });
    expect(order.sections).toBeGreaterThan(1);

    // Real SVG in the served HTML, with an accessible name that says what it shows.
    const plot = visiblePlot(page);
    await expect(plot).toHaveCount(1);
    await expect(plot).toHaveAccessibleName(new RegExp(escapeRe(n.margin)));
    await expect(plot).toHaveAccessibleDescription(new RegExp(escapeRe(n.surge)));
    // Its numbers are the registry's, formatted for the script.
    const svgText = (await plot.locator("text").allTextContents()).join(" ");
    expect(svgText).toContain(n.margin);
    expect(svgText).toContain(n.headroom);
    const caption = page.locator("[data-cold-open] figcaption");
    await expect(caption).toBeVisible();
    for (const v of [n.surge, n.headroom, n.margin]) await expect(caption).toContainText(v);
    // The clock shows midnight.
    await expect(page.locator("[data-cold-open] .cold-open-after")).toHaveText("00:00");
    await expect(page.locator("[data-cold-open] .cold-open-after")).toHaveCSS("opacity", "1");
    await expect(page.locator("[data-cold-open] .cold-open-before")).toHaveCSS("opacity", "0");
    // The prose of the scene cites the same facts.
    for (const v of [n.surge, n.headroom, n.margin]) await expect(body.locator("section, p").filter({ hasText: v }).first()).toBeVisible();
    await context.close();
  });

  test(`${l}: the cover's image is the 2010 night, with a visible label and an accessible name`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`/${l}/`);
    const n = numbers(l);
    const figureEl = page.locator("[data-cold-open]");
    await expect(figureEl).toHaveCount(1);
    const caption = figureEl.locator("figcaption");
    await expect(caption).toBeVisible();
    await expect(caption).toContainText(n.date);
    await expect(caption).toContainText(n.margin);
    await expect(figureEl).toHaveAccessibleName(new RegExp(escapeRe(n.margin)));
    const plot = visiblePlot(page);
    await expect(plot).toHaveCount(1);
    await expect(plot).toHaveAccessibleName(new RegExp(escapeRe(n.margin)));
    // The cover keeps its start button beside the image.
    await expect(page.locator("main h1")).toBeVisible();
    expect(errors).toEqual([]);
  });
}

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const desktop = { viewport: { width: 1440, height: 900 } };

for (const [device, options] of [
  ["phone", phone],
  ["desktop", desktop],
] as const) {
  test(`on a ${device}, the prologue's first screen is the night in every script: clock, plot and caption, the title after it`, async ({ browser }) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    for (const l of LOCALES) {
      await page.goto(`/${l}/prologue/`);
      const screen = await page.evaluate(() => {
        const fig = document.querySelector("[data-cold-open]")!;
        const box = (el: Element | null | undefined) => {
          const r = el!.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
        };
        const plot = [...fig.querySelectorAll("svg[role=img]")].find((s) => s.getClientRects().length);
        // The reading bar is fixed over the bottom of the screen: what is under it is not seen.
        const bar = document.querySelector("[data-moveon-bar]")?.getBoundingClientRect().top ?? innerHeight;
        return {
          height: innerHeight,
          width: innerWidth,
          seen: Math.min(bar, innerHeight),
          scrollY,
          clock: box(fig.querySelector(".cold-open-time")),
          date: box(fig.querySelector(".cold-open-date")),
          plot: box(plot),
          caption: box(fig.querySelector("figcaption")),
          title: box(document.querySelector("h1")),
          header: box(document.querySelector("body > header")),
        };
      });
      expect(screen.scrollY, l).toBe(0);
      // The night is all there at load, under the header and above the reading bar.
      for (const part of ["clock", "date", "plot", "caption"] as const) {
        expect(screen[part].top, `${l} ${device}: ${part} top`).toBeGreaterThanOrEqual(screen.header.bottom);
        expect(screen[part].bottom, `${l} ${device}: ${part} bottom`).toBeLessThanOrEqual(screen.seen);
        expect(screen[part].right, `${l} ${device}: ${part} right`).toBeLessThanOrEqual(screen.width);
      }
      // The plot is drawn large, not as a thumbnail: most of the column's width, or of the height left to it.
      expect(screen.plot.right - screen.plot.left, `${l} ${device}: plot width`).toBeGreaterThan(Math.min(screen.width - 40, 600));
      // It fills the first screen: the chapter's title comes after it, at the bottom of the screen or below.
      expect(screen.title.top, `${l} ${device}: title after the night`).toBeGreaterThan(screen.plot.bottom);
      expect(screen.title.top, `${l} ${device}: title at the fold`).toBeGreaterThan(screen.height * 0.8);
    }
    await context.close();
  });
}

test("in print the opening takes a part of the first page, not all of it, and the title follows on the same page", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 794, height: 1123 } });
  const page = await context.newPage();
  await page.goto("/en/prologue/");
  await page.emulateMedia({ media: "print" });
  const printed = await page.evaluate(() => {
    const fig = document.querySelector("[data-cold-open]")!;
    const r = fig.getBoundingClientRect();
    return { minHeight: getComputedStyle(fig).minHeight, height: r.height, titleBelow: document.querySelector("h1")!.getBoundingClientRect().top - r.top };
  });
  expect(printed.minHeight).toBe("0px");
  // An A4 page at 96 dpi is 1,123 px tall: the night and the title share the first.
  expect(printed.titleBelow).toBeLessThan(900);
  await context.close();
});

test("axe's heading rules pass on the prologue in every script: the title is the first heading, and the night adds none", async ({ page }) => {
  for (const l of LOCALES) {
    await page.goto(`/${l}/prologue/`);
    const results = await new AxeBuilder({ page }).withRules(["heading-order", "page-has-heading-one", "empty-heading"]).analyze();
    expect(results.violations.map((v) => `${l}: ${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
    expect(results.passes.map((p) => p.id)).toContain("heading-order");
  }
});

test("under reduced motion the drawing shows its final state and nothing animates", async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: "reduce" });
  const page = await context.newPage();
  for (const path of ["/en/prologue/", "/zh-hans/"]) {
    await page.goto(path);
    const state = await page.evaluate(() => {
      const fig = document.querySelector("[data-cold-open]")!;
      const running = document.getAnimations().filter((a) => a instanceof CSSAnimation && fig.contains((a.effect as KeyframeEffect).target as Node));
      const svg = [...fig.querySelectorAll("svg")].find((p) => p.getBoundingClientRect().width > 0)!;
      const climb = svg.querySelector('[data-co="climb"]')!;
      const after = svg.querySelector('[data-co="after"]')!;
      return {
        animations: running.length,
        dash: getComputedStyle(climb).strokeDasharray,
        offset: getComputedStyle(climb).strokeDashoffset,
        after: getComputedStyle(after).opacity,
        clock: getComputedStyle(fig.querySelector(".cold-open-after")!).opacity,
      };
    });
    expect(state, path).toEqual({ animations: 0, dash: "none", offset: "0px", after: "1", clock: "1" });
  }
  await context.close();
});

test("with motion allowed the drawing plays once and ends in the same final state", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await page.goto("/en/prologue/");
  const count = await page.evaluate(() => {
    const fig = document.querySelector("[data-cold-open]")!;
    return document.getAnimations().filter((a) => fig.contains((a.effect as KeyframeEffect).target as Node)).length;
  });
  expect(count).toBeGreaterThan(0);
  await coldOpenSettled(page);
  const end = await page.evaluate(() => {
    const fig = document.querySelector("[data-cold-open]")!;
    const svg = [...fig.querySelectorAll("svg")].find((p) => p.getBoundingClientRect().width > 0)!;
    const climb = svg.querySelector('[data-co="climb"]')!;
    return {
      offset: getComputedStyle(climb).strokeDashoffset,
      after: getComputedStyle(svg.querySelector('[data-co="after"]')!).opacity,
      clock: getComputedStyle(fig.querySelector(".cold-open-after")!).opacity,
    };
  });
  expect(end).toEqual({ offset: "0px", after: "1", clock: "1" });
});

test("at 320 px the cover and the prologue never scroll sideways", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  for (const l of LOCALES) {
    for (const path of [`/${l}/`, `/${l}/prologue/`]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      const box = await visiblePlot(page).boundingBox();
      expect(box!.x + box!.width, path).toBeLessThanOrEqual(320);
    }
  }
  await context.close();
});

test("the prologue's deck opens on the night in every script, with the same slides", async ({ page }) => {
  const kinds: string[][] = [];
  for (const l of LOCALES) {
    await page.goto(`/${l}/present/prologue/`);
    const slides = page.locator("[data-slide]");
    kinds.push(await slides.evaluateAll((els) => els.map((e) => e.getAttribute("data-kind") ?? "")));
    // After the title slide: the night, drawn, then the explorer.
    const second = slides.nth(1);
    await expect(second.locator("[data-cold-open] svg[role=img]").first()).toBeAttached();
    await expect(slides.nth(2)).toHaveAttribute("data-kind", "chart");
    await expect(slides.nth(2).locator('[data-chart-slide="elasticity"]')).toBeAttached();
  }
  expect(kinds[1]).toEqual(kinds[0]);
  expect(kinds[2]).toEqual(kinds[0]);
});

// The pages as a whole are scanned in both schemes by the sweep in e2e/site.spec.ts, right after load; here
// the night is scanned once its drawing has played to the end.
for (const l of LOCALES) {
  for (const path of [`/${l}/`, `/${l}/prologue/`]) {
    test(`axe finds no WCAG 2.2 AA violation in the cold open on ${path} once it has played, light and dark`, async ({ page }) => {
      await page.goto(path);
      await islandsReady(page);
      await coldOpenSettled(page);
      expect(await axeLightAndDark(page, { include: "[data-cold-open]", label: path })).toEqual([]);
    });
  }
}
