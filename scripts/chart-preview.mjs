// Draws a chart without building the site: its spec for a locale, frame and state, as a standalone SVG and
// a PNG (resvg), in the light or dark palette. For looking at a chart while working on its layout.
// Usage: node scripts/chart-preview.mjs <chart> [--locale en] [--frame wide|narrow|slide|pocket] [--step N] [--scale log]
//        [--variant name=value] [--dark] [--out dir]   (writes <dir>/<chart>-<locale>-<frame>-<state>.png)
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import esbuild from "esbuild";

const args = process.argv.slice(2);
const chart = args.find((a) => !a.startsWith("--") && !args[args.indexOf(a) - 1]?.startsWith("--"));
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
if (!chart) {
  console.error("usage: node scripts/chart-preview.mjs <chart> [--locale en] [--frame wide] [--step N] [--variant scale=log] [--dark] [--out dir]");
  process.exit(2);
}
const entry = `
import { definitionOf } from "@/components/charts/definitions";
import { FRAMES } from "@/lib/charts/frames";
import { sceneTree, toMarkup, withoutOff } from "@/lib/charts/tree";
import { standaloneSvg } from "@/lib/export/standalone-svg";
import { Resvg } from "@resvg/resvg-js";
export function draw(id, locale, frame, step, variants, theme) {
  const def = definitionOf(id);
  if (!def) throw new Error("no chart " + id + " on the kernel");
  const spec = def.spec(locale, { step, variants }, FRAMES[frame]);
  const svg = standaloneSvg(toMarkup(withoutOff(sceneTree(spec.scene, "preview"))), theme, { locale });
  const png = new Resvg(svg, { fitTo: { mode: "zoom", value: 2 }, font: { loadSystemFonts: true, defaultFontFamily: "Noto Sans" } }).render().asPng();
  return { svg, png, title: spec.title };
}`;
// Inside the project, so the bundle's external packages resolve from node_modules.
fs.mkdirSync(path.join("node_modules", ".cache"), { recursive: true });
const dir = fs.mkdtempSync(path.join("node_modules", ".cache", "chart-preview-"));
const out = path.join(dir, "preview.mjs");
await esbuild.build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: "ts" },
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: out,
  external: ["@resvg/resvg-js", "opencc-js", "zod", "d3-*", "yaml"],
  tsconfig: "tsconfig.json",
  logLevel: "error",
  banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
});
const { draw } = await import(pathToFileURL(path.resolve(out)).href);
const step = opt("step") === undefined ? undefined : Number(opt("step"));
const variants = {};
if (opt("scale")) variants.scale = opt("scale");
if (opt("variant")) for (const pair of opt("variant").split(",")) variants[pair.split("=")[0]] = pair.split("=")[1];
const locale = opt("locale", "en");
const frame = opt("frame", "wide");
const theme = args.includes("--dark") ? "dark" : "light";
const { svg, png, title } = draw(chart, locale, frame, step, variants, theme);
const outDir = opt("out", "/tmp");
const name = `${chart}-${locale}-${frame}-${step ?? "all"}${Object.entries(variants)
  .map(([k, v]) => `-${k}-${v}`)
  .join("")}${theme === "dark" ? "-dark" : ""}`;
fs.writeFileSync(path.join(outDir, `${name}.svg`), svg);
fs.writeFileSync(path.join(outDir, `${name}.png`), png);
fs.rmSync(dir, { recursive: true, force: true });
console.log(`${path.join(outDir, name)}.png  (${title})`);
