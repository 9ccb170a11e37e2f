// npm run build: next build with output: 'export' writes the static site to out/, and records how long it took.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const started = Date.now();
const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
if (result.status !== 0) process.exit(result.status ?? 1);

// Embed pages become standalone documents without the Next runtime (fails loudly if it can't).
const embeds = spawnSync("node", ["scripts/embed-finalize.mjs"], { stdio: "inherit" });
if (embeds.status !== 0) process.exit(embeds.status ?? 1);

// Reading pages become static documents with islands, without the App Router runtime (fails loudly if it can't).
const site = spawnSync("node", ["scripts/site-finalize.mjs"], { stdio: "inherit" });
if (site.status !== 0) process.exit(site.status ?? 1);

// Static search: Pagefind indexes out/ (one index per <html lang>), so search works from any static host.
const pagefind = spawnSync("npx", ["pagefind", "--site", "out", "--quiet"], { stdio: "inherit" });
if (pagefind.status !== 0) process.exit(pagefind.status ?? 1);
// Offline classroom: out/sw.js and its manifest of pages and files, from what is now in out/.
if (spawnSync(process.execPath, ["scripts/offline.mjs"], { stdio: "inherit" }).status !== 0) process.exit(1);
const seconds = (Date.now() - started) / 1000;
fs.writeFileSync(
  "out/.build-info.json",
  JSON.stringify(
    {
      builtAt: new Date(started).toISOString(),
      seconds,
      basePath: (process.env.BASE_PATH ?? "").replace(/\/+$/, ""),
      siteUrl: (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
    },
    null,
    2,
  ),
);
console.log(`\nStatic site written to out/ in ${seconds.toFixed(1)} s`);
