// Turns a chart's server SVG into a self-contained file: the colours of app/globals.css (light or dark)
// and the mark styles of app/chart.css are inlined, so it renders the same in Illustrator, a CMS or resvg.
// Server and build only (reads the CSS files).
import fs from "node:fs";
import path from "node:path";
import type { Locale } from "@/lib/i18n";

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

/**
 * Font stacks per script, for whoever opens the downloaded SVG: the platform's fonts first, then common
 * Linux faces. English puts a Latin face (Liberation Sans, metric-compatible with Arial) before Noto CJK, whose
 * Latin quotes are full-width; Chinese keeps Noto CJK in its own script (SC or TC) for the same reason
 * reversed. The PNG renderer swaps each stack for a bundled face (lib/export/png.ts, forResvg).
 */
export function fontStack(locale: Locale = "en"): string {
  const platform = `system-ui, -apple-system, "Segoe UI", Roboto, Arial`;
  if (locale === "zh-hant") return `${platform}, "PingFang TC", "Noto Sans CJK TC", "Microsoft JhengHei", sans-serif`;
  if (locale === "zh-hans") return `${platform}, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif`;
  return `${platform}, "Liberation Sans", "Noto Sans", "PingFang SC", "Noto Sans CJK SC", sans-serif`;
}

// Rules that only matter on a live page: controls, tooltips, hover, focus and JS-set states, and the
// container queries that pick the wide or narrow SVG.
const LIVE_ONLY =
  /tooltip|chart-range|chip|island|\bsvg\b|chart-(wide|narrow)|:hover|:focus|\[data-active\]|\[data-cursor\]|\[data-dragging\]|\[data-overview\]|\[data-event-link\]|^\.chart$/;
// Declarations with no meaning in a still picture (and --1s, a variable only the page defines).
const LIVE_DECLARATIONS =
  /^(cursor|transition|touch-action|pointer-events|container-type|mask|accent-color|display:\s*(flex|block|inline-block)|flex-direction|order|max-width|margin)\b/;

/** The rules of chart.css that style marks and text, with var(--x) replaced by the theme's values. */
export function markStyles(theme: Theme, locale: Locale = "en"): string {
  const colours = palette(theme);
  const source = css("chart.css")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/@container[^{]*\{[\s\S]*?\}\s*\}/g, "");
  const rules: string[] = [];
  for (const [, selectorList, body] of source.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = selectorList!
      .split(",")
      .map((s) => s.trim())
      .filter((s) => (/\.chart-|\[hidden\]/.test(s) || s === ".chart [hidden]") && !LIVE_ONLY.test(s))
      .map((s) => s.replace(/\.chart\s+/g, ""));
    if (!selectors.length) continue;
    const declarations = body!
      .split(";")
      .map((d) => d.trim())
      .filter((d) => d && !LIVE_DECLARATIONS.test(d))
      .map((d) => d.replace(/var\(--font-sans\)/g, fontStack(locale)).replace(/var\(--([\w-]+)\)/g, (_, n: string) => colours[n] ?? "currentColor"));
    if (declarations.length) rules.push(`${selectors.join(",")}{${declarations.join(";")}}`);
  }
  return rules.join("\n");
}

/** A standalone SVG document for download: namespaces, a background, fonts and inlined colours. */
export function standaloneSvg(svg: string, theme: Theme, opts: { background?: boolean; locale?: Locale } = {}): string {
  const colours = palette(theme);
  const style = `<style>svg{font-family:${fontStack(opts.locale)};color:${colours.ink}}text{fill:${colours.ink}}\n${markStyles(theme, opts.locale)}</style>`;
  const background = opts.background === false ? "" : `<rect width="100%" height="100%" fill="${colours.paper}"/>`;
  return svg
    .replace(/^<svg\b/, `<svg xmlns="http://www.w3.org/2000/svg"`)
    .replace(/(<svg\b[^>]*>)/, `$1${style}${background}`)
    .replace(/ class="chart-(wide|narrow)"/, "");
}
