// The gallery (/{locale}/charts/) and the files beside each embed page: every chart listed with a live
// preview and an embed code; the options rewrite the code, which stays valid HTML with a title; copying
// works; without JavaScript the default code is there; the CSV (tidy data), PNG, SVG and oEmbed downloads are real.
import { expect, type Locator, type Page, test } from "@playwright/test";
import { csvParseRows } from "d3-dsv";
import fs from "node:fs";
import { oembedSchema } from "../lib/export/oembed-schema";
import { absoluteUrl } from "../lib/paths";
import { islandsReady, LOCALES, watchErrors } from "./helpers";

const published: { charts: string[]; versions: Record<string, { version: number }[]> } = JSON.parse(fs.readFileSync("content/published-charts.json", "utf8"));
const charts = published.charts;
/** The version the gallery's code and the oEmbed records hand out: the chart's latest published one. */
const currentVersion = (id: string) => published.versions[id]!.at(-1);

/** Parses a snippet in the page and reports what a CMS would see. */
async function inspectSnippet(page: Page, code: string) {
  return page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
    const iframe = doc.querySelector("iframe");
    return {
      src: iframe?.getAttribute("src") ?? "",
      title: iframe?.getAttribute("title") ?? "",
      loading: iframe?.getAttribute("loading"),
      style: iframe?.getAttribute("style"),
      scripts: doc.querySelectorAll("script").length,
      noscript: doc.querySelectorAll("noscript").length,
      // Re-serialising gives back the same markup only if the snippet was well-formed HTML.
      roundTrip: doc.body.innerHTML.replace(/&amp;/g, "&") === html.replace(/&amp;/g, "&"),
    };
  }, code);
}

/** An entry's code builder renders on the reader's first pointer, touch or focus inside it (data-preact-on,
 * components/islands/runtime.ts): point at it, and wait until it is live. */
async function goLive(entry: Locator) {
  await entry.locator("[data-embed-options]").hover();
  await expect(entry.locator("[data-embed-options][data-live]")).toHaveCount(1);
}

test("the gallery lists every chart with a preview, an embed code, downloads and a citation", async ({ page }) => {
  for (const locale of LOCALES) {
    const errors = watchErrors(page);
    await page.goto(`/${locale}/charts/`);
    for (const id of charts) {
      const entry = page.locator(`[data-gallery-entry="${id}"]`);
      await expect(entry.locator(`figure[data-chart="${id}"]`)).toHaveCount(1);
      await expect(entry.locator(`textarea[data-embed-code="${id}"]`)).toHaveCount(1);
      await expect(entry.locator("[data-download]")).toHaveCount(4);
      await expect(entry.locator(`[data-cite="${id}"]`)).toContainText(`/${locale}/embed/${id}/`);
    }
    await islandsReady(page);
    expect(errors).toEqual([]);
  }
});

test("once live, every entry's options stand on their own: its default form is checked, and no id or radio group is shared", async ({ page }) => {
  await page.goto("/en/charts/");
  await islandsReady(page);
  for (const id of charts) await goLive(page.locator(`[data-gallery-entry="${id}"]`));
  await expect(page.locator("[data-embed-options][data-live]")).toHaveCount(charts.length);
  for (const id of charts) await expect(page.locator(`[data-gallery-entry="${id}"] input[data-embed-form="script"]`)).toBeChecked();
  const names = await page.locator('input[data-embed-form="script"]').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).name));
  expect(new Set(names).size).toBe(charts.length);
  const duplicates = await page.evaluate(() => {
    const seen = new Map<string, number>();
    document.querySelectorAll("[id]").forEach((el) => seen.set(el.id, (seen.get(el.id) ?? 0) + 1));
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
  expect(duplicates).toEqual([]);
  // Choosing a form in one entry leaves the others' alone.
  const [first, second] = charts;
  await page.locator(`[data-gallery-entry="${first}"] label:has(input[data-embed-form="iframe"])`).click();
  await expect(page.locator(`[data-gallery-entry="${first}"] input[data-embed-form="iframe"]`)).toBeChecked();
  await expect(page.locator(`[data-gallery-entry="${second}"] input[data-embed-form="script"]`)).toBeChecked();
  // The code and the citation a reporter copies name the origin the gallery is served from when the build
  // had no SITE_URL (html[data-build-origin]); SITE_URL when it had.
  const built = await page.locator("html").getAttribute("data-build-origin");
  const origin = built ? new URL(page.url()).origin : absoluteUrl("");
  await expect.poll(() => page.locator(`textarea[data-embed-code="${second}"]`).inputValue()).toContain(`${origin}/en/embed/${second}/`);
  await expect(page.locator(`[data-cite="${second}"]`)).toContainText(`${origin}/en/embed/${second}/`);
});

test("without JavaScript each chart shows its default code: script form, complete chart, this locale, auto theme", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/zh-hant/charts/");
  for (const id of charts) {
    const code = await page.locator(`textarea[data-embed-code="${id}"]`).inputValue();
    const s = await inspectSnippet(page, code);
    expect(new URL(s.src).pathname).toMatch(new RegExp(`/zh-hant/embed/${id}/v${currentVersion(id)!.version}/$`));
    expect(new URL(s.src).search).toBe("");
    expect(s.title.length).toBeGreaterThan(4);
    expect(s.scripts).toBe(1);
    expect(s.noscript).toBe(1);
    await expect(page.locator(`figure[data-chart="${id}"] svg`).first()).toBeAttached();
  }
  // The options need JavaScript, so they are not offered without it.
  await expect(page.locator("[data-embed-step]").first()).toBeHidden();
  await context.close();
});

test("the options rewrite the code: step, theme, language and form, and it stays valid HTML with a title", async ({ page }) => {
  await page.goto("/en/charts/");
  const entry = page.locator('[data-gallery-entry="double11-traffic"]');
  await islandsReady(page);
  await goLive(entry);
  const field = entry.locator('textarea[data-embed-code="double11-traffic"]');
  const before = await inspectSnippet(page, await field.inputValue());
  expect(before.scripts).toBe(1);

  await entry.locator("[data-embed-step]").selectOption("1");
  await entry.locator("[data-embed-theme]").selectOption("dark");
  let s = await inspectSnippet(page, await field.inputValue());
  expect(new URL(s.src).searchParams.get("step")).toBe("1");
  expect(new URL(s.src).searchParams.get("theme")).toBe("dark");
  expect(s.title).toBe(before.title);

  await entry.locator("[data-embed-lang]").selectOption("zh-hant");
  s = await inspectSnippet(page, await field.inputValue());
  // The code hands out the chart's current published version, in the language chosen.
  expect(new URL(s.src).pathname).toMatch(new RegExp(`/zh-hant/embed/double11-traffic/v${currentVersion("double11-traffic")!.version}/$`));
  expect(s.title).toMatch(/[\u4e00-\u9fff]/);
  expect(s.title).not.toBe(before.title);

  await entry.getByLabel("iframe only").check();
  s = await inspectSnippet(page, await field.inputValue());
  expect(s.scripts).toBe(0);
  expect(s.noscript).toBe(1);
  expect(s.loading).toBe("lazy");
  expect(s.style).toBe("width:100%;min-width:100%;border:0");
  expect(s.roundTrip).toBe(true);

  await entry.locator("[data-embed-step]").selectOption("");
  await entry.locator("[data-embed-theme]").selectOption("auto");
  s = await inspectSnippet(page, await field.inputValue());
  expect(new URL(s.src).search).toBe("");
});

test("Copy puts the code on the clipboard and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/en/charts/");
  const entry = page.locator('[data-gallery-entry="elasticity"]');
  await islandsReady(page);
  await goLive(entry);
  await entry.locator("[data-embed-theme]").selectOption("light");
  await entry.locator('[data-embed-copy="elasticity"]').click();
  await expect(entry.locator("[data-embed-status]")).toHaveText("Copied");
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe(await entry.locator('textarea[data-embed-code="elasticity"]').inputValue());
  expect(clipboard).toContain("theme=light");
  // Changing an option clears "Copied": it belonged to the old code.
  await entry.locator("[data-embed-theme]").selectOption("dark");
  await expect(entry.locator("[data-embed-status]")).toHaveText("");
});

test("each CSV download is tidy data: machine column names, the same in every language, numbers as numbers", async ({ page, request }) => {
  const headers = new Map<string, string[]>();
  for (const locale of ["en", "zh-hant"] as const) {
    await page.goto(`/${locale}/charts/`);
    for (const id of charts) {
      const href = await page.locator(`[data-gallery-entry="${id}"] [data-download="csv"]`).getAttribute("href");
      const response = await request.get(href!);
      expect(response.status()).toBe(200);
      const bytes = await response.body();
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...rows] = csvParseRows(bytes.toString("utf8").slice(1).trimEnd());
      for (const name of header!) expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(header).toContain("confidence");
      expect(header).toContain("source_url");
      expect(rows.length).toBeGreaterThan(0);
      // The figures' numbers (e2e/data.spec.ts checks every column): year is a plain four-digit year.
      const year = header!.indexOf("year");
      for (const row of rows) expect(row[year]!).toMatch(/^(\d{4})?$/);
      if (headers.has(id)) expect(header).toEqual(headers.get(id));
      else headers.set(id, header!);
    }
  }
});

test("the PNGs exist at 1× and 2× and are not blank", async ({ page }) => {
  await page.goto("/en/charts/");
  for (const locale of ["en", "zh-hans", "zh-hant"] as const) {
    for (const id of ["double11-traffic", "timeline", "elasticity"]) {
      const measure = (url: string) =>
        page.evaluate(async (u) => {
          const bitmap = await createImageBitmap(await (await fetch(u)).blob());
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const ctx = canvas.getContext("2d")!;
          ctx.drawImage(bitmap, 0, 0);
          const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
          const [r, g, b] = [px[0]!, px[1]!, px[2]!]; // the top-left corner is paper
          let ink = 0;
          for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i]! - r) + Math.abs(px[i + 1]! - g) + Math.abs(px[i + 2]! - b) > 60) ink++;
          return { width: bitmap.width, height: bitmap.height, ink: ink / (px.length / 4) };
        }, url);
      const one = await measure(`/${locale}/embed/${id}/${id}.png`);
      const two = await measure(`/${locale}/embed/${id}/${id}@2x.png`);
      expect(one.width).toBe(768);
      expect(two.width).toBe(one.width * 2);
      expect(Math.abs(two.height - one.height * 2)).toBeLessThanOrEqual(1);
      expect(one.ink, `${locale} ${id} looks blank`).toBeGreaterThan(0.03);
      expect(two.ink).toBeGreaterThan(0.03);
    }
  }
});

test("the SVG download opens in the browser, drawn, with the chart's title", async ({ page }) => {
  for (const id of charts) {
    await page.goto("/zh-hans/charts/");
    const title = await page.locator(`[data-gallery-entry="${id}"] figure[data-chart="${id}"] > div > p`).first().textContent();
    const response = await page.goto(`/zh-hans/embed/${id}/${id}.svg`);
    expect(response?.headers()["content-type"]).toContain("image/svg+xml");
    expect(await page.evaluate(() => document.documentElement.namespaceURI)).toBe("http://www.w3.org/2000/svg");
    const text = await page.evaluate(() => [...document.querySelectorAll("svg > text")].map((t) => t.textContent).join(""));
    expect(text.replace(/\s/g, "")).toContain(title!.replace(/\s/g, "").slice(0, 12));
    const box = await page.evaluate(() => document.documentElement.getBoundingClientRect().toJSON());
    expect(box.width).toBe(768);
  }
});

test("each oEmbed record validates and points at the embed and its picture", async ({ request }) => {
  for (const locale of LOCALES) {
    for (const id of charts) {
      const response = await request.get(`/${locale}/embed/${id}/oembed.json`);
      expect(response.status()).toBe(200);
      const record = oembedSchema.parse(await response.json());
      expect(record.html).toContain(`/${locale}/embed/${id}/v${currentVersion(id)!.version}/"`);
      const thumb = await request.get(new URL(record.thumbnail_url).pathname);
      expect(thumb.status()).toBe(200);
    }
  }
});

test("the gallery's social card is a chart card, 1200×630", async ({ page, request }) => {
  await page.goto("/en/charts/");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(/\/og\/en\/chart-[a-z0-9-]+\.png$/);
  const size = await page.evaluate(async (u) => {
    const b = await createImageBitmap(await (await fetch(u)).blob());
    return [b.width, b.height];
  }, new URL(image!).pathname);
  expect(size).toEqual([1200, 630]);
  for (const id of charts) expect((await request.get(`/og/zh-hant/chart-${id}.png`)).status()).toBe(200);
});

test("an entry's code builder comes alive under the first key or tap: focus stays on the control, and the first tap counts", async ({ page, browser }) => {
  await page.goto("/en/charts/");
  await islandsReady(page);
  const entry = page.locator('[data-gallery-entry="double11-traffic"]');
  await expect(entry.locator("[data-embed-options][data-live]")).toHaveCount(0);
  // Keyboard: focus reaches the server's radio; the rendered one has focus, and an arrow key moves the choice.
  await entry.locator('input[data-embed-form="script"]').focus();
  await expect(entry.locator("[data-embed-options][data-live]")).toHaveCount(1);
  await expect(entry.locator('input[data-embed-form="script"]')).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(entry.locator('input[data-embed-form="iframe"]')).toBeChecked();
  await expect.poll(() => entry.locator('textarea[data-embed-code="double11-traffic"]').inputValue()).not.toContain("<script");

  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const phone = await context.newPage();
  await phone.goto("/en/charts/");
  await islandsReady(phone);
  const other = phone.locator('[data-gallery-entry="elasticity"]');
  await other.locator('label:has(input[data-embed-form="iframe"])').tap();
  await expect(other.locator("[data-embed-options][data-live]")).toHaveCount(1);
  await expect(other.locator('input[data-embed-form="iframe"]')).toBeChecked();
  await context.close();
});
