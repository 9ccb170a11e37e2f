// The permanent public addresses of a chart outside the story: its embed page, its downloads, its oEmbed
// record and the snippet a journalist pastes. The embed page, the gallery and the oEmbed JSON all build
// their URLs here, so they can never disagree. Paths are site paths (no base path); absoluteUrl adds it.
import type { Locale } from "@/lib/i18n";
import { absoluteUrl } from "@/lib/paths";

export type EmbedTheme = "light" | "dark" | "auto";
export type EmbedState = {
  step?: number;
  theme?: EmbedTheme;
  scale?: "log" | "linear";
  year?: number /** Every source and note unfolded. */;
  details?: boolean;
};

/**
 * `/en/embed/double11-traffic/`: the embed page (a standalone HTML document, not an App Router page), which
 * follows every update of the chart; with a version, `/en/embed/double11-traffic/v1/`: that published
 * version, frozen (a committed snapshot under published/, see lib/embed/versions.ts), which never changes.
 */
export const embedPath = (locale: Locale, chart: string, version?: number) => `/${locale}/embed/${chart}/${version ? `v${version}/` : ""}`;

export type EmbedFile = "svg" | "png" | "png2x" | "csv" | "oembed";

/** Files that sit beside the embed page: `{chart}.svg`, `{chart}.png`, `{chart}@2x.png`, `{chart}.csv`, `oembed.json`. A frozen version keeps all but the 2× PNG. */
export const embedFilePath = (locale: Locale, chart: string, file: EmbedFile, version?: number) =>
  `${embedPath(locale, chart, version)}${file === "oembed" ? "oembed.json" : file === "png2x" ? `${chart}@2x.png` : `${chart}.${file}`}`;

/** The host-side resize script (public/embed.js). */
export const embedScriptPath = "/embed.js";

/** Query string for an embed state; defaults are left out so the shortest URL is the canonical one. */
export function embedQuery(state: EmbedState = {}): string {
  const q = new URLSearchParams();
  if (state.step != null) q.set("step", String(state.step));
  if (state.theme && state.theme !== "auto") q.set("theme", state.theme);
  if (state.scale) q.set("scale", state.scale);
  if (state.year != null) q.set("year", String(state.year));
  if (state.details) q.set("details", "1");
  const s = q.toString();
  return s ? `?${s}` : "";
}

export const embedUrl = (locale: Locale, chart: string, state?: EmbedState, version?: number) =>
  absoluteUrl(embedPath(locale, chart, version)) + embedQuery(state);

/** Height an iframe gets before (or without) the resize script: close to the chart's usual height, so nothing breaks. */
export const DEFAULT_EMBED_HEIGHT = 640;

/**
 * Each chart's height in an article column 640 px wide (English, table closed), plus about 30 px: the
 * snippet's fixed height, so that where a CMS strips the resize script the whole chart still shows.
 * e2e/embed.spec.ts measures the real heights and fails when one drifts out of its 50 px band.
 */
export const EMBED_HEIGHTS: Record<string, number> = {
  "double11-traffic": 810,
  timeline: 840,
  "cloud-investment": 760,
  "cloud-revenue": 600,
  "cloud-footprint": 540,
  "virtualization-loss": 770,
  "compute-scale": 1530,
  elasticity: 900,
};

export const embedHeight = (chart: string) => (Object.hasOwn(EMBED_HEIGHTS, chart) ? EMBED_HEIGHTS[chart]! : DEFAULT_EMBED_HEIGHT);

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export type SnippetOptions = {
  locale: Locale;
  chart: string;
  /** The chart's title in the snippet's locale; becomes the iframe title and the fallback image's alt. */
  title: string;
  state?: EmbedState;
  /** "script": iframe + resize script; "iframe": iframe only (for CMSs that strip scripts). */
  form: "script" | "iframe";
  height?: number;
  /** The published version the snippet shows (lib/embed/versions.ts: currentVersion); without one, the URL that follows every update. */
  version?: number;
};

/** The HTML a journalist pastes. Every value is escaped; nothing from a URL reaches it unvalidated. */
export function embedSnippet({ locale, chart, title, state, form, height = embedHeight(chart), version }: SnippetOptions): string {
  const src = escapeAttr(embedUrl(locale, chart, state, version));
  const t = escapeAttr(title);
  const iframe = `<iframe src="${src}" title="${t}" loading="lazy" height="${height}" style="width:100%;min-width:100%;border:0" data-cloud-expedition="${escapeAttr(chart)}"></iframe>`;
  const noscript = `<noscript><img src="${escapeAttr(absoluteUrl(embedFilePath(locale, chart, "png", version)))}" alt="${t}" style="width:100%;height:auto"></noscript>`;
  if (form === "iframe") return `${iframe}\n${noscript}`;
  return `${iframe}\n<script async src="${escapeAttr(absoluteUrl(embedScriptPath))}"></script>\n${noscript}`;
}

/** The chart's social card (1200×630 PNG, the chart itself on a card with the site name): og:image for its embed page. */
export const chartOgPath = (locale: Locale, chart: string) => `/og/${locale}/chart-${chart}.png`;

/** Where the gallery lists a chart's published versions, newest first, with what changed: a frozen embed's version line links here. */
export const versionsPath = (locale: Locale, chart: string) => `/${locale}/charts/#versions-${chart}`;

/** The gallery entry of a chart: where the sources page changelog and the 404 page link. */
export const galleryPath = (locale: Locale, chart?: string) => `/${locale}/charts/${chart ? `#chart-${chart}` : ""}`;
