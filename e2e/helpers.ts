// Shared helpers for browser tests: the list of pages comes from the built sitemap, so a new page is tested by default.
import fs from "node:fs";
import { createRequire } from "node:module";
import AxeBuilder from "@axe-core/playwright";
import { type ConsoleMessage, expect, type Locator, type Page } from "@playwright/test";
import { SKIPPED_BLOCKS } from "../components/islands/blocks";

export const LOCALES = ["en", "zh-hans", "zh-hant"] as const;
export const LANG = { en: "en", "zh-hans": "zh-Hans", "zh-hant": "zh-Hant" } as const;

/** Every page path in out/sitemap.xml, relative to the site root ("/en/sources/"), plus the pages a sitemap leaves out (search). */
export function sitemapPaths(): string[] {
  const xml = fs.readFileSync("out/sitemap.xml", "utf8");
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...new Set([...urls, ...LOCALES.map((l) => `/${l}/search/`)])];
}

export const localeOf = (path: string) => LOCALES.find((l) => path.startsWith(`/${l}/`));

/** English chapter pages, from the chapter files (content/chapters/en/NN-slug.mdx), so new sections never count as chapters. */
export function chapterPaths(): string[] {
  const slugs = fs.readdirSync("content/chapters/en").flatMap((f) => /^\d+-(.+)\.mdx$/.exec(f)?.[1] ?? []);
  return sitemapPaths().filter((p) => slugs.some((s) => p === `/en/${s}/`));
}

/** Collects console errors and page errors while a test runs; `stop()` detaches the listeners, for a page that
 * outlives the test (a tab shared by a worker's tests). */
export function watchErrors(page: Page): string[] & { stop: () => void } {
  const errors: string[] = [];
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() === "error") errors.push(msg.text());
  };
  const onError = (err: Error) => errors.push(err.message);
  page.on("console", onConsole);
  page.on("pageerror", onError);
  // Not enumerable, so the list still equals [] when nothing went wrong.
  return Object.defineProperty(errors, "stop", {
    value: () => {
      page.off("console", onConsole);
      page.off("pageerror", onError);
    },
  }) as string[] & { stop: () => void };
}

/**
 * Records the CSS transitions that start inside an element ("mark-key:property"), so a test can prove that
 * a change of state animated the same marks, whatever the machine's speed (transitionrun fires when a
 * transition is created, however soon it ends).
 */
export async function recordTransitions(target: Locator): Promise<() => Promise<string[]>> {
  await target.evaluate((el) => {
    const runs: string[] = [];
    (el as HTMLElement & { __runs?: string[] }).__runs = runs;
    el.addEventListener("transitionrun", (e) => runs.push(`${(e.target as Element).getAttribute("data-k")}:${(e as TransitionEvent).propertyName}`));
  });
  return () => target.evaluate((el) => [...((el as HTMLElement & { __runs?: string[] }).__runs ?? [])]);
}

/**
 * Scrolls a live scrollytelling section until step k is active and its figure shows it. The card is put
 * just across the line where a step becomes active (components/islands/scrolly.ts: 70% down the screen for
 * a live section on a phone, the middle otherwise), `past` px across it. A retry first takes the card off the
 * line for a frame, so the observer sees it cross again rather than a scroll to where it already is (the plot
 * changing height as it leaves the step before can carry a card across the thin band unseen).
 */
export async function scrollToStep(page: Page, chart: string, k: number, { pinned = true, past = 20 } = {}) {
  const scrolly = page.locator(`[data-scrolly="${chart}"]`);
  if (pinned) await expect(scrolly).toHaveAttribute("data-pinned", "");
  const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const place = (away: boolean) =>
    page.evaluate(
      ({ chart, k, away, past }) => {
        const card = document.querySelector(`[data-scrolly="${chart}"] .scrolly-step[data-step="${k}"]`)!;
        const phoneLine = card.closest(".scrolly-live") && !matchMedia("(min-width: 64rem)").matches;
        const line = innerHeight * (phoneLine ? 0.705 : 0.5);
        const top = card.getBoundingClientRect().top;
        window.scrollBy({ top: away ? top - innerHeight - 10 : top - line + past, behavior: "instant" });
      },
      { chart, k, away, past },
    );
  let attempt = 0;
  await expect(async () => {
    if (attempt++ > 0) {
      await place(true);
      await frames();
    }
    await place(false);
    await expect(scrolly.locator("figure[data-chart]")).toHaveAttribute("data-state", String(k), { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}

/** The page's islands have all attached (components/islands/runtime.ts marks <html data-islands="ready">). A test
 * waits on this, after the load event Playwright's goto already waits for, instead of on network silence. */
export async function islandsReady(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("data-islands", "ready");
}

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
/** The axe rules whose outcome depends on colour: the only ones a change of colour scheme can change. */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];
/** The rules whose outcome depends on the whole document rather than on the element scanned: a scan that
 * excludes part of a page runs these over all of it. */
export const DOCUMENT_RULES = ["duplicate-id-aria"];

/** The document-wide rules (DOCUMENT_RULES) over the whole page, whatever a scan excluded. axe files a
 * duplicate id that ARIA refers to under "needs review", not under violations: here it counts as one. */
export async function axeDocumentRules(page: Page, label = "") {
  return (await runAxe(page, { rules: DOCUMENT_RULES, incomplete: true })).map((v) => `${label}${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`);
}

// axe-core's own build, evaluated in the page once per document. @axe-core/playwright's AxeBuilder does the
// same with more round trips: it injects axe again on every scan and finishes each run in a new blank page, which
// made a scan of a chapter take twice as long as axe itself. Our pages have no frames; a page that has some
// (a host page with an embed) is scanned through AxeBuilder, which reaches into them.
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

type AxeViolation = { id: string; nodes: { target: unknown[] }[] };

/**
 * Text blocks off the screen are not laid out until they near it (content-visibility: auto, app/globals.css):
 * each stands at an estimated height, and when axe asks for the geometry of what is inside one, that content
 * is laid out overflowing the estimate, over the blocks after it. axe then measures targets a reader never
 * sees overlapping (target-size). During a scan every block is drawn as it is on the screen: the same
 * containment, without the skipping.
 */
const DRAW_ALL = `${SKIPPED_BLOCKS} { content-visibility: visible !important; contain: layout style paint !important; }`;
const drawAll = (page: Page, on: boolean) =>
  page.evaluate(
    ({ on, css }) => {
      document.querySelector("style[data-axe-draw-all]")?.remove();
      if (!on) return;
      const style = document.createElement("style");
      style.dataset.axeDrawAll = "";
      style.textContent = css;
      document.head.append(style);
    },
    { on, css: DRAW_ALL },
  );

async function runAxe(
  page: Page,
  options: { include?: string; exclude?: string; rules?: string[]; tags?: string[]; incomplete?: boolean },
): Promise<AxeViolation[]> {
  await drawAll(page, true);
  try {
    return await scan(page, options);
  } finally {
    await drawAll(page, false);
  }
}

async function scan(
  page: Page,
  options: { include?: string; exclude?: string; rules?: string[]; tags?: string[]; incomplete?: boolean },
): Promise<AxeViolation[]> {
  if (page.frames().length > 1) {
    let builder = new AxeBuilder({ page }).options({ resultTypes: options.incomplete ? ["violations", "incomplete"] : ["violations"] });
    builder = options.rules ? builder.withRules(options.rules) : builder.withTags(options.tags!);
    if (options.include) builder = builder.include(options.include);
    if (options.exclude) builder = builder.exclude(options.exclude);
    const results = await builder.analyze();
    return options.incomplete ? [...results.violations, ...results.incomplete] : results.violations;
  }
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async ({ include, exclude, rules, tags, incomplete }) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[]; incomplete: AxeViolation[] }> } }).axe;
    const runOnly = rules ? { type: "rule", values: rules } : { type: "tag", values: tags };
    // An include that matches nothing makes axe throw, so a scan of a missing element fails instead of passing.
    const context = exclude ? { include: include ? [[include]] : [[":root"]], exclude: [[exclude]] } : include ? { include: [[include]] } : document;
    const results = await axe.run(context, { runOnly, resultTypes: incomplete ? ["violations", "incomplete"] : ["violations"], iframes: false });
    const violations = incomplete ? [...results.violations, ...results.incomplete] : results.violations;
    return violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, options);
}

/**
 * The WCAG 2.2 AA violations axe finds on the page (or inside `include`), one line each, prefixed by `label`.
 * Only violations are collected: axe then skips serialising every passing node, a third of its time on a
 * chapter. With `colours`, only the colour rules run, for a page already checked in full in the other colour
 * scheme: nothing else axe checks depends on the scheme.
 */
export async function axeViolations(
  page: Page,
  { include, exclude, label = "", colours = false }: { include?: string; exclude?: string; label?: string; colours?: boolean } = {},
) {
  const violations = await runAxe(page, colours ? { include, exclude, rules: COLOUR_RULES } : { include, exclude, tags: AXE_TAGS });
  return violations.map((v) => `${label}${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`);
}

/** Axe in full in the light scheme, then the colour rules in the dark one (the page is not reloaded: its
 * colours are light-dark() variables, so emulating the scheme repaints it). Checks that the page did turn dark. */
export async function axeLightAndDark(page: Page, { include, exclude, label = "" }: { include?: string; exclude?: string; label?: string } = {}) {
  await page.emulateMedia({ colorScheme: "light" });
  const paper = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await paper();
  const violations = await axeViolations(page, { include, exclude, label: `light ${label}` });
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await paper(), "the page follows the dark scheme").not.toBe(light);
  violations.push(...(await axeViolations(page, { include, exclude, label: `dark ${label}`, colours: true })));
  return violations;
}
