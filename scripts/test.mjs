// npm test: checks lint and formatting (Biome), installs Debian's Chromium if missing, builds the site if out/
// is stale, then runs the copy check (when ../shared is beside this checkout), the unit tests and the browser
// tests. Ends with the suite's wall time and one "N passed, N failed" line, in which a test that passed only on a retry counts
// as failed: a flaky test is a failing test.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import { outIsStale } from "./start.mjs";

const started = Date.now();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: "inherit", ...opts }).status ?? 1;
const phases = [];
/** Runs a phase and records its wall time for the closing summary. */
function timed(name, fn) {
  const t = Date.now();
  const result = fn();
  phases.push(`${name} ${duration(Date.now() - t)}`);
  return result;
}
function duration(ms) {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

// Chromium only: the PNGs and social cards carry their own fonts (lib/export/fonts.ts), and no browser test
// asserts anything that needs a system CJK font. Two Debian packages: chromium, the browser (npm run bench runs
// Lighthouse in it), and chromium-headless-shell, its headless build, which the browser tests use when it is
// there (playwright.config.ts): it costs less CPU per page. Without the second, tests fall back to the first.
function ensureChromium() {
  const missing = [
    ["chromium", "/usr/bin/chromium"],
    ["chromium-headless-shell", "/usr/bin/chromium-headless-shell"],
  ].filter(([, bin]) => !fs.existsSync(bin));
  if (missing.length === 0) return;
  const names = missing.map(([pkg]) => pkg);
  console.log(`Installing Debian's ${names.join(" and ")} (missing)…`);
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const apt = (...args) => run(sudo[0] ?? "apt-get", sudo.length ? ["apt-get", ...args] : args, { env });
  // One package at a time, so a distribution without the headless build still gets the browser.
  const failed = timed("Chromium install", () => apt("update", "-qq") !== 0 || names.map((n) => apt("install", "-y", "-qq", n)).some((rc) => rc !== 0));
  if (!fs.existsSync("/usr/bin/chromium")) {
    console.error("Could not install Chromium with apt-get. Install it yourself: apt-get install -y chromium chromium-headless-shell");
    process.exit(1);
  }
  if (failed) console.log("chromium-headless-shell could not be installed: the browser tests run in the full chromium, more slowly.");
}

const results = { passed: 0, failed: 0, skipped: 0, flaky: [] };

// 1. Lint and format (Biome, biome.json): first, since it takes seconds. A failure is counted and the run goes on.
const lint = timed("lint", () => run("npx", ["biome", "check", "--error-on-warnings", "."]));
if (lint === 0) results.passed++;
else {
  results.failed++;
  console.log("Lint or format errors: `npm run format` fixes the formatting and the safe fixes; fix the rest by hand (`npm run lint` lists them).");
}

ensureChromium();

const stale = outIsStale();
if (stale) {
  console.log(`Building the site first (${stale})…`);
  if (timed("build", () => run(process.execPath, ["scripts/build.mjs"])) !== 0) process.exit(1);
}

fs.mkdirSync("test-results", { recursive: true });

// 2. No sentence copied from the source article. The checker lives in ../shared, beside the project's own
// checkout; a clone on its own has no copy of it, so there the check is skipped, and says so.
const overlapTool = path.resolve(root, "../shared/tools/source-overlap.mjs");
if (fs.existsSync(overlapTool)) {
  const overlap = timed("copy check", () => run(process.execPath, [overlapTool, "content", "app", "components"]));
  if (overlap === 0) results.passed++;
  else results.failed++;
} else {
  console.log(
    `Copy check skipped: ${path.relative(root, overlapTool)} is not beside this checkout (it ships with the project's shared tools, not with the repository).`,
  );
  results.skipped++;
}

// 3. Unit tests, never retried (a retry would hide a flaky test; vitest's JSON does not say which passed late).
const unitFailedBefore = results.failed;
fs.rmSync("test-results/vitest.json", { force: true });
const unit = timed("unit", () =>
  run("npx", ["vitest", "run", "--retry=0", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"]),
);
try {
  const v = JSON.parse(fs.readFileSync("test-results/vitest.json", "utf8"));
  results.passed += v.numPassedTests;
  results.failed += v.numFailedTests;
  results.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
} catch {
  results.failed++;
}
if (unit !== 0 && results.failed === unitFailedBefore) results.failed++;

// 4. Browser tests against out/, served statically. Playwright's retries are 0 (playwright.config.ts); should
// someone pass --retries, a test that failed and then passed is reported as flaky and counted as failed.
const e2eFailedBefore = results.failed;
fs.rmSync("test-results/playwright.json", { force: true });
const e2e = timed("browser", () => run("npx", ["playwright", "test"]));
try {
  const p = JSON.parse(fs.readFileSync("test-results/playwright.json", "utf8"));
  results.passed += p.stats.expected;
  results.failed += p.stats.unexpected;
  results.skipped += p.stats.skipped ?? 0;
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) if (t.status === "flaky") results.flaky.push(`e2e: ${[...titles, spec.title].join(" › ")}`);
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of p.suites ?? []) walk(suite, [suite.title]);
  // The titles are for the reader; the count is Playwright's own.
  while (results.flaky.length < (p.stats.flaky ?? 0)) results.flaky.push("e2e: (a test whose title the report did not give)");
} catch {
  results.failed++;
}
if (e2e !== 0 && results.failed === e2eFailedBefore && !results.flaky.some((f) => f.startsWith("e2e: "))) results.failed++;

if (results.flaky.length) {
  console.log(`\n${results.flaky.length} flaky (failed, then passed on a retry), counted as failed:`);
  for (const f of results.flaky) console.log(`  ${f}`);
}
const failed = results.failed + results.flaky.length;
console.log(`\nnpm test took ${duration(Date.now() - started)} (${phases.join(", ")})`);
console.log(`${results.passed} passed, ${failed} failed${results.skipped ? `, ${results.skipped} skipped` : ""}`);
process.exit(failed ? 1 : 0);
