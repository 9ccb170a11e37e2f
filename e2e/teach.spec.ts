// The teacher's guide: in three scripts, with its decks, timed lessons, the elasticity explorable working,
// the "article says / record shows" cases with their sources, a page that reads without JavaScript, and a
// print that is a clean worksheet (charts, answer lines, no navigation).
import { expect, test } from "@playwright/test";
import { LANG, LOCALES } from "./helpers";

const TITLE = { en: "Teaching with Cloud Expedition", "zh-hans": "用《云端远征》上课", "zh-hant": "用《雲端遠征》上課" } as const;

for (const locale of LOCALES) {
  test(`the guide in ${locale}: decks, two timed lessons, and an explorable that answers`, async ({ page }) => {
    await page.goto(`/${locale}/teach/`);
    await expect(page.locator("html")).toHaveAttribute("lang", LANG[locale]);
    await expect(page.locator("h1")).toHaveText(TITLE[locale]);
    // One deck for the whole story and one per chapter, linked under the locale.
    const decks = page.locator("[data-deck-list] a[href*='/present/']");
    await expect(decks).toHaveCount(6);
    await expect(decks.first()).toHaveAttribute("href", `/${locale}/present/`);
    await expect(decks.nth(2)).toHaveAttribute("href", `/${locale}/present/to-the-cloud/`);
    // The lessons' running times add up to their length.
    await expect(page.locator("[data-lesson]")).toHaveCount(2);
    await expect(page.locator("[data-lesson]").first()).toHaveAttribute("data-lesson", "45");
    await expect(page.locator("[data-lesson]").last()).toHaveAttribute("data-lesson", "90");
    // The elasticity chart is the interactive one: a strategy change changes the tally.
    const fig = page.locator('figure[data-chart="elasticity"]');
    await fig.scrollIntoViewIfNeeded();
    const tally = fig.locator("[data-tally]");
    const before = await tally.textContent();
    await fig.locator('label:has(input[value="normal"])').click();
    await expect(fig.locator('input[value="normal"]')).toBeChecked();
    await expect(tally).not.toHaveText(before!);
  });
}

test("the cases set the article beside the record, with sources that exist, and work the sums from the data", async ({ page }) => {
  await page.goto("/en/teach/");
  const cases = page.locator("[data-case]");
  await expect(cases).toHaveCount(4);
  for (const c of await cases.all()) {
    // The claim says who makes it; on screen the record follows (the students' copy asks for it instead).
    await expect(c.locator(".case > p").first()).toContainText(/article says|headlines|circulate|often/);
    await expect(c.locator("p.teacher-only").getByText("The record shows:")).toBeVisible();
    await expect(c.locator(".student-only")).toBeHidden();
    expect(await c.locator("[data-case-source] a").count()).toBeGreaterThan(0);
    expect(await c.locator("[data-questions] li").count()).toBeGreaterThan(1);
  }
  const first = page.locator('[data-case="virtualization-loss-arithmetic"]');
  await expect(first.locator('[data-ratio="virtualization-example-reserved-cores/virtualization-example-host-cores"] .fact-value')).toHaveText("37.5%");
  await expect(first.locator('figure[data-chart="virtualization-loss"]')).toBeVisible();
  await expect(page.locator('[data-case="dojo-gpus"] figure[data-chart="compute-scale"]')).toBeVisible();
  // A source link lands on its entry in the bibliography.
  const link = page.locator('[data-case="dojo-gpus"] [data-case-source] a').first();
  const href = (await link.getAttribute("href"))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  await expect(page.locator(href.slice(href.indexOf("#")))).toBeVisible();
});

test("without JavaScript the guide reads, its charts are SVG, and offline saving says it needs JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/zh-hans/teach/");
  await expect(page.locator("h1")).toHaveText(TITLE["zh-hans"]);
  // The four charts of the guide, one drawing each (the other width is hidden by container queries).
  expect(await page.locator("figure[data-chart] svg:visible").count()).toBeGreaterThanOrEqual(4);
  // (Playwright turns scripts off without changing how <noscript> is parsed, so its text is read as text.)
  expect(await page.locator("[data-make-offline] noscript").textContent()).toContain("离线保存需要启用 JavaScript。");
  await expect(page.getByRole("button", { name: "保存以供离线使用" })).toBeHidden();
  await context.close();
});

test("printed, the guide is a handout: charts, answer lines, no navigation; the worksheet leaves out the teacher's parts", async ({ page }) => {
  await page.goto("/en/teach/");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.locator("footer")).toBeHidden();
  await expect(page.getByRole("button", { name: "Make available offline" })).toBeHidden();
  await expect(page.locator(".answer-line").first()).toBeVisible();
  await expect(page.locator(".worksheet-fields")).toBeVisible();
  for (const id of ["elasticity", "virtualization-loss", "compute-scale", "double11-traffic"]) {
    await expect(page.locator(`figure[data-chart="${id}"] svg:visible`).first()).toBeVisible();
  }
  await expect(page.locator("figure[data-chart] details").first()).toBeHidden();
  await expect(page.locator("[data-lesson]").first()).toBeVisible();
  const guide = await page.pdf({ format: "A4" });
  expect(guide.subarray(0, 5).toString()).toBe("%PDF-");
  const guidePages = (guide.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(guidePages).toBeGreaterThan(3);

  await page.evaluate(() => (document.documentElement.dataset.print = "worksheet"));
  await expect(page.locator("[data-lesson]").first()).toBeHidden();
  await expect(page.locator("[data-deck-list]")).toBeHidden();
  await expect(page.locator('[data-case="dojo-gpus"]')).toBeVisible();
  const worksheet = await page.pdf({ format: "A4" });
  const worksheetPages = (worksheet.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(worksheetPages).toBeGreaterThan(1);
  expect(worksheetPages).toBeLessThan(guidePages);
});

for (const locale of ["en", "zh-hans", "zh-hant"] as const) {
  test(`${locale}: the student worksheet prints in at most four pages and gives none of the answers`, async ({ page }) => {
    await page.goto(`/${locale}/teach/`);
    await page.emulateMedia({ media: "print" });
    // The teacher's copy: what the record shows in each case, and the findings the case titles state.
    const cases = page.locator("[data-case]");
    expect(await cases.count()).toBe(4);
    const answers = await page
      .locator("[data-case] p.teacher-only, [data-case] h3 .teacher-only, [data-case] .case-work .teacher-only")
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText.trim()).filter((t) => t.length > 8));
    expect(answers.length).toBeGreaterThanOrEqual(8);
    for (const a of answers.slice(0, 3)) await expect(page.locator("article")).toContainText(a.slice(0, 20));

    await page.evaluate(() => (document.documentElement.dataset.print = "worksheet"));
    const text = await page.locator("article").evaluate((el) => (el as HTMLElement).innerText);
    for (const a of answers) expect(text, `the worksheet shows an answer: ${a.slice(0, 60)}`).not.toContain(a.slice(0, 40));
    // What it has instead: the claims, a place to write the record, the questions and a table for the simulation.
    await expect(page.locator("[data-case] .student-only").first()).toBeVisible();
    await expect(page.locator("[data-record-table]")).toBeVisible();
    await expect(page.locator("[data-case] .question").first()).toBeVisible();
    await expect(page.locator("[data-lesson]").first()).toBeHidden();
    const pdf = await page.pdf({ format: "A4" });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages, `${locale} worksheet pages`).toBeLessThanOrEqual(4);
  });
}
