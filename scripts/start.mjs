// npm start: builds when out/ is missing or older than the sources, then serves out/ at http://localhost:$PORT (3000).
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { createStaticServer, readBuildInfo } from "./serve.mjs";

const SOURCES = ["app", "components", "content", "lib", "public", "next.config.ts", "package.json", "package-lock.json", "postcss.config.mjs"];

function newestSource(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((m, e) => Math.max(m, newestSource(path.join(p, e))), st.mtimeMs);
}

export function outIsStale() {
  const info = readBuildInfo();
  if (!info || !fs.existsSync("out/index.html")) return "out/ is missing";
  const built = Date.parse(info.builtAt);
  const newest = Math.max(...SOURCES.map(newestSource));
  if (newest > built) return "sources changed since the last build";
  if ((info.basePath ?? "") !== (process.env.BASE_PATH ?? "").replace(/\/+$/, "")) return "BASE_PATH changed";
  if ((info.siteUrl ?? "") !== (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "")) return "SITE_URL changed";
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const reason = outIsStale();
  if (reason) {
    console.log(`Building the site (${reason})…`);
    const r = spawnSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const port = Number(process.env.PORT ?? 3000);
  const basePath = readBuildInfo()?.basePath ?? "";
  createStaticServer().listen(port, () => console.log(`Cloud Expedition is at http://localhost:${port}${basePath}/`));
}
