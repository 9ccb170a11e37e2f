// Published versions of the embeds: permanent, frozen documents at /{locale}/embed/{chart}/v{n}/ that a
// journalist's article can point at for ever, while /{locale}/embed/{chart}/ keeps following the chart.
//
// A static export has no server to keep an old state alive, so a version is a committed snapshot: when an
// editor publishes a chart (or a change to one), `npm run embeds:freeze -- <chart>` copies what the last
// `npm run build` made for that chart, in every locale (the standalone embed document, its step documents,
// the SVG, the CSV and the oEmbed record, and the scripts the documents load) into published/, records the
// version and the digest of its files in content/published-charts.json, and installs it into out/. Every
// build copies published/ into out/ again (scripts/embed-finalize.mjs calls installPublished), so a version
// stays in every later build; tests/embed-versions.test.ts fails if a recorded version disappears or one of
// its bytes changes. Until the next freeze, changes reach only the unversioned URL.
//
// Stored files are the documents as a root-level build served them, with the site's absolute URL replaced
// by {{SITE_URL}}; installing puts back this build's SITE_URL and base path. The PNG is not stored: its
// credit line is a picture of the site's address, so each build draws it from the frozen SVG with that
// build's address (lib/export/png.ts, the bundled fonts; cached in .generated/).
//
//   node scripts/embed-versions.mjs freeze <chart> [--en "what changed"] [--zh-hans "改了什么"] [--force]
//   node scripts/embed-versions.mjs status     charts whose build differs from their latest version
//   node scripts/embed-versions.mjs check      every recorded version is there, byte for byte
//   node scripts/embed-versions.mjs install    copy published/ into out/ (the build does this itself)
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const LOCALES = ["en", "zh-hans", "zh-hant"];
export const SITE_TOKEN = "{{SITE_URL}}";
export const DEFAULTS = {
  outDir: path.join(ROOT, "out"),
  publishedDir: path.join(ROOT, "published"),
  recordFile: path.join(ROOT, "content", "published-charts.json"),
  contentDir: path.join(ROOT, "content"),
};

export class VersionError extends Error {}
const fail = (message) => {
  throw new VersionError(`embed-versions: ${message}`);
};

const sha256 = (bytes) => crypto.createHash("sha256").update(bytes).digest("hex");
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const posix = (p) => p.split(path.sep).join("/");

/** The files a version keeps, relative to a chart's embed folder: the documents and the downloads but the PNGs (drawn at install). */
export function chartFiles(chartDir, chart) {
  const files = [];
  const add = (rel) => fs.existsSync(path.join(chartDir, rel)) && files.push(rel);
  add("index.html");
  const steps = path.join(chartDir, "step");
  if (fs.existsSync(steps))
    for (const n of fs
      .readdirSync(steps)
      .filter((n) => /^\d+$/.test(n))
      .sort((a, b) => Number(a) - Number(b)))
      add(`step/${n}/index.html`);
  for (const f of [`${chart}.svg`, `${chart}.csv`, "oembed.json"]) add(f);
  return files;
}

/**
 * Each document inlines the site's stylesheet (embed-finalize), the same tens of kB in every document of a
 * build: a version stores it once, as published/embed/style.{hash}.css, and its documents keep a placeholder,
 * <style>{{STYLE:hash}}</style>, which installing puts the stylesheet back into.
 */
export const STYLE_TOKEN = /<style>\{\{STYLE:([0-9a-f]{16})\}\}<\/style>/g;
export function storeStyles(html, styles) {
  return html.replace(/<style>([\s\S]*?)<\/style>/g, (whole, css) => {
    if (css.length < 1000) return whole;
    const hash = sha256(css).slice(0, 16);
    styles.set(hash, css);
    return `<style>{{STYLE:${hash}}}</style>`;
  });
}
export const stylePath = (hash) => `embed/style.${hash}.css`;

/** The hashed scripts a document loads from /embed/ (the runtime and an island). */
export const referencedScripts = (html) => [...html.matchAll(/<script\b[^>]*\bsrc="(?:[^"]*?)(\/embed\/[a-z0-9-]+\.[0-9a-f]{10}\.js)"/g)].map((m) => m[1]);

/**
 * One file of a chart's build turned into the same file of version n: the site's absolute URL becomes the
 * token, every address of the chart's own embed (documents, steps, downloads, oEmbed, alternates in other
 * languages, the picture's credit line) points at /v{n}/, and an HTML document gets its version line (the <template data-embed-version-line>
 * the embed page carries, filled in with the number and the unversioned address of the locale) in place of "Updated {date}".
 */
export function freezeFile(text, { chart, version, siteUrl, locale, html = false }) {
  let out = siteUrl ? text.split(siteUrl).join(SITE_TOKEN) : text;
  // The link to the latest (the unversioned address, data-embed-latest; "{latest}" in older builds) must
  // not be turned into the version's own address below: it is set aside first and written back after.
  const LATEST = "\u0000latest\u0000";
  if (html)
    out = out.replace(/<template data-embed-version-line[^>]*>[\s\S]*?<\/template>/, (template) =>
      template
        .replace(/(<a\b[^>]*?\bhref=")[^"]*("[^>]*\bdata-embed-latest=)/, `$1${LATEST}$2`)
        .split("{latest}")
        .join(LATEST),
    );
  // The build's oEmbed record already points at the version current then: the new one replaces it.
  const own = new RegExp(`/(${LOCALES.join("|")})/embed/${escapeRegExp(chart)}/(?:v\\d+/)?`, "g");
  out = out.replace(own, `/$1/embed/${chart}/v${version}/`);
  if (!html) return out;
  if (!/<template data-embed-version-line[^>]*>[\s\S]*?<\/template>/.test(out))
    fail(`${chart}: the embed document has no <template data-embed-version-line> (components/embed/EmbedFrame.tsx)`);
  out = out
    .replace(/<template data-embed-version-line[^>]*>([\s\S]*?)<\/template>/, (_, inner) =>
      inner.split("{n}").join(String(version)).split(LATEST).join(`/${locale}/embed/${chart}/`),
    )
    .replace(/<span data-embed-updated="[^"]*">[\s\S]*?<\/span>/, "")
    .replace(new RegExp(`data-embed="${escapeRegExp(chart)}"`), `data-embed="${chart}" data-embed-version="${version}"`);
  return out;
}

/** A frozen file back as the build it came from wrote it (no version in its own addresses, the site's URL for the token): to compare. */
export function thawFile(text, { chart, siteUrl }) {
  const own = new RegExp(`/(${LOCALES.join("|")})/embed/${escapeRegExp(chart)}/v\\d+/`, "g");
  return text.split(SITE_TOKEN).join(siteUrl).replace(own, `/$1/embed/${chart}/`);
}

/** sha256sum format, sorted by path: `sha256sum -c` checks it from published/. */
export const manifestText = (entries) =>
  [...entries]
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))
    .map((e) => `${e.sha256}  ${e.rel}\n`)
    .join("");
export const digestOf = (manifest) => `sha256-${sha256(manifest)}`;
export const manifestPath = (publishedDir, chart, version) => path.join(publishedDir, "versions", chart, `v${version}.sha256`);
export const versionDir = (publishedDir, locale, chart, version) => path.join(publishedDir, locale, "embed", chart, `v${version}`);

export function readRecord(recordFile = DEFAULTS.recordFile) {
  const record = JSON.parse(fs.readFileSync(recordFile, "utf8"));
  record.versions ??= {};
  return record;
}

const buildInfo = (outDir) => {
  try {
    return JSON.parse(fs.readFileSync(path.join(outDir, ".build-info.json"), "utf8"));
  } catch {
    return null;
  }
};

/** The date the build rendered into its version line (<template data-embed-version-line data-date>). */
const renderedDate = (html) => /<template data-embed-version-line[^>]*\bdata-date="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];

/**
 * Freezes the chart as the build in outDir made it into the next version: writes published/, the version's
 * manifest, and the record; installs the version into outDir. Returns the new version's record entry.
 */
export function freeze({
  chart,
  changes = {},
  outDir = DEFAULTS.outDir,
  publishedDir = DEFAULTS.publishedDir,
  recordFile = DEFAULTS.recordFile,
  locales = LOCALES,
  siteUrl,
  force = false,
  write = true,
}) {
  if (!/^[a-z0-9-]+$/.test(chart)) fail(`"${chart}" is not a chart id`);
  const record = readRecord(recordFile);
  if (!record.charts.includes(chart)) fail(`"${chart}" is not in content/published-charts.json "charts": add it there when it ships`);
  const info = buildInfo(outDir);
  if (info?.basePath)
    fail(`out/ was built with BASE_PATH=${info.basePath}: freeze from a build without one (the base path is put back when a version is installed)`);
  const site = siteUrl ?? info?.siteUrl ?? "http://localhost:3000";
  const versions = record.versions[chart] ?? [];
  const version = versions.length + 1;

  const entries = [];
  const writes = [];
  const scripts = new Set();
  const styles = new Map();
  let date;
  for (const locale of locales) {
    const chartDir = path.join(outDir, locale, "embed", chart);
    const files = chartFiles(chartDir, chart);
    if (!files.includes("index.html")) fail(`no ${posix(path.relative(ROOT, path.join(chartDir, "index.html")))}: run npm run build first`);
    for (const rel of files) {
      const from = path.join(chartDir, rel);
      const isText = /\.(html|svg|csv|json)$/.test(rel);
      let bytes = fs.readFileSync(from);
      if (isText) {
        const text = bytes.toString("utf8");
        const html = rel.endsWith(".html");
        if (html) {
          if (/\/_next\//.test(text.replace(/<style>[\s\S]*?<\/style>/g, "")))
            fail(`${locale}/${chart}/${rel} still loads Next's files: was embed-finalize run?`);
          for (const s of referencedScripts(text)) scripts.add(s);
          date ??= renderedDate(text);
        }
        const frozen = freezeFile(text, { chart, version, siteUrl: site, locale, html });
        bytes = Buffer.from(html ? storeStyles(frozen, styles) : frozen, "utf8");
      }
      const relOut = posix(path.join(locale, "embed", chart, `v${version}`, rel));
      entries.push({ rel: relOut, sha256: sha256(bytes) });
      writes.push({ to: path.join(publishedDir, relOut), bytes });
    }
  }
  for (const src of [...scripts].sort()) {
    const from = path.join(outDir, src);
    if (!fs.existsSync(from)) fail(`${src} is referenced but not in out/`);
    const bytes = fs.readFileSync(from);
    const rel = src.slice(1);
    entries.push({ rel, sha256: sha256(bytes) });
    writes.push({ to: path.join(publishedDir, rel), bytes });
  }
  for (const [hash, css] of [...styles].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const bytes = Buffer.from(css, "utf8");
    entries.push({ rel: stylePath(hash), sha256: sha256(bytes) });
    writes.push({ to: path.join(publishedDir, stylePath(hash)), bytes });
  }

  // Nothing to publish if the data and the picture are those of the last version.
  if (versions.length && !force) {
    const last = versions.length;
    const same = locales.every((locale) =>
      [`${chart}.csv`, `${chart}.svg`].every((f) => {
        const built = path.join(outDir, locale, "embed", chart, f);
        const frozen = path.join(versionDir(publishedDir, locale, chart, last), f);
        return (
          fs.existsSync(built) &&
          fs.existsSync(frozen) &&
          thawFile(fs.readFileSync(frozen, "utf8"), { chart, siteUrl: site }) === fs.readFileSync(built, "utf8")
        );
      }),
    );
    if (same) fail(`${chart}: the data and the picture are those of v${last}; nothing to freeze (--force freezes anyway)`);
  }

  const manifest = manifestText(entries);
  const entry = {
    version,
    date: date ?? new Date().toISOString().slice(0, 10),
    digest: digestOf(manifest),
    changes: { en: changes.en ?? (version === 1 ? "First published version." : ""), "zh-hans": changes["zh-hans"] ?? (version === 1 ? "首个发布版本。" : "") },
  };
  if (!entry.changes.en || !entry.changes["zh-hans"])
    fail(`${chart} v${version}: say what changed since v${version - 1}, in English and Simplified Chinese (--en "…" --zh-hans "…")`);
  if (!write) return { entry, entries, writes };

  for (const w of writes) {
    // A shared script is content-hashed: an existing copy is the same file.
    if (fs.existsSync(w.to) && !w.to.includes(`${path.sep}v${version}${path.sep}`)) continue;
    fs.mkdirSync(path.dirname(w.to), { recursive: true });
    fs.writeFileSync(w.to, w.bytes);
  }
  const mf = manifestPath(publishedDir, chart, version);
  fs.mkdirSync(path.dirname(mf), { recursive: true });
  fs.writeFileSync(mf, manifest);
  record.versions[chart] = [...versions, entry];
  writeRecord(recordFile, record);
  return { entry, entries, writes };
}

/** The record with its versions in the registry's chart order, two-space JSON and a final newline. */
export function writeRecord(recordFile, record) {
  const versions = Object.fromEntries(
    Object.entries(record.versions)
      .sort(([a], [b]) => record.charts.indexOf(a) - record.charts.indexOf(b))
      .map(([chart, list]) => [chart, list]),
  );
  fs.writeFileSync(recordFile, `${JSON.stringify({ ...record, versions }, null, 2)}\n`);
}

/** Problems with the recorded versions: a missing or changed file, a missing manifest, a digest that differs, a version out of order or unrecorded. */
export function checkPublished({ publishedDir = DEFAULTS.publishedDir, record = readRecord() } = {}) {
  const problems = [];
  for (const chart of record.charts)
    if (!record.versions[chart]?.length) problems.push(`${chart}: published but no version frozen (npm run embeds:freeze -- ${chart})`);
  for (const [chart, versions] of Object.entries(record.versions)) {
    if (!record.charts.includes(chart)) problems.push(`${chart}: has versions but is not in "charts"`);
    versions.forEach((v, i) => {
      const where = `${chart} v${v.version}`;
      if (v.version !== i + 1) problems.push(`${chart}: versions must run 1, 2, 3…; found v${v.version} at position ${i + 1}`);
      if (i > 0 && v.date < versions[i - 1].date) problems.push(`${where}: dated before v${versions[i - 1].version}`);
      if (!v.changes?.en || !v.changes?.["zh-hans"]) problems.push(`${where}: no "changes" in English and Simplified Chinese`);
      const mf = manifestPath(publishedDir, chart, v.version);
      if (!fs.existsSync(mf)) return problems.push(`${where}: ${posix(path.relative(publishedDir, mf))} is missing: the version has disappeared`);
      const manifest = fs.readFileSync(mf, "utf8");
      if (digestOf(manifest) !== v.digest) problems.push(`${where}: its manifest changed (digest ${digestOf(manifest)}, recorded ${v.digest})`);
      for (const line of manifest.split("\n").filter(Boolean)) {
        const [hash, rel] = line.split(/ {2}/);
        const file = path.join(publishedDir, rel);
        if (!fs.existsSync(file)) problems.push(`${where}: ${rel} has disappeared`);
        else if (sha256(fs.readFileSync(file)) !== hash) problems.push(`${where}: ${rel} has changed`);
      }
      for (const locale of LOCALES)
        if (!manifest.includes(`  ${locale}/embed/${chart}/v${v.version}/index.html\n`)) problems.push(`${where}: no ${locale} document`);
    });
    // A version folder nobody recorded is a version the tests cannot protect.
    for (const locale of LOCALES) {
      const dir = path.join(publishedDir, locale, "embed", chart);
      if (!fs.existsSync(dir)) continue;
      for (const d of fs.readdirSync(dir))
        if (!versions.some((v) => `v${v.version}` === d)) problems.push(`${chart}: ${locale}/embed/${chart}/${d} is not recorded`);
    }
  }
  return problems;
}

/** lib/export/png.ts (resvg with the fonts bundled from npm), bundled for Node with esbuild, as the build draws every PNG. */
export async function loadPngRenderer() {
  const { default: esbuild } = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, "lib/export/png.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    logLevel: "error",
    external: ["@resvg/resvg-js", "subset-font"],
    tsconfig: path.join(ROOT, "tsconfig.json"),
  });
  const file = path.join(ROOT, ".generated", `png-renderer.${sha256(result.outputFiles[0].text).slice(0, 10)}.mjs`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, result.outputFiles[0].text);
  const { svgToPng } = await import(file);
  return async (svg, locale, width) => Buffer.from(await svgToPng(svg, locale, width));
}

/**
 * Copies published/ into outDir with this build's site URL and base path: the token becomes
 * SITE_URL + base path, and root-relative site paths ("/en/…", "/embed/…") gain the base path. Each
 * version's 1× PNG is drawn from its SVG (the address in the credit line is this build's), once per SVG and
 * address: drawings are kept in cacheDir.
 */
export async function installPublished({
  publishedDir = DEFAULTS.publishedDir,
  outDir = DEFAULTS.outDir,
  siteUrl,
  basePath = "",
  renderPng,
  cacheDir = path.join(ROOT, ".generated", "published-png"),
}) {
  if (!fs.existsSync(publishedDir)) return 0;
  const base = basePath.replace(/\/+$/, "");
  const site = (siteUrl ?? "http://localhost:3000").replace(/\/+$/, "") + base;
  const sitePaths = new RegExp(`(["'(=])/(${[...LOCALES, "embed", "og", "data", "embed\\.js"].join("|")})(?=[/"'?#)])`, "g");
  let count = 0;
  const walk = (dir) => {
    for (const name of fs.readdirSync(dir)) {
      const from = path.join(dir, name);
      const rel = path.relative(publishedDir, from);
      if (rel === "versions" || rel.startsWith(`versions${path.sep}`)) continue;
      if (fs.statSync(from).isDirectory()) {
        walk(from);
        continue;
      }
      const to = path.join(outDir, rel);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      if (/^embed\/style\.[0-9a-f]{16}\.css$/.test(posix(rel))) continue; // inlined into the documents below
      if (/\.(html|svg|csv|json)$/.test(name)) {
        let text = fs.readFileSync(from, "utf8");
        if (name.endsWith(".html"))
          text = text.replace(STYLE_TOKEN, (_, hash) => {
            const css = path.join(publishedDir, stylePath(hash));
            if (!fs.existsSync(css)) fail(`${posix(rel)} needs ${stylePath(hash)}, which is not in published/`);
            return `<style>${fs.readFileSync(css, "utf8")}</style>`;
          });
        if (base && name.endsWith(".html")) text = text.replace(sitePaths, `$1${base}/$2`);
        text = text.split(SITE_TOKEN).join(site);
        fs.writeFileSync(to, text);
        const picture = /^(en|zh-hans|zh-hant)\/embed\/([a-z0-9-]+)\/v\d+\/\2\.svg$/.exec(posix(rel));
        if (picture) pngs.push({ svg: text, locale: picture[1], to: to.replace(/\.svg$/, ".png") });
      } else fs.copyFileSync(from, to);
      count++;
    }
  };
  const pngs = [];
  walk(publishedDir);
  for (const p of pngs) {
    const cached = path.join(cacheDir, `${sha256(p.svg).slice(0, 32)}.png`);
    if (!fs.existsSync(cached)) {
      renderPng ??= await loadPngRenderer();
      const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(p.svg)?.[1] ?? 768);
      fs.mkdirSync(cacheDir, { recursive: true });
      fs.writeFileSync(cached, await renderPng(p.svg, p.locale, width));
    }
    fs.copyFileSync(cached, p.to);
    count++;
  }
  return count;
}

/** Charts whose current build (out/) differs from their latest version, by data (CSV) or picture (SVG), per locale. */
export function status({ outDir = DEFAULTS.outDir, publishedDir = DEFAULTS.publishedDir, record = readRecord() } = {}) {
  const info = buildInfo(outDir);
  const site = info?.siteUrl ?? "http://localhost:3000";
  return record.charts.map((chart) => {
    const versions = record.versions[chart] ?? [];
    const last = versions.at(-1);
    if (!last) return { chart, version: 0, changed: ["never frozen"] };
    const changed = [];
    for (const locale of LOCALES)
      for (const f of [`${chart}.csv`, `${chart}.svg`]) {
        const built = path.join(outDir, locale, "embed", chart, f);
        const frozen = path.join(versionDir(publishedDir, locale, chart, last.version), f);
        if (!fs.existsSync(built) || !fs.existsSync(frozen)) continue;
        if (thawFile(fs.readFileSync(frozen, "utf8"), { chart, siteUrl: site }) !== fs.readFileSync(built, "utf8"))
          changed.push(`${locale} ${f.endsWith(".csv") ? "data" : "picture"}`);
      }
    return { chart, version: last.version, date: last.date, changed };
  });
}

function args(argv) {
  const out = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--force") out.force = true;
    else if (a.startsWith("--")) out[a.slice(2)] = argv[++i];
    else out._.push(a);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, ...rest] = process.argv.slice(2);
  const a = args(rest);
  try {
    if (command === "freeze") {
      if (!a._.length) fail('which chart? npm run embeds:freeze -- <chart> [--en "what changed"] [--zh-hans "改了什么"]');
      for (const chart of a._) {
        const { entry } = freeze({ chart, changes: { en: a.en, "zh-hans": a["zh-hans"] }, force: a.force });
        console.log(`${chart} v${entry.version} (${entry.date}) frozen into published/ and recorded in content/published-charts.json; commit both.`);
      }
      const info = buildInfo(DEFAULTS.outDir);
      await installPublished({ siteUrl: info?.siteUrl, basePath: "" });
      console.log("Rebuild (npm run build) so the gallery and oEmbed records hand out the new version.");
    } else if (command === "status") {
      for (const s of status())
        console.log(
          `${s.chart.padEnd(22)} v${s.version}${s.date ? ` (${s.date})` : ""}  ${s.changed.length ? `changed since: ${s.changed.join(", ")}` : "same as the build"}`,
        );
    } else if (command === "check") {
      const problems = checkPublished();
      for (const p of problems) console.error(p);
      if (problems.length) process.exit(1);
      console.log("Every published version is there, byte for byte.");
    } else if (command === "install") {
      const info = buildInfo(DEFAULTS.outDir);
      const n = await installPublished({ siteUrl: info?.siteUrl ?? process.env.SITE_URL, basePath: info?.basePath ?? process.env.BASE_PATH ?? "" });
      console.log(`Published versions: ${n} files copied into out/`);
    } else {
      fail("usage: embed-versions.mjs freeze <chart> | status | check | install");
    }
  } catch (error) {
    console.error(error instanceof VersionError ? error.message : error);
    process.exit(1);
  }
}
