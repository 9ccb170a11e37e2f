// npm run bench: builds, serves out/, and prints per-page bytes (gzip) and Lighthouse 12 mobile scores.
// Writes bench/results.json. A benchmark, not a test: it never fails on a number.
import fs from "node:fs";
import zlib from "node:zlib";
import { spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { createStaticServer, readBuildInfo } from "./serve.mjs";

const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const ORIGIN = `http://localhost:${PORT}`;
const FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

if (!process.argv.includes("--no-build")) {
  const r = spawnSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const info = readBuildInfo();
const base = info?.basePath ?? "";

/** Pages to measure: the covers, one chapter per locale, sources, plus any the caller names. */
function pagesToMeasure() {
  const named = process.argv.slice(2).filter((a) => a.startsWith("/"));
  // The embed baseline is measured in every run.
  if (named.length) return [...new Set([...named, "/en/embed/double11-traffic/"])];
  const xml = fs.readFileSync("out/sitemap.xml", "utf8");
  const all = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname.slice(base.length) || "/");
  const chapters = all.filter((p) => /^\/(en|zh-hans|zh-hant)\/[^/]+\/$/.test(p) && !/\/(sources|timeline|search|charts)\/$/.test(p));
  const firstChapter = chapters.find((p) => p.startsWith("/en/"))?.replace(/^\/en/, "");
  const picked = ["/", "/en/", "/en/sources/"];
  picked.push(...chapters.filter((p) => p.startsWith("/en/")));
  if (firstChapter) picked.push(...["zh-hans", "zh-hant"].map((l) => `/${l}${firstChapter}`));
  // Issue 14's list: the gallery, the timeline, the guide, a deck and a Traditional chapter with a chart.
  for (const extra of ["/zh-hant/ai-wall/", "/en/charts/", "/en/timeline/", "/en/teach/", "/en/present/to-the-cloud/"])
    if (all.includes(extra)) picked.push(extra);
  // Embeds are left out of the sitemap; measure three (budget: 60 kB gzip in total, runtime included).
  for (const embed of ["/en/embed/double11-traffic/", "/en/embed/elasticity/", "/zh-hans/embed/timeline/"])
    if (fs.existsSync(`out${embed}index.html`)) picked.push(embed);
  return [...new Set(picked)];
}

const gz = (buf) => zlib.gzipSync(buf, { level: 6 }).length;

/**
 * Bytes a reader downloads (gzip). "First load" counts what arrives before the load event, which waits
 * for the page's own scripts; "JS by idle" adds the modules a page imports after it (an explorer near the
 * screen, motion on a first step change).
 */
async function measureBytes(browser, path) {
  const page = await browser.newPage();
  const totals = { html: 0, css: 0, js: 0, other: 0, jsIdle: 0 };
  let loaded = false;
  const pending = [];
  page.on("response", (res) => {
    const beforeLoad = !loaded;
    pending.push(
      (async () => {
        const type = res.request().resourceType();
        let body;
        try {
          body = await res.body();
        } catch {
          return;
        }
        const size = gz(body);
        if (type === "script") totals.jsIdle += size;
        if (!beforeLoad) return;
        if (type === "document") totals.html += size;
        else if (type === "stylesheet") totals.css += size;
        else if (type === "script") totals.js += size;
        else totals.other += size;
      })(),
    );
  });
  await page.goto(`${ORIGIN}${base}${path}`, { waitUntil: "load" });
  loaded = true;
  // Elements in the document as it arrived (HTML and SVG), before any island adds its own.
  totals.elements = await page.evaluate(() => document.getElementsByTagName("*").length);
  await page.waitForLoadState("networkidle");
  await Promise.all(pending);
  await page.close();
  return totals;
}

/**
 * A scripted interaction on a mid-range phone profile (CPU slowed 4×): hover the first chart's marks and
 * step through them with the arrow keys, then read the Event Timing API. The longest event approximates INP.
 */
async function measureInteraction(browser, path) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${ORIGIN}${base}${path}`, { waitUntil: "networkidle" });
  const plot = page.locator("figure[data-chart]:visible [data-chart-plot]").first();
  if (!(await plot.count())) {
    await page.close();
    return null;
  }
  await page.evaluate(() => {
    window.__events = [];
    new PerformanceObserver((list) => window.__events.push(...list.getEntries().map((e) => e.duration))).observe({
      type: "event",
      durationThreshold: 16,
      buffered: true,
    });
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await plot.scrollIntoViewIfNeeded();
  const marks = plot.locator("svg:visible [data-point]");
  const n = Math.min(await marks.count(), 6);
  for (let i = 0; i < n; i++) await marks.nth(i).hover({ force: true });
  await plot.focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowRight");
  await page.waitForTimeout(300);
  const durations = await page.evaluate(() => window.__events);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await page.close();
  return { events: durations.length, maxMs: Math.round(Math.max(0, ...durations)) };
}

/**
 * A deck's slide change: press → ten times and time the keydown handler's scripting (the controller's work,
 * synchronous, measured in the page around dispatchEvent) and the time to the next painted frame.
 */
async function measureSlideChange(browser, path) {
  if (!/\/present\/[^/]+\/$/.test(path)) return null;
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${ORIGIN}${base}${path}#/1/0`, { waitUntil: "networkidle" });
  await page.waitForSelector(".deck[data-presenting][data-deck-ready]");
  const timings = [];
  for (let i = 0; i < 10; i++) {
    timings.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const t0 = performance.now();
            window.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
            const script = performance.now() - t0;
            requestAnimationFrame(() => requestAnimationFrame(() => resolve({ script, frame: performance.now() - t0 })));
          }),
      ),
    );
  }
  await page.close();
  return { scriptMs: Math.max(...timings.map((t) => t.script)), frameMs: Math.max(...timings.map((t) => t.frame)) };
}

async function runLighthouse(path) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(`${ORIGIN}${base}${path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      formFactor: "mobile",
    });
    const lhr = result.lhr;
    const score = (k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? 0),
      cls: Number((lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)),
      tbtMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0),
    };
  } finally {
    await chrome.kill();
  }
}

const server = createStaticServer().listen(PORT);
const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.filter((f) => !f.startsWith("--headless")) });
const rows = [];
for (const path of pagesToMeasure()) {
  const bytes = await measureBytes(browser, path);
  const interaction = await measureInteraction(browser, path).catch(() => null);
  const slide = await measureSlideChange(browser, path).catch(() => null);
  let lh;
  try {
    lh = process.argv.includes("--bytes") ? { error: "skipped" } : await runLighthouse(path);
  } catch (error) {
    lh = { error: String(error?.message ?? error) };
  }
  rows.push({ path, bytes, interaction, slide, lighthouse: lh });
  process.stderr.write(`measured ${path}\n`);
}
await browser.close();
server.close();

const kb = (n) => (n / 1024).toFixed(1);
// The baseline, measured in the same run: the Double 11 embed (a static document with a 2.5 kB runtime).
// Each page's total bytes and LCP are printed as a multiple of the embed's.
const baseline = rows.find((r) => r.path === "/en/embed/double11-traffic/");
const totalOf = (r) => r.bytes.html + r.bytes.css + r.bytes.js + r.bytes.other;
const times = (a, b) => (a !== undefined && b ? `${(a / b).toFixed(1)}×` : "–");
const table = [
  [
    "page",
    "HTML kB",
    "elements",
    "CSS kB",
    "JS kB",
    "total kB",
    "JS idle",
    "perf",
    "a11y",
    "best",
    "SEO",
    "LCP ms",
    "CLS",
    "TBT ms",
    "INP~ ms",
    "next ms",
    "kB/embed",
    "LCP/embed",
  ],
  ...rows.map((r) => [
    r.path,
    kb(r.bytes.html),
    r.bytes.elements,
    kb(r.bytes.css),
    kb(r.bytes.js),
    kb(r.bytes.html + r.bytes.css + r.bytes.js + r.bytes.other),
    kb(r.bytes.jsIdle),
    ...(r.lighthouse.error
      ? [r.lighthouse.error === "skipped" ? "–" : "err", "", "", "", "", "", ""]
      : [
          r.lighthouse.performance,
          r.lighthouse.accessibility,
          r.lighthouse.bestPractices,
          r.lighthouse.seo,
          r.lighthouse.lcpMs,
          r.lighthouse.cls,
          r.lighthouse.tbtMs,
        ]),
    r.interaction ? (r.interaction.events ? r.interaction.maxMs : "<16") : "–",
    r.slide ? r.slide.scriptMs.toFixed(1) : "–",
    baseline ? times(totalOf(r), totalOf(baseline)) : "–",
    baseline && !r.lighthouse.error && !baseline.lighthouse.error ? times(r.lighthouse.lcpMs, baseline.lighthouse.lcpMs) : "–",
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
console.log(
  "\nBytes are gzip (level 6). HTML, CSS and JS: first load (before the load event); total adds images and data. JS idle: all scripts by network idle,",
);
console.log("including modules imported on demand. Lighthouse 12 mobile (simulated throttling). kB/embed and LCP/embed: the page's total bytes and LCP");
console.log("as a multiple of /en/embed/double11-traffic/ measured in the same run (the baseline of issue 14).");
console.log("INP~: longest event (Event Timing) while hovering and arrowing through the first chart, CPU slowed 4×; <16 = no event over one frame.");
console.log("next ms: decks only, the longest scripting time of the → key handler over ten slide changes (budget < 16 ms).");
console.log("elements: elements in the document at load. --bytes skips Lighthouse (bytes and elements only).\n");
for (const [i, row] of table.entries()) {
  console.log(row.map((c, j) => (j === 0 ? String(c).padEnd(widths[j]) : String(c).padStart(widths[j]))).join("  "));
  if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
}
console.log(`\nBuild time: ${info?.seconds?.toFixed(1) ?? "?"} s`);
fs.mkdirSync("bench", { recursive: true });
fs.writeFileSync("bench/results.json", JSON.stringify({ measuredAt: new Date().toISOString(), buildSeconds: info?.seconds ?? null, pages: rows }, null, 2));
console.log("Wrote bench/results.json");
