// npm test: installs Debian's Chromium if missing, builds the site if out/ is stale, then runs the
// copy check, the unit tests and the browser tests. Ends with one "N passed, N failed" line.
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import { outIsStale } from "./start.mjs";

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: "inherit", ...opts }).status ?? 1;

function ensureChromium() {
  if (fs.existsSync("/usr/bin/chromium")) return;
  console.log("Chromium is missing: installing Debian's chromium and fonts-noto-cjk…");
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const apt = (...args) => run(sudo[0] ?? "apt-get", sudo.length ? ["apt-get", ...args] : args, { env });
  if (apt("update", "-qq") !== 0 || apt("install", "-y", "-qq", "chromium", "fonts-noto-cjk") !== 0) {
    console.error("Could not install Chromium with apt-get. Install it yourself: apt-get install -y chromium fonts-noto-cjk");
    process.exit(1);
  }
}

ensureChromium();

const stale = outIsStale();
if (stale) {
  console.log(`Building the site first (${stale})…`);
  if (run(process.execPath, ["scripts/build.mjs"]) !== 0) process.exit(1);
}

fs.mkdirSync("test-results", { recursive: true });
const results = { passed: 0, failed: 0 };

// 1. No sentence copied from the source article.
const overlap = run(process.execPath, ["../shared/tools/source-overlap.mjs", "content", "app", "components"]);
if (overlap === 0) results.passed++;
else results.failed++;

// 2. Unit tests.
const unit = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"]);
try {
  const v = JSON.parse(fs.readFileSync("test-results/vitest.json", "utf8"));
  results.passed += v.numPassedTests;
  results.failed += v.numFailedTests;
} catch {
  results.failed++;
}
if (unit !== 0 && results.failed === 0) results.failed++;

// 3. Browser tests against out/, served statically.
const e2eFailedBefore = results.failed;
const e2e = run("npx", ["playwright", "test"]);
try {
  const p = JSON.parse(fs.readFileSync("test-results/playwright.json", "utf8"));
  results.passed += p.stats.expected + (p.stats.flaky ?? 0);
  results.failed += p.stats.unexpected;
} catch {
  results.failed++;
}
if (e2e !== 0 && results.failed === e2eFailedBefore) results.failed++;

console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed ? 1 : 0);
