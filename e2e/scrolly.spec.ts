// Scrollytelling on a phone, as a reader meets it: for every step of every live scrollytelling section, in
// all three scripts, the active card never covers the plot it talks about — neither when the step becomes
// active nor halfway through it. Coverage is what the reader sees: points of the plot's box where the card
// is the topmost element. The same walk checks that the reading bar (e2e/moving-on.spec.ts) covers none of it.
import { expect, test, type Page } from "@playwright/test";
import { LOCALES, scrollToStep } from "./helpers";

const CHAPTERS = ["prologue", "to-the-cloud", "virtualization-tax", "ai-wall", "the-letter"];

/** Share of a grid of points over the visible plot where the topmost element is inside the card. */
async function coverage(page: Page, scrolly: string, step: number): Promise<number> {
  return page.evaluate(
    ([scrolly, step]) => {
      const root = document.querySelector(`[data-scrolly="${scrolly}"]`)!;
      const svg = [...root.querySelectorAll<SVGSVGElement>(".scrolly-figure svg[data-frame]")].find((s) => s.getClientRects().length)!;
      const card = root.querySelector(`.scrolly-step[data-step="${step}"]`)!;
      const box = svg.getBoundingClientRect();
      let covered = 0;
      let total = 0;
      for (let i = 1; i < 20; i++)
        for (let j = 1; j < 20; j++) {
          const x = box.left + (box.width * i) / 20;
          const y = box.top + (box.height * j) / 20;
          if (y < 0 || y > innerHeight) continue;
          total++;
          if (card.contains(document.elementFromPoint(x, y))) covered++;
        }
      return total ? covered / total : 0;
    },
    [scrolly, step] as const,
  );
}

/** Height in px of the visible plot that the reading bar (fixed at the foot of the screen) covers. */
function barOverlap(page: Page, scrolly: string): Promise<number> {
  return page.evaluate((scrolly) => {
    const root = document.querySelector(`[data-scrolly="${scrolly}"]`)!;
    const svg = [...root.querySelectorAll<SVGSVGElement>(".scrolly-figure svg[data-frame]")].find((s) => s.getClientRects().length)!;
    const plot = svg.getBoundingClientRect();
    const bar = document.querySelector("[data-moveon-bar]")!.getBoundingClientRect();
    return Math.max(0, Math.min(plot.bottom, bar.bottom) - Math.max(plot.top, bar.top));
  }, scrolly);
}

for (const locale of LOCALES) {
  test(`on a phone, no step card covers more than 10% of its plot, and the reading bar none of it (${locale})`, async ({ browser }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    let measured = 0;
    for (const chapter of CHAPTERS) {
      await page.goto(`/${locale}/${chapter}/`);
      for (const scrolly of await page.locator(".scrolly-live[data-scrolly]").all()) {
        const id = (await scrolly.getAttribute("data-scrolly"))!;
        await scrolly.scrollIntoViewIfNeeded();
        await expect(scrolly).toHaveAttribute("data-pinned", "");
        const steps = Number(await scrolly.getAttribute("data-steps"));
        for (let k = 0; k < steps; k++) {
          // The step becomes active when its card's top reaches the activation line: the card is put 4 px across it.
          await scrollToStep(page, id, k, { past: 4 });
          const next = await page.evaluate(
            ([id, k]) => {
              const card = document.querySelector(`[data-scrolly="${id}"] .scrolly-step[data-step="${k}"]`)!;
              const next = document.querySelector(`[data-scrolly="${id}"] .scrolly-step[data-step="${k + 1}"]`);
              return next ? next.getBoundingClientRect().top - card.getBoundingClientRect().top : card.getBoundingClientRect().height;
            },
            [id, k] as const,
          );
          expect(await coverage(page, id, k), `${locale} ${chapter} ${id} step ${k}, on activation`).toBeLessThanOrEqual(0.1);
          // Nor does the reading bar at the foot of the screen (components/moving-on) cover any of the plot.
          expect(await barOverlap(page, id), `${locale} ${chapter} ${id} step ${k}: px of plot under the reading bar`).toBe(0);
          // Halfway to the next step.
          await page.evaluate((d) => window.scrollBy(0, d / 2), next);
          await expect(scrolly.locator("figure[data-chart]")).toHaveAttribute("data-state", new RegExp(`^${k}(\\||$)`));
          expect(await coverage(page, id, k), `${locale} ${chapter} ${id} step ${k}, halfway`).toBeLessThanOrEqual(0.1);
          measured++;
        }
      }
    }
    expect(measured).toBeGreaterThan(4);
    await context.close();
  });
}
