// The embed pages on their own: every chart in every language as a standalone document (no Next runtime,
// nothing off-origin), readable without JavaScript, state from a validated query string (step, scale,
// year, theme), explorers that work, 200+ hostile query strings that change nothing, and axe in both themes.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { axeViolations, LANG, LOCALES, watchErrors } from "./helpers";
import { EMBED_HEIGHTS } from "@/lib/embed/urls";

/** Chart ids from the registry's source, so a chart added there without an embed fails here. */
const CHARTS = [...fs.readFileSync("components/charts/registry.tsx", "utf8").matchAll(/^\s+"?([a-z0-9-]+)"?: [A-Z]\w+Chart,$/gm)].map((m) => m[1]!);
const embed = (chart: string, locale = "en", query = "") => `/${locale}/embed/${chart}/${query}`;
const figure = (page: Page) => page.locator("[data-embed] figure[data-chart]");

test("the registry's eight charts each have an embed in every locale", () => {
  expect(CHARTS).toHaveLength(8);
  for (const l of LOCALES) for (const c of CHARTS) expect(fs.existsSync(`out/${l}/embed/${c}/index.html`), `${l}/${c}`).toBe(true);
});

for (const locale of LOCALES) {
  test(`${locale}: every embed renders its chart standalone, with no Next script, nothing off-origin, no error, no overflow at 320 px`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(60_000);
    const origin = new URL(baseURL!).origin;
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    const errors = watchErrors(page);
    for (const chart of CHARTS) {
      await page.setViewportSize({ width: 1280, height: 900 });
      const response = await page.goto(embed(chart, locale));
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", LANG[locale]);
      await expect(figure(page)).toHaveAttribute("data-chart", chart);
      await expect(figure(page).locator('svg[role="img"]:visible').first()).toBeVisible();
      // The document's title is the figure's own.
      const heading = (await page.locator(`#${chart}-title`).textContent())!.trim();
      expect(await page.title()).toContain(heading);
      await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveAttribute(
        "href",
        new RegExp(`/${locale}/embed/${chart}/oembed\\.json$`),
      );
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/${locale}/[a-z-]+/$`));
      // The credit leads to the story in a tab of its own; downloads sit beside the page.
      await expect(page.locator("[data-embed] a[target=_blank]", { hasText: /Cloud Expedition|云端远征|雲端遠征/ })).toHaveCount(1);
      for (const kind of ["svg", "png", "csv"])
        await expect(page.locator(`a[data-embed-download="${kind}"]`)).toHaveAttribute("href", new RegExp(`/${locale}/embed/${chart}/${chart}\\.${kind}$`));
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
    expect(errors).toEqual([]);
    expect(requests.filter((u) => u.startsWith("http") && new URL(u).origin !== origin)).toEqual([]);
    expect(requests.filter((u) => u.includes("/_next/"))).toEqual([]);
    expect(requests.filter((u) => /\/embed\/runtime\.[0-9a-f]{10}\.js$/.test(u)).length).toBeGreaterThan(0);
  });
}

test("the embed HTML carries no Next runtime at all", () => {
  for (const l of LOCALES)
    for (const c of CHARTS) {
      const html = fs.readFileSync(`out/${l}/embed/${c}/index.html`, "utf8");
      expect(html).not.toMatch(/\/_next\/[^"']*\.js|__next_f|TURBOPACK/);
      expect(html).toMatch(/<script defer src="[^"]*\/embed\/runtime\.[0-9a-f]{10}\.js"><\/script>/);
    }
});

test("without JavaScript the embed shows the chart's SVG and its table", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const chart of CHARTS) {
    await page.goto(embed(chart, "zh-hant"));
    await expect(figure(page).locator('svg[role="img"]:visible').first()).toBeVisible();
    await figure(page).locator("details[data-chart-table] > summary").click();
    expect(await figure(page).locator("details table tbody tr:visible").count()).toBeGreaterThan(0);
  }
  await context.close();
});

test("?step=n shows step n, ?scale=log selects log, ?year=2016 marks 2016", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(embed("double11-traffic", "en", "?step=2"));
  await expect(figure(page)).toHaveAttribute("data-step", "2");
  await page.goto(embed("compute-scale", "en", "?step=3"));
  await expect(figure(page)).toHaveAttribute("data-step", "3");
  // A step past the chart's last is ignored: the default state stays.
  await page.goto(embed("double11-traffic", "en", "?step=5"));
  await expect(figure(page)).not.toHaveAttribute("data-step", /.*/);

  await page.goto(embed("double11-traffic", "en", "?scale=log"));
  await expect(figure(page)).toHaveAttribute("data-scale", "log");
  // One plot whose scale is a state: the log axes' "log scale" labels are drawn, not off.
  const logLabel = figure(page).locator('svg[data-frame]:visible [data-k="log-gmv"]');
  await expect(logLabel).toHaveCount(1);
  await expect(logLabel).not.toHaveAttribute("data-off", /.*/);
  await expect(figure(page).getByRole("radio", { name: "Log" })).toBeChecked();
  // And the toggle works by hand.
  await figure(page).getByText("Linear", { exact: true }).click();
  await expect(figure(page)).toHaveAttribute("data-scale", "linear");
  await expect(logLabel).toHaveAttribute("data-off", "");

  await page.goto(embed("double11-traffic", "en", "?year=2016&step=1&scale=log"));
  await expect(figure(page)).toHaveAttribute("data-step", "1");
  await expect(figure(page)).toHaveAttribute("data-scale", "log");
  await expect(figure(page)).toHaveAttribute("data-year-cursor", "2016");
  expect(await figure(page).locator('[data-year="2016"][data-cursor]').count()).toBeGreaterThan(0);
  expect(await figure(page).locator('[data-cursor]:not([data-year="2016"])').count()).toBe(0);
  expect(errors).toEqual([]);
});

test("tooltips and arrow keys work in the embed", async ({ page }) => {
  await page.goto(embed("cloud-revenue"));
  const plot = figure(page).locator("[data-chart-plot]");
  await plot.focus();
  await page.keyboard.press("ArrowRight");
  await expect(plot.locator(".chart-tooltip")).toBeVisible();
  await expect(figure(page).locator("[data-chart-live]")).not.toBeEmpty();
  await page.keyboard.press("Escape");
  await expect(plot.locator(".chart-tooltip")).toBeHidden();
});

test("?theme=dark paints dark before any deferred script; without JavaScript the system theme applies", async ({ browser }) => {
  const dark = "rgb(14, 21, 32)";
  const light = "rgb(250, 247, 240)";
  const bg = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const js = await browser.newContext({ colorScheme: "light" });
  const page = await js.newPage();
  // Block the runtime: only the inline head script can have set the theme.
  await page.route("**/embed/runtime.*.js", (route) => route.abort());
  await page.goto(embed("timeline", "en", "?theme=dark"), { waitUntil: "domcontentloaded" });
  expect(await bg(page)).toBe(dark);
  await page.goto(embed("timeline", "en", "?theme=light"));
  expect(await bg(page)).toBe(light);
  await page.goto(embed("timeline", "en", "?theme=%22%3E%3Cscript%3E"));
  await expect(page.locator("html")).toHaveAttribute("data-theme", "system");
  await js.close();
  for (const scheme of ["light", "dark"] as const) {
    const off = await browser.newContext({ javaScriptEnabled: false, colorScheme: scheme });
    const p = await off.newPage();
    await p.goto(embed("timeline", "en", "?theme=dark"));
    expect(await bg(p)).toBe(scheme === "dark" ? dark : light);
    await off.close();
  }
});

test("the elasticity explorer works in the embed: a strategy changes the tally", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(embed("elasticity"));
  const tally = figure(page).locator("[data-tally]");
  // The server's SVG is the default state until the reader reaches for a control.
  await page.waitForLoadState("networkidle");
  await expect(page.locator('[data-island="elasticity"]')).toHaveCount(0);
  const before = await tally.textContent();
  await figure(page).getByText("Buy for a normal day", { exact: true }).click();
  await expect(tally).not.toHaveText(before!);
  await expect(tally.locator('[data-tally-item="lost"] dd')).toHaveText(/of the day’s/);
  const containers = figure(page).getByRole("radio", { name: /containers/ });
  await expect(containers).toBeDisabled();
  await figure(page).getByText("Rent elastically", { exact: true }).click();
  await expect(containers).toBeEnabled();
  await expect(page.locator('[data-island="elasticity"]')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test("by keyboard alone: focus reaches a strategy, the island takes over without losing it, arrows change the tally", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(embed("elasticity"));
  await page.waitForLoadState("networkidle");
  const tally = figure(page).locator("[data-tally]");
  const before = await tally.textContent();
  await figure(page)
    .getByRole("radio", { name: /2010 plan/ })
    .focus();
  await expect(page.locator('[data-island="elasticity"]')).toHaveCount(1);
  await expect(figure(page).getByRole("radio", { name: /2010 plan/ })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(figure(page).getByRole("radio", { name: "Buy for a normal day" })).toBeChecked();
  await expect(tally).not.toHaveText(before!);
  expect(errors).toEqual([]);
});

test("the fleet calculator and the timeline's filters work in their embeds", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(embed("virtualization-loss"));
  const result = figure(page).locator("[data-fleet-result]");
  const before = await result.textContent();
  await figure(page).locator('input[name="fleet"]').fill("500000");
  await expect(result).not.toHaveText(before!);

  await page.goto(embed("timeline", "en", "?year=2016"));
  await expect(page.locator('[data-island="timeline"] [data-island-children] svg[data-frame]')).toHaveCount(2);
  await expect(figure(page)).toHaveAttribute("data-year-cursor", "2016");
  // The island lays the chart out again in the browser and moves the same elements: the year's band, a folded theme, a range.
  const plot = figure(page).locator("svg[data-frame]:visible");
  await expect(plot.locator('[data-k="cursor"]')).not.toHaveAttribute("data-off", "");
  await figure(page).locator('label:has(input[data-theme-filter="ai"])').click();
  await expect(figure(page)).toHaveAttribute("data-hidden-themes", "ai");
  await expect(plot.locator('[data-k="ev-chatgpt-release"]')).toHaveAttribute("data-off", "");
  await figure(page).locator('input[data-range-edge="from"]').fill("2016");
  await expect(figure(page)).toHaveAttribute("data-year-range", "2016-2025");
  await expect(plot.locator('[data-k="ev-alibaba-cloud-founded"]')).toHaveAttribute("data-off", "");
  // Without a year the island waits for the reader: the first click on a filter still counts.
  await page.goto(embed("timeline", "zh-hans"));
  await page.waitForLoadState("networkidle");
  await expect(page.locator('[data-island="timeline"]')).toHaveCount(0);
  await figure(page).locator('label:has(input[data-theme-filter="market"])').click();
  await expect(figure(page)).toHaveAttribute("data-hidden-themes", "market");
  expect(errors).toEqual([]);
});

/** Deterministic PRNG (mulberry32), so the hostile strings are the same on every run. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE_VALUES = [
  "<script>alert(1)</script>",
  '"><svg onload=alert(1)>',
  "'><img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(document.domain)",
  "data:text/html,<script>alert(1)</script>",
  "</script><script>alert(1)</script>",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a hostile value, meant literally
  "${alert(1)}",
  "{{constructor.constructor('alert(1)')()}}",
  "-1",
  "NaN",
  "1e309",
  "-0",
  "Infinity",
  "99999999999999999999",
  "2016.5",
  "0x7e0",
  " 2016",
  "2016 ",
  "\u0000",
  "2016\u0000",
  "%00",
  "%",
  "%E0%A4%A",
  "\u202e2016",
  "２０１６",
  "٢٠١٦",
  "🚀",
  "dark\nlight",
  "log;linear",
  "LOG",
  "Dark",
  "__proto__",
  "constructor",
  "toString",
  "[object Object]",
  "undefined",
  "null",
  "true",
];
const HOSTILE_KEYS = [
  "step",
  "theme",
  "scale",
  "year",
  "childId",
  "__proto__",
  "constructor",
  "prototype",
  "__proto__[theme]",
  "hasOwnProperty",
  "step[]",
  "initialWidth",
  "parentUrl",
  "parentTitle",
];

function hostileQueries(count: number): string[] {
  const rand = prng(20091111);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    const n = 1 + Math.floor(rand() * 5);
    for (let j = 0; j < n; j++) {
      const key = pick(HOSTILE_KEYS);
      let value = pick(HOSTILE_VALUES);
      if (rand() < 0.1) value = value.repeat(200).slice(0, 3000); // very long
      if (rand() < 0.15) value = String(Math.floor(rand() * 4000) - 1000); // numbers in and out of range
      // Some raw (the browser encodes what it must), most encoded; the raw ones without NUL.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: strips NUL on purpose
      parts.push(rand() < 0.2 ? `${key}=${value.replace(/[#&\s%\u0000]/g, "")}` : `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
    }
    if (rand() < 0.2) parts.push(parts[0]!); // repeated keys
    out.push(`?${parts.join("&")}`);
  }
  return out;
}

test("240 generated hostile query strings run no script, raise no error, inject nothing, and the chart still shows", async ({ browser }) => {
  test.setTimeout(180_000);
  const queries = hostileQueries(240);
  expect(new Set(queries).size).toBeGreaterThan(200);
  const charts = ["cloud-footprint", "elasticity", "double11-traffic", "timeline", "cloud-revenue"];
  const lanes = 4;
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("dialog", (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
      page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
      for (let i = lane; i < queries.length; i += lanes) {
        const chart = charts[i % charts.length]!;
        const query = queries[i]!;
        // Deferred scripts (the runtime, the islands) have run by DOMContentLoaded.
        await page.goto(embed(chart, LOCALES[i % 3], query), { waitUntil: "domcontentloaded" });
        const report = await page.evaluate(() => ({
          figure: document.querySelectorAll("figure[data-chart] svg[role=img]").length,
          handlers: document.evaluate("count(//*[@*[starts-with(translate(name(), 'ON', 'on'), 'on')]])", document, null, XPathResult.NUMBER_TYPE).numberValue,
          scripts: Array.from(document.scripts).filter((s) => s.type !== "application/json").length,
          foreign: document.querySelectorAll("iframe, object, embed, img[src^='x'], a[href^='javascript' i]").length,
          theme: document.documentElement.dataset.theme,
          injected: /alert\(|onerror|onload/i.test(document.body.innerHTML),
        }));
        const where = `${chart}${query}`;
        if (report.figure < 1) problems.push(`no chart: ${where}`);
        if (report.handlers) problems.push(`inline handler: ${where}`);
        if (report.scripts > 3) problems.push(`extra script: ${where}`);
        if (report.foreign) problems.push(`injected element: ${where}`);
        if (report.injected) problems.push(`payload in the DOM: ${where}`);
        if (!["light", "dark", "system"].includes(report.theme ?? "")) problems.push(`theme ${report.theme}: ${where}`);
      }
      await page.waitForLoadState("networkidle");
      await context.close();
      expect(problems).toEqual([]);
    }),
  );
});

// The embeds' scripts are deferred, so they have run when goto's load event comes. Dark mode runs the
// colour rules (the light test checks the rest on the same pages).
for (const scheme of ["light", "dark"] as const) {
  test(`axe finds no WCAG 2.2 AA violation on any embed (${scheme})`, async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    const colours = scheme === "dark";
    const targets = [
      ...CHARTS.map((c) => embed(c)),
      embed("double11-traffic", "zh-hans", "?step=1"),
      embed("timeline", "zh-hant"),
      embed("elasticity", "zh-hans"),
    ];
    const violations: string[] = [];
    for (const path of targets) {
      await page.goto(path);
      violations.push(...(await axeViolations(page, { label: `${scheme} ${path}: `, colours })));
    }
    // At 320 px, where the credit and the downloads wrap (24 px targets).
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of [embed("elasticity"), embed("cloud-footprint", "zh-hant")]) {
      await page.goto(path);
      violations.push(...(await axeViolations(page, { label: `320 ${path}: `, colours })));
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    // And with the theme forced the other way by the query: in full, since the scheme is not the context's.
    await page.goto(embed("double11-traffic", "en", `?theme=${scheme === "light" ? "dark" : "light"}`));
    violations.push(...(await axeViolations(page, { label: "forced: " })));
    expect(violations).toEqual([]);
    await context.close();
  });
}

test("an unknown chart gets the locale's 404, which lists every chart's embed", async ({ page }) => {
  const response = await page.goto("/zh-hans/embed/nope/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  const links = page.locator("main:visible [data-embed-link]");
  await expect(links).toHaveCount(CHARTS.length);
  await links.first().click();
  await expect(page).toHaveURL(/\/zh-hans\/embed\/[a-z0-9-]+\/$/);
  await expect(figure(page)).toBeVisible();
});

test("each chart's snippet height shows the whole chart in a 640 px column (where a CMS strips the resize script)", async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 600 });
  const drift: string[] = [];
  for (const chart of CHARTS) {
    await page.goto(embed(chart));
    const height = await page.evaluate(() => Math.ceil(document.querySelector("[data-embed]")!.getBoundingClientRect().bottom));
    const fixed = EMBED_HEIGHTS[chart];
    if (fixed === undefined || height > fixed || height <= fixed - 50) drift.push(`${chart}: measured ${height}, EMBED_HEIGHTS says ${fixed}`);
  }
  expect(drift).toEqual([]);
});
