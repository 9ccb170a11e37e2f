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
// The bundled fonts of lib/export/fonts.ts (Simplified forms; a preview, not an export), never the system's.
const fontFiles = [
  "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
  "@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf",
  "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
  "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
].map((f) => path.join("node_modules", f));
const font = { loadSystemFonts: false, fontFiles, defaultFontFamily: "Noto Sans SC", sansSerifFamily: "Noto Sans SC", serifFamily: "Noto Sans SC" };
const png = new Resvg(svg, { fitTo: { mode: "zoom", value: Number(scale) }, font }).render().asPng();
fs.writeFileSync(output, png);
console.log(`wrote ${output}`);
