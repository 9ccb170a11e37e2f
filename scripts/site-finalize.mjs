// Turns the reading pages Next wrote into static documents with islands (issue 14): the App Router runtime
// and its RSC payload are stripped, and each page loads one small ES module (components/islands/runtime.ts,
// bundled here with esbuild; its rarer parts are chunks it imports when a page has them), plus one module per
// explorer the page carries (components/islands/entries/<name>.ts, with Preact). The page keeps its own inline scripts (marked data-keep: the theme before first paint, the
// citations that note markers open in place, the deck's boot) and the JSON it wrote for the islands. Run by
// scripts/build.mjs after embed-finalize and before Pagefind. It fails the build loudly when Next's markup
// is not what it expects: a page must never ship half-stripped.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

class FinalizeError extends Error {}
const fail = (file, what) => {
  throw new FinalizeError(`site-finalize: ${path.relative(ROOT, file)}: ${what}`);
};

/** Every HTML page to finalize: all of out/ but the embeds (scripts/embed-finalize.mjs does those). */
export function siteDocuments(outDir) {
  const docs = [];
  const walk = (dir, rel) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name === "_next" || entry.name === "pagefind" || entry.name === "site" || entry.name === "embed") continue;
        walk(path.join(dir, entry.name), relPath);
      } else if (entry.name.endsWith(".html")) docs.push(path.join(dir, entry.name));
    }
  };
  walk(outDir, "");
  return docs;
}

/** Rewrites one document. Pure string work on Next's known markup, checked before and after. */
export function finalizeSiteHtml(html, { file, runtimeSrc, preload = [], islandSrcs = {}, basePath = "", css }) {
  if (!/<script[^>]+src="[^"]*\/_next\/static\//.test(html)) fail(file, "no Next script found: has Next changed its markup?");
  if (!html.includes("self.__next_f")) fail(file, "no Next flight data found: has Next changed its markup?");
  if (!html.includes("</head>")) fail(file, "no </head>");

  let out = html
    // Every script goes (Next's chunks and flight data), except our own inline ones (data-keep) and the JSON
    // the page wrote for its islands and charts.
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/g, (all, attrs, body) => {
      if (/\bdata-keep=/.test(attrs) || (/type="application\/json"/.test(attrs) && /data-(?:island-props|preact-props|chart-states)=/.test(attrs))) return all;
      // An inline script that is not Next's would be lost without a word: it must say data-keep, or go.
      if (body.trim() && !/__next_f|TURBOPACK|\$R[CSX]\b/.test(body)) fail(file, `an inline script that is not Next's has no data-keep: ${body.slice(0, 60)}`);
      return "";
    })
    .replace(/<link\b[^>]*rel="(?:preload|modulepreload)"[^>]*as="script"[^>]*\/?>/g, "")
    .replace(/<link\b[^>]*as="script"[^>]*rel="(?:preload|modulepreload)"[^>]*\/?>/g, "")
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*\/?>/g, "");

  // The stylesheets, inlined: a render-blocking request fewer on the first page a reader opens (about
  // 0.5 s of Lighthouse's simulated mobile LCP), for ~11 kB gzip per page; the service worker keeps pages
  // whole offline. `css(href)` returns a sheet's text (finalizeSite reads it from out/).
  if (css) {
    const links = [...out.matchAll(/<link rel="stylesheet" href="([^"]+)"[^>]*\/?>/g)];
    if (!links.length) fail(file, "no stylesheet link found");
    for (const [tag, href] of links) out = out.replace(tag, `<style>${css(href)}</style>`);
  }

  // Each explorer the page carries (its props script names it) gets its module, run after the runtime and
  // before DOMContentLoaded, so it listens before a reader can reach it.
  const islands = [...new Set([...out.matchAll(/data-island-props="([^"]+)"/g)].map((m) => m[1]))];
  for (const name of islands) if (!islandSrcs[name]) fail(file, `no island module for "${name}" (components/islands/entries/${name}.ts)`);
  const head = [
    `<script type="module" src="${runtimeSrc}"></script>`,
    ...islands.map((name) => `<script type="module" src="${islandSrcs[name]}"></script>`),
    ...preload.map((src) => `<link rel="modulepreload" href="${src}">`),
    // Same-origin pages are fetched ahead when the reader hovers or presses a link (Chromium; others ignore it).
    `<script type="speculationrules">{"prefetch":[{"where":{"and":[{"href_matches":"${basePath}/*"},{"not":{"selector_matches":"[download], [target=_blank]"}}]},"eagerness":"moderate"}]}</script>`,
  ].join("");
  out = out.replace("</head>", `${head}</head>`);

  // Checks after: nothing of Next's runtime remains.
  if (/\/_next\/[^"']*\.js/.test(out)) fail(file, "a /_next/ script survived");
  if (out.includes("__next_f") || out.includes("TURBOPACK")) fail(file, "Next's inline runtime survived");
  return out;
}

/** Bundles the runtime as an ES module with chunks into out/site/; returns the entry's URL and its static imports. */
async function bundleRuntime(outDir, basePath) {
  const siteDir = path.join(outDir, "site");
  fs.rmSync(siteDir, { recursive: true, force: true });
  const entries = fs.readdirSync(path.join(ROOT, "components/islands/entries")).filter((f) => f.endsWith(".ts"));
  const result = await esbuild.build({
    entryPoints: {
      runtime: path.join(ROOT, "components/islands/runtime.ts"),
      ...Object.fromEntries(entries.map((f) => [`island-${f.replace(/\.ts$/, "")}`, path.join(ROOT, "components/islands/entries", f)])),
    },
    bundle: true,
    splitting: true,
    format: "esm",
    minify: true,
    target: ["es2020"],
    outdir: siteDir,
    entryNames: "[name].[hash]",
    chunkNames: "chunk.[hash]",
    metafile: true,
    legalComments: "none",
    logLevel: "error",
    tsconfig: path.join(ROOT, "tsconfig.json"),
    define: {
      "process.env.NODE_ENV": '"production"',
      "process.env.NEXT_PUBLIC_BASE_PATH": JSON.stringify(basePath),
      "process.env.NEXT_PUBLIC_SITE_URL": JSON.stringify((process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "")),
      "process.env.NEXT_PUBLIC_SITE_URL_SET": JSON.stringify(process.env.SITE_URL ? "1" : ""),
    },
    // The explorers are written against React's types; Preact runs them.
    jsx: "automatic",
    jsxImportSource: "preact",
    alias: { react: "preact/compat", "react-dom": "preact/compat", "react/jsx-runtime": "preact/jsx-runtime", "react-dom/client": "preact/compat/client" },
  });
  const url = (file) => `${basePath}/${path.relative(outDir, path.join(ROOT, file)).split(path.sep).join("/")}`;
  // Modules imported on demand are entry points of their own: find ours by their source.
  const outputs = Object.entries(result.metafile.outputs);
  const built = (source) => outputs.find(([, o]) => o.entryPoint?.endsWith(source));
  const [entryFile, entry] = built("components/islands/runtime.ts");
  const preload = entry.imports.filter((i) => i.kind === "import-statement").map((i) => url(i.path));
  const islandSrcs = Object.fromEntries(entries.map((f) => [f.replace(/\.ts$/, ""), url(built(`components/islands/entries/${f}`)[0])]));
  return { runtimeSrc: url(entryFile), preload, islandSrcs };
}

/** Deletes the .js files under out/_next/ and every __next.*.txt or index.txt RSC payload; returns how many went. */
export function removeRouterFiles(outDir) {
  let removed = 0;
  const walk = (dir, inNext) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "pagefind") walk(file, inNext || entry.name === "_next");
      } else if ((inNext && entry.name.endsWith(".js")) || /^__next\..*\.txt$/.test(entry.name) || entry.name === "index.txt") {
        fs.rmSync(file);
        removed++;
      }
    }
  };
  walk(outDir, false);
  return removed;
}

export async function finalizeSite(outDir = path.join(ROOT, "out"), { basePath = (process.env.BASE_PATH ?? "").replace(/\/+$/, "") } = {}) {
  const docs = siteDocuments(outDir);
  if (!docs.length) throw new FinalizeError("site-finalize: no pages in out/: did next build run?");
  const { runtimeSrc, preload, islandSrcs } = await bundleRuntime(outDir, basePath);
  const sheets = new Map();
  const css = (href) => {
    if (!sheets.has(href)) {
      const local = path.join(outDir, href.slice(basePath.length).split("?")[0]);
      if (!href.startsWith(`${basePath}/`) || !fs.existsSync(local)) throw new FinalizeError(`site-finalize: stylesheet ${href} not found in out/`);
      sheets.set(
        href,
        fs
          .readFileSync(local, "utf8")
          .replace(/<\/style/gi, "<\\/style")
          .replace(/\/\*# sourceMappingURL=[^*]*\*\//g, ""),
      );
    }
    return sheets.get(href);
  };
  for (const file of docs) {
    fs.writeFileSync(file, finalizeSiteHtml(fs.readFileSync(file, "utf8"), { file, runtimeSrc, preload, islandSrcs, basePath, css }));
  }
  // No page loads Next's client now: its scripts and the RSC payloads beside each page (for its router)
  // go, so nothing stale is served, precached for offline use, or counted.
  const removed = removeRouterFiles(outDir);
  return { documents: docs.length, runtimeSrc, removed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { documents, runtimeSrc, removed } = await finalizeSite();
    console.log(`Site: ${documents} static documents with islands, runtime ${runtimeSrc}; ${removed} router files removed`);
  } catch (error) {
    console.error(error instanceof FinalizeError ? error.message : error);
    process.exit(1);
  }
}
