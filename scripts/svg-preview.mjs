// Renders a chart SVG (e.g. a snapshot in tests/charts/__snapshots__/) to PNG with resvg, styled with the
// site's light or dark palette, so a developer can look at a chart without building the site.
// Usage: node scripts/svg-preview.mjs in.svg out.png [light|dark] [scale]
import fs from "node:fs";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";

const [input, output, theme = "light", scale = "2"] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node scripts/svg-preview.mjs in.svg out.png [light|dark] [scale]");
  process.exit(2);
}
const globals = fs.readFileSync(path.join("app", "globals.css"), "utf8");
// Drop the container-query rules that pick the wide or narrow drawing: a preview shows the one it is given.
const chartCss = fs
  .readFileSync(path.join("app", "chart.css"), "utf8")
  .replace(/@container[^{]*\{[\s\S]*?\}\s*\}/g, "")
  .replace(/^.*chart-(narrow|wide).*$/gm, "");
const colours = {};
for (const m of globals.matchAll(/--([\w-]+):\s*light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)/g)) colours[m[1]] = theme === "dark" ? m[3] : m[2];
const rules = chartCss.replace(/var\(--font-sans\)/g, "sans-serif").replace(/var\(--([\w-]+)\)/g, (_, n) => colours[n] ?? "currentColor").replace(/\.chart\s+/g, "");
let svg = fs.readFileSync(input, "utf8");
svg = svg.replace(/^<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"').replace(/(<svg\b[^>]*>)/, `$1<style>text{fill:${colours.ink}}${rules}</style><rect width="100%" height="100%" fill="${colours.paper}"/>`);
const png = new Resvg(svg, { fitTo: { mode: "zoom", value: Number(scale) }, font: { loadSystemFonts: true, defaultFontFamily: "Noto Sans CJK SC" } }).render().asPng();
fs.writeFileSync(output, png);
console.log(`wrote ${output}`);
