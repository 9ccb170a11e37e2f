import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Browser tests run against the static export in out/, served by scripts/serve.mjs, in Debian's Chromium.
// Debian's headless build of Chromium (package chromium-headless-shell) when it is there: the same engine
// without the desktop browser's compositor and GPU process, so each page costs less CPU; the whole suite ran in
// 14.8 min instead of 18.5 on the 2-core machine. scripts/test.mjs installs it; the full browser is the fallback.
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const CHROME = process.env.CHROME_PATH ?? (fs.existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium");

export const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  // Never retried, in CI too: a test that passes on a second try is a failing test (scripts/test.mjs counts
  // it so), and if someone passes --retries anyway, a flaky result still fails the run.
  retries: 0,
  failOnFlakyTests: true,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: CHROME,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { PORT: String(PORT) },
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
