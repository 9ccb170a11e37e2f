// Turns a chart's server SVG into a self-contained file: the colours of app/globals.css (light or dark)
// and the mark styles of app/chart.css are inlined, so it renders the same in Illustrator, a CMS or resvg.
// Server and build only (reads the CSS files).
import fs from "node:fs";
import path from "node:path";

export type Theme = "light" | "dark";

const css = (file: string) => fs.readFileSync(path.join(process.cwd(), "app", file), "utf8");

/** Every `--name: light-dark(a, b)` token of globals.css, resolved for one theme. */
export function palette(theme: Theme): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const m of css("globals.css").matchAll(/--([\w-]+):\s*light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)/g)) {
    tokens[m[1]!] = theme === "light" ? m[2]! : m[3]!;
  }
  return tokens;
}

const SANS = `system-ui, -apple-system, "Segoe UI", Roboto, Arial, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif`;

/** The rules of chart.css that style marks and text, with var(--x) replaced by the theme's values. */
export function markStyles(theme: Theme): string {
  const colours = palette(theme);
  const rules = [...css("chart.css").replace(/@container[^{]*\{[\s\S]*?\}\s*\}/g, "").matchAll(/([^{}]+)\{([^{}]*)\}/g)]
    .map(([, selector, body]) => [selector!.trim(), body!.trim()] as const)
    .filter(([selector]) => /\.chart-(text|muted|grid|axis|mark|label|annotation|break|hollow|unit)|\[hidden\]|\[data-cursor\]/.test(selector) && !selector.includes("tooltip"))
    .map(([selector, body]) => `${selector.replace(/\.chart\s+/g, "")}{${body.replace(/var\(--font-sans\)/g, SANS).replace(/var\(--([\w-]+)\)/g, (_, n: string) => colours[n] ?? "currentColor")}}`);
  return rules.join("\n");
}

/** A standalone SVG document for download: namespaces, a background, fonts and inlined colours. */
export function standaloneSvg(svg: string, theme: Theme, opts: { background?: boolean } = {}): string {
  const colours = palette(theme);
  const style = `<style>svg{font-family:${SANS};color:${colours.ink}}text{fill:${colours.ink}}\n${markStyles(theme)}</style>`;
  const background = opts.background === false ? "" : `<rect width="100%" height="100%" fill="${colours.paper}"/>`;
  return svg
    .replace(/^<svg\b/, `<svg xmlns="http://www.w3.org/2000/svg"`)
    .replace(/(<svg\b[^>]*>)/, `$1${style}${background}`)
    .replace(/ class="chart-(wide|narrow)"/, "");
}
