// Turns the embed pages Next wrote (out/{locale}/embed/{chart}/ and their step documents) into standalone
// documents: the Next runtime (~130 kB) is stripped, and each page gets one inline theme script before
// first paint plus one small deferred script (components/embed/runtime.ts, bundled here with esbuild; the
// elasticity and fleet explorers add a Preact build of their island). Run by scripts/build.mjs after
// `next build` and before Pagefind. It fails the build loudly when Next's markup is not what it expects:
// an embed must never ship still loading the Next runtime.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LOCALES = ["en", "zh-hans", "zh-hant"];
/** Charts whose default embed renders a client island again (components/embed/islands/<chart>.ts). */
const ISLANDS = fs
  .readdirSync(path.join(ROOT, "components/embed/islands"))
  .filter((f) => f.endsWith(".ts") && f !== "mount.ts")
  .map((f) => f.replace(/\.ts$/, ""));

class FinalizeError extends Error {}
const fail = (file, what) => {
  throw new FinalizeError(`embed-finalize: ${path.relative(ROOT, file)}: ${what}`);
};

async function bundle(entry, { preact = false } = {}) {
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2020"],
    write: false,
    legalComments: "none",
    logLevel: "error",
    tsconfig: path.join(ROOT, "tsconfig.json"),
    define: { "process.env.NODE_ENV": '"production"' },
    ...(preact
      ? {
          jsx: "automatic",
          jsxImportSource: "preact",
          alias: {
            react: "preact/compat",
            "react-dom": "preact/compat",
            "react/jsx-runtime": "preact/jsx-runtime",
            "react-dom/client": "preact/compat/client",
          },
        }
      : {}),
  });
  return result.outputFiles[0].text;
}

/** Writes a bundle under out/embed/ with a content hash in its name, and returns its URL path. */
function emit(outDir, name, code) {
  const hash = crypto.createHash("sha256").update(code).digest("hex").slice(0, 10);
  const file = `${name}.${hash}.js`;
  fs.mkdirSync(path.join(outDir, "embed"), { recursive: true });
  fs.writeFileSync(path.join(outDir, "embed", file), code);
  return `/embed/${file}`;
}

/** Every embed document: out/{locale}/embed/{chart}/index.html and out/{locale}/embed/{chart}/step/{n}/index.html. */
export function embedDocuments(outDir) {
  const docs = [];
  for (const locale of LOCALES) {
    const dir = path.join(outDir, locale, "embed");
    if (!fs.existsSync(dir)) continue;
    for (const chart of fs.readdirSync(dir)) {
      const page = path.join(dir, chart, "index.html");
      if (fs.existsSync(page)) docs.push({ file: page, locale, chart, step: false });
      const steps = path.join(dir, chart, "step");
      if (!fs.existsSync(steps)) continue;
      for (const n of fs.readdirSync(steps)) {
        const doc = path.join(steps, n, "index.html");
        if (fs.existsSync(doc)) docs.push({ file: doc, locale, chart, step: true });
      }
    }
  }
  return docs;
}

/** Rewrites one document. Pure string work on Next's known markup, checked before and after. */
export function finalizeHtml(html, { file, chart, basePath, themeScript, runtimeSrc, islandSrc, css }) {
  if (!/<script[^>]+src="[^"]*\/_next\/static\//.test(html)) fail(file, "no Next script found: has Next changed its markup?");
  if (!html.includes("self.__next_f")) fail(file, "no Next flight data found: has Next changed its markup?");
  if (!html.includes(`data-embed="${chart}"`)) fail(file, `no [data-embed="${chart}"] root`);
  if (!new RegExp(`<figure[^>]+data-chart="${chart}"`).test(html)) fail(file, `no <figure data-chart="${chart}">`);
  if (!/<title>[^<]+<\/title>/.test(html)) fail(file, "no <title>");

  let out = html
    // Every script goes (Next's chunks, flight data, the site's theme and popover scripts), except the
    // data the page wrote as JSON: island props, and a chart's states (its steps and variants as changes
    // to the one plot, read by components/charts/shared/live.ts).
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script>/g, (all, attrs) =>
      /type="application\/json"/.test(attrs) && /data-(?:island-props|chart-states)=/.test(attrs) ? all : "",
    )
    .replace(/<link\b[^>]*rel="(?:preload|modulepreload)"[^>]*as="script"[^>]*\/?>/g, "")
    .replace(/<link\b[^>]*as="script"[^>]*rel="(?:preload|modulepreload)"[^>]*\/?>/g, "")
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*\/?>/g, "");

  // The stylesheet: inline it (one request fewer for a page a reader opens once, inside someone else's
  // article) when asked to; otherwise keep Next's link.
  const links = [...out.matchAll(/<link rel="stylesheet" href="([^"]+)"[^>]*\/?>/g)];
  if (!links.length) fail(file, "no stylesheet link found");
  if (css) {
    for (const [tag, href] of links) out = out.replace(tag, `<style>${css(href)}</style>`);
  }

  const head = [
    `<script>${themeScript}</script>`,
    // Every link leaves the frame: a reader who follows the credit or a source gets a tab of their own.
    `<base target="_blank">`,
  ].join("");
  const tail = [`<script defer src="${basePath}${runtimeSrc}"></script>`, islandSrc ? `<script defer src="${basePath}${islandSrc}"></script>` : ""].join("");
  if (!/<head>/.test(out)) fail(file, "no <head>");
  // After the charset declaration (it must come in the first bytes), before the stylesheet: no flash.
  const charset = out.match(/<meta charSet="utf-8"\/>/i);
  out = charset ? out.replace(charset[0], `${charset[0]}${head}`) : out.replace(/<head>/, `<head>${head}`);
  if (!out.includes("</head>")) fail(file, "no </head>");
  out = out.replace("</head>", `${tail}</head>`);

  // Checks after: nothing of Next's runtime remains.
  if (/\/_next\/[^"']*\.js/.test(out)) fail(file, "a /_next/ script survived");
  if (out.includes("__next_f") || out.includes("TURBOPACK")) fail(file, "Next's inline runtime survived");
  return out;
}

export async function finalizeEmbeds(outDir = path.join(ROOT, "out"), { basePath = (process.env.BASE_PATH ?? "").replace(/\/+$/, ""), inlineCss = true } = {}) {
  const docs = embedDocuments(outDir);
  if (!docs.length) throw new FinalizeError("embed-finalize: no embed pages in out/: did next build skip app/[locale]/embed?");
  const themeScript = (await bundle("components/embed/theme.ts")).trim().replace(/<\/script/gi, "<\\/script");
  const runtimeSrc = emit(outDir, "runtime", await bundle("components/embed/runtime.ts"));
  const islandSrcs = {};
  for (const chart of ISLANDS) islandSrcs[chart] = emit(outDir, `island-${chart}`, await bundle(`components/embed/islands/${chart}.ts`, { preact: true }));

  const cssCache = new Map();
  const css = (href) => {
    if (!cssCache.has(href)) {
      const local = path.join(outDir, href.slice(basePath.length));
      if (!fs.existsSync(local)) throw new FinalizeError(`embed-finalize: stylesheet ${href} not found in out/`);
      cssCache.set(
        href,
        fs
          .readFileSync(local, "utf8")
          .replace(/<\/style/gi, "<\\/style")
          .replace(/\/\*# sourceMappingURL=[^*]*\*\//g, ""),
      );
    }
    return cssCache.get(href);
  };

  for (const doc of docs) {
    const html = fs.readFileSync(doc.file, "utf8");
    const out = finalizeHtml(html, {
      file: doc.file,
      chart: doc.chart,
      basePath,
      themeScript,
      runtimeSrc,
      islandSrc: doc.step ? undefined : islandSrcs[doc.chart],
      css: inlineCss ? css : undefined,
    });
    fs.writeFileSync(doc.file, out);
    // The React Server Component payloads beside the page are for Next's client router, which embeds don't load.
    const dir = path.dirname(doc.file);
    for (const f of fs.readdirSync(dir)) if (f.endsWith(".txt")) fs.rmSync(path.join(dir, f));
  }
  return { documents: docs.length, runtimeSrc, islandSrcs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { documents, runtimeSrc } = await finalizeEmbeds(undefined, { inlineCss: !process.argv.includes("--link-css") });
    console.log(`Embeds: ${documents} standalone documents, runtime ${runtimeSrc}`);
    // Published versions (committed under published/) go back into every build, with this build's address.
    const { installPublished } = await import("./embed-versions.mjs");
    const files = await installPublished({ siteUrl: process.env.SITE_URL, basePath: (process.env.BASE_PATH ?? "").replace(/\/+$/, "") });
    console.log(`Embeds: ${files} files of published versions installed from published/`);
  } catch (error) {
    console.error(error instanceof FinalizeError ? error.message : error);
    process.exit(1);
  }
}
