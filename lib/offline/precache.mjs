// What the service worker saves for offline classrooms, worked out at build from the files in out/.
// A teacher opens a deck once at school, or presses "Make available offline", and then presents with the
// network cut. For that the worker needs, per locale, every classroom page (cover, chapters, the teacher's
// guide, the decks, the sources, the offline page), each with the files the App Router fetches for it (the
// HTML and its RSC payloads, index.txt and __next.*.txt), plus the shared assets under /_next/static.
// Plain ESM (scripts/offline.mjs runs it in Node without a TypeScript step); precache.d.mts types it for tests.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Paths under /{locale}/ that are not chapters. Anything else one level deep is a chapter only if listed. */
const SPECIAL = new Set(["teach", "present", "offline", "sources", "timeline", "search", "not-found", "embed", "charts"]);

/**
 * What kind of classroom page a site path is ("/en/teach/" → "teach"), or null when it is not saved for
 * offline use (search needs its index, the 404 page is no page).
 */
export function pageKind(sitePath, locales, chapters) {
  const m = /^\/([^/]+)\/(.*)$/.exec(sitePath);
  if (!m || !locales.includes(m[1])) return null;
  const parts = m[2].split("/").filter(Boolean);
  if (parts.length === 0) return "cover";
  const [first] = parts;
  if (first === "present") return "deck";
  if (parts.length > 1) return null;
  if (first === "teach") return "teach";
  if (first === "offline") return "offline";
  if (first === "sources") return "sources";
  if (first === "timeline") return "timeline";
  if (chapters.includes(first) && !SPECIAL.has(first)) return "chapter";
  return null;
}

/** Order in which pages are listed and saved: what a teacher needs first comes first. */
const KIND_ORDER = ["offline", "teach", "deck", "cover", "chapter", "sources", "timeline"];

const walk = (dir) =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    : [];

const toUrl = (basePath, outDir, file) => `${basePath}/${path.relative(outDir, file).split(path.sep).join("/")}`;

/**
 * The files the browser asks for to show one page: the page itself (its directory URL, as a reader
 * navigates to it) and the RSC payloads the router fetches on client navigation. `__next._full.txt` is left
 * out when it is byte-identical to index.txt: the worker answers it from index.txt.
 */
export function pageFiles(outDir, pageDir, basePath) {
  const dir = path.join(outDir, pageDir);
  const names = fs.readdirSync(dir).filter((n) => fs.statSync(path.join(dir, n)).isFile());
  const site = `${basePath}/${pageDir ? `${pageDir.split(path.sep).join("/")}/` : ""}`;
  const files = [site];
  const read = (n) => fs.readFileSync(path.join(dir, n));
  for (const n of names.sort()) {
    if (!n.endsWith(".txt")) continue;
    if (n !== "index.txt" && !n.startsWith("__next.")) continue;
    if (n === "__next._full.txt" && names.includes("index.txt") && read(n).equals(read("index.txt"))) continue;
    files.push(site + n);
  }
  return files;
}

const ASSET_REL = new Set(["stylesheet", "icon", "preload", "modulepreload", "manifest", "apple-touch-icon"]);

/**
 * Same-origin assets an HTML page loads: stylesheets, scripts, icons, images and the web manifest. Links
 * to other pages (canonical, alternate, <a>) are not assets. Returned without their query string only when
 * the file lives in out/ under that name; the worker matches either way.
 */
export function assetRefs(html, basePath) {
  const refs = new Set();
  const add = (raw) => {
    if (!raw) return;
    const url = raw.replace(/&amp;/g, "&");
    if (!url.startsWith("/") || url.startsWith("//")) return;
    if (basePath && !url.startsWith(`${basePath}/`)) return;
    refs.add(url);
  };
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1]?.toLowerCase().split(/\s+/) ?? [];
    if (rel.some((r) => ASSET_REL.has(r))) add(/\bhref="([^"]+)"/.exec(tag)?.[1]);
  }
  for (const [tag] of html.matchAll(/<(?:script|img|source)\b[^>]*>/g)) add(/\bsrc="([^"]+)"/.exec(tag)?.[1]);
  return [...refs].sort();
}

/** The file in out/ a site URL maps to ("/en/" → en/index.html), without the base path and query. */
function fileOf(outDir, basePath, url) {
  const rel = decodeURIComponent(url.slice(basePath.length).split("?")[0]);
  return rel.endsWith("/") ? path.join(outDir, rel, "index.html") : path.join(outDir, rel);
}

/** Every page directory (relative to out/) that has an index.html. */
function pageDirs(outDir, locale) {
  return walk(path.join(outDir, locale))
    .filter((f) => path.basename(f) === "index.html")
    .map((f) => path.relative(outDir, path.dirname(f)));
}

/** A content hash of everything the worker would save, so a new build means a new cache. */
export function versionHash(outDir, urls, basePath, extra = "") {
  const h = crypto.createHash("sha256");
  h.update(extra);
  for (const url of [...new Set(urls)].sort()) {
    const file = fileOf(outDir, basePath, url);
    h.update(url);
    h.update(fs.existsSync(file) ? fs.readFileSync(file) : "missing");
  }
  return h.digest("hex").slice(0, 12);
}

/**
 * The offline manifest: per locale, its classroom pages and their files; the assets every page shares;
 * the shell the worker saves when it installs (the offline pages and what they load); and a version.
 */
export function buildOfflineManifest({ outDir, basePath = "", locales, chapters, workerSource = "" }) {
  // Next's static files, and the islands' runtime with every chunk it may import (scripts/site-finalize.mjs):
  // a chunk a page imports on demand is named in no HTML.
  const assets = new Set([...walk(path.join(outDir, "_next", "static")), ...walk(path.join(outDir, "site"))].map((f) => toUrl(basePath, outDir, f)));
  const byLocale = {};
  const shell = new Set();
  for (const locale of locales) {
    const pages = [];
    for (const dir of pageDirs(outDir, locale)) {
      const sitePath = `/${dir.split(path.sep).join("/")}/`;
      const kind = pageKind(sitePath, locales, chapters);
      if (!kind) continue;
      const html = fs.readFileSync(path.join(outDir, dir, "index.html"), "utf8");
      // A reference to a file the export does not have would make every install fail: leave it out.
      const refs = assetRefs(html, basePath).filter((ref) => fs.existsSync(fileOf(outDir, basePath, ref)));
      for (const ref of refs) if (!ref.startsWith(`${basePath}/_next/static/`)) assets.add(ref);
      const files = pageFiles(outDir, dir, basePath);
      pages.push({ path: `${basePath}${sitePath}`, kind, files });
      if (kind === "offline") {
        files.forEach((f) => shell.add(f));
        refs.forEach((f) => shell.add(f));
      }
    }
    // Within a kind, chapters (and their decks) in reading order.
    const rank = (p) => chapters.findIndex((c) => p.path.endsWith(`/${c}/`));
    pages.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || rank(a) - rank(b) || a.path.localeCompare(b.path));
    byLocale[locale] = { pages };
  }
  const assetList = [...assets].sort();
  const everything = [...assetList, ...Object.values(byLocale).flatMap((l) => l.pages.flatMap((p) => p.files))];
  return {
    version: versionHash(outDir, everything, basePath, workerSource),
    basePath,
    assets: assetList,
    shell: [...shell].sort(),
    locales: byLocale,
  };
}

/** How many files and bytes saving a locale for offline use means (for the manifest file and the report). */
export function localeTotals(manifest, outDir, locale) {
  const urls = new Set([...manifest.assets, ...manifest.locales[locale].pages.flatMap((p) => p.files)]);
  let bytes = 0;
  for (const url of urls) {
    const file = fileOf(outDir, manifest.basePath, url);
    if (fs.existsSync(file)) bytes += fs.statSync(file).size;
  }
  return { files: urls.size, bytes };
}

/** out/sw.js: the worker template with the manifest in front of it, so its bytes change with every build. */
export function renderServiceWorker(template, manifest) {
  return `// Cloud Expedition offline worker, version ${manifest.version}. Generated by scripts/offline.mjs from lib/offline/sw.js.\nconst OFFLINE = ${JSON.stringify(manifest)};\n${template}`;
}
