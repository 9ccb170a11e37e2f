// After next build and Pagefind: works out what the offline worker saves (lib/offline/precache.mjs), and
// writes out/sw.js (the worker with this build's manifest) and out/offline/manifest.json (the same manifest,
// with file counts and sizes per locale, for people and tools). Run by scripts/build.mjs.
import fs from "node:fs";
import path from "node:path";
import { buildOfflineManifest, localeTotals, renderServiceWorker } from "../lib/offline/precache.mjs";

const LOCALES = ["en", "zh-hans", "zh-hant"];

export function chapterSlugs(root = "content/chapters/en") {
  return fs
    .readdirSync(root)
    .map((f) => /^\d+-(.+)\.mdx$/.exec(f)?.[1])
    .filter(Boolean);
}

export function writeOffline({ outDir = "out", basePath = (process.env.BASE_PATH ?? "").replace(/\/+$/, "") } = {}) {
  const template = fs.readFileSync("lib/offline/sw.js", "utf8");
  const manifest = buildOfflineManifest({ outDir, basePath, locales: LOCALES, chapters: chapterSlugs(), workerSource: template });
  fs.writeFileSync(path.join(outDir, "sw.js"), renderServiceWorker(template, manifest));
  const totals = Object.fromEntries(LOCALES.map((l) => [l, localeTotals(manifest, outDir, l)]));
  fs.mkdirSync(path.join(outDir, "offline"), { recursive: true });
  fs.writeFileSync(path.join(outDir, "offline", "manifest.json"), JSON.stringify({ ...manifest, totals }, null, 2));
  return { manifest, totals };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { manifest, totals } = writeOffline();
  const mb = (b) => (b / 1e6).toFixed(1);
  console.log(
    `Offline worker ${manifest.version}: ${LOCALES.map((l) => `${l} ${manifest.locales[l].pages.length} pages, ${totals[l].files} files, ${mb(totals[l].bytes)} MB`).join("; ")}`,
  );
}
