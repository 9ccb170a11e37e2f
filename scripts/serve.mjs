// Serves the static export in out/ the way a static host or CDN would, with serve-handler (the engine of
// Vercel's `serve`). Two additions a host can also be configured for: the site lives under its base path,
// and an unknown path under /{locale}/ gets the 404 page in that language (others get the trilingual 404.html).
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import handler from "serve-handler";
import compression from "compression";

const LOCALES = ["en", "zh-hans", "zh-hant"];

export function readBuildInfo(outDir = "out") {
  try {
    return JSON.parse(fs.readFileSync(path.join(outDir, ".build-info.json"), "utf8"));
  } catch {
    return null;
  }
}

/** Does a request path (without the base path) map to a file in out/? */
function exists(outDir, sitePath) {
  let p;
  try {
    p = decodeURIComponent(sitePath.split("?")[0]);
  } catch {
    return false;
  }
  const file = path.join(outDir, p);
  if (!file.startsWith(path.resolve(outDir))) return false;
  try {
    const st = fs.statSync(file);
    if (st.isFile()) return true;
    if (st.isDirectory()) return fs.existsSync(path.join(file, "index.html"));
  } catch {}
  return fs.existsSync(`${file}.html`);
}

export function createStaticServer({ outDir = "out", basePath = readBuildInfo(outDir)?.basePath ?? "" } = {}) {
  const root = path.resolve(outDir);
  // gzip like any CDN would, so byte counts and Lighthouse see what readers download.
  const compress = compression();
  return http.createServer((req, res) => compress(req, res, () => serve(req, res)));

  function serve(req, res) {
    const url = req.url ?? "/";
    if (basePath) {
      if (url === "/" || url === "") {
        res.writeHead(302, { location: `${basePath}/` }).end();
        return;
      }
      if (!url.startsWith(`${basePath}/`) && url !== basePath) {
        return notFound(res, root, "/");
      }
      req.url = url.slice(basePath.length) || "/";
    }
    const sitePath = req.url ?? "/";
    if (!exists(root, sitePath)) return notFound(res, root, sitePath);
    return handler(req, res, {
      public: root,
      trailingSlash: true,
      directoryListing: false,
      headers: [
        { source: "_next/static/**", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
        { source: "embed/*.js", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
      ],
    });
  }
}

function notFound(res, root, sitePath) {
  const locale = LOCALES.find((l) => sitePath === `/${l}` || sitePath.startsWith(`/${l}/`));
  const localized = locale && path.join(root, locale, "not-found", "index.html");
  const file = localized && fs.existsSync(localized) ? localized : path.join(root, "404.html");
  res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
  fs.createReadStream(file).pipe(res);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 3000);
  const info = readBuildInfo();
  createStaticServer().listen(port, () => {
    console.log(`Serving out/ at http://localhost:${port}${info?.basePath ?? ""}/`);
  });
}
