// The downloadable picture of a chart: its wide view in the default (complete) state, with the title,
// subtitle, notes, source line and credit drawn into one self-contained SVG in the light palette. The PNGs
// and the social cards are rendered from this same file, so all three always agree.
import { sourceName } from "@/lib/data/registry";
import type { Locale } from "@/lib/i18n";
import { wrap } from "@/lib/og";
import { getDictionary } from "@/lib/ui";
import { absoluteUrl } from "@/lib/paths";
import type { ChartId } from "@/components/charts/registry";
import { chartParts } from "@/lib/export/chart-parts";
import { renderMarkup } from "@/lib/export/markup";
import { fontStack, palette, standaloneSvg } from "@/lib/export/standalone-svg";
import { embedPath } from "@/lib/embed/urls";

export const EXPORT_WIDTH = 768;
const PAD = 24;
const PLOT_WIDTH = EXPORT_WIDTH - 2 * PAD;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The wide, visible SVGs of a rendered plot, in order (variants hidden by default are left out). */
export function wideSvgs(html: string): string[] {
  return [...html.matchAll(/<svg\b[^>]*>[\s\S]*?<\/svg>/g)]
    .map((m) => m[0])
    .filter((svg) => {
      const open = svg.slice(0, svg.indexOf(">") + 1);
      return /class="[^"]*\bchart-wide\b/.test(open) && !/\shidden(=""|\s|>)/.test(open);
    });
}

/** Links inside a chart (timeline events) make no sense in a file: keep their text, drop the anchor. */
const unlink = (svg: string) => svg.replace(/<a\b[^>]*>/g, "").replace(/<\/a>/g, "");

function viewBoxOf(svg: string): { width: number; height: number } {
  const m = /viewBox="([\d.\s-]+)"/.exec(svg);
  const [, , w, h] = (m?.[1] ?? "").trim().split(/\s+/).map(Number);
  if (!w || !h) throw new Error("chart SVG has no viewBox");
  return { width: w, height: h };
}

/** A plot SVG of the chart, ready to be placed: its inner markup sized by `place(x, y, width)`. */
export type Plot = { width: number; height: number; place: (x: number, y: number, width: number) => string };

export type ChartPicture = { svg: string; width: number; height: number; title: string; subtitle: string; plots: Plot[] };

function plotOf(svg: string): Plot {
  const box = viewBoxOf(svg);
  const body = unlink(svg);
  return {
    ...box,
    place: (x, y, width) =>
      body.replace(/^<svg\b[^>]*?>/, (open) =>
        open
          .replace(/\s(class|width|height|x|y|role|aria-labelledby|aria-describedby|tabindex|style)="[^"]*"/g, "")
          .replace(/<svg/, `<svg x="${x}" y="${y.toFixed(1)}" width="${width}" height="${((box.height * width) / box.width).toFixed(1)}" overflow="visible"`),
      ),
  };
}

/** Text lines in one style, advancing y; returns the SVG and the new y. */
function lines(text: string, y: number, size: number, opts: { weight?: number; fill: string; lineHeight?: number; maxLines?: number }) {
  const rows = wrap(text, PLOT_WIDTH / size, opts.maxLines ?? 6);
  const step = size * (opts.lineHeight ?? 1.35);
  // A Latin line that quotes a Chinese name gets the CJK stack, so the renderer's fallback does not pick a serif.
  const cjk = (row: string) => (/[\u3400-\u9fff]/.test(row) ? ` font-family='${fontStack("zh-hans")}'` : "");
  const svg = rows
    .map(
      (row, i) =>
        `<text x="${PAD}" y="${(y + size + i * step).toFixed(1)}" font-size="${size}"${opts.weight ? ` font-weight="${opts.weight}"` : ""}${cjk(row)} fill="${opts.fill}">${esc(row)}</text>`,
    )
    .join("");
  return { svg, y: y + size + (rows.length - 1) * step + size * 0.45 };
}

const pictures = new Map<string, Promise<ChartPicture>>();

/** The picture of a chart in a locale, drawn once per build process (the SVG, both PNGs and the card share it). */
export function chartPicture(id: ChartId, locale: Locale): Promise<ChartPicture> {
  const key = `${locale}/${id}`;
  if (!pictures.has(key)) pictures.set(key, drawChartPicture(id, locale));
  return pictures.get(key)!;
}

async function drawChartPicture(id: ChartId, locale: Locale): Promise<ChartPicture> {
  const parts = await chartParts(id, locale);
  const t = getDictionary(locale);
  const colours = palette("light");
  let plots = wideSvgs(renderMarkup(parts.plot));
  // A complete state drawn only by a client explorer (elasticity) has no server picture: use its first step.
  if (!plots.length) plots = wideSvgs(renderMarkup((await chartParts(id, locale, 0)).plot));
  if (!plots.length) throw new Error(`Chart "${id}" has no visible wide SVG to export`);

  let y = PAD - 4;
  const out: string[] = [];
  const title = lines(parts.title, y, 22, { weight: 700, fill: colours.ink!, lineHeight: 1.25, maxLines: 3 });
  out.push(title.svg);
  const subtitle = lines(parts.subtitle, title.y + 2, 14, { fill: colours.muted!, maxLines: 4 });
  out.push(subtitle.svg);
  y = subtitle.y + 12;
  const placed = plots.map(plotOf);
  for (const plot of placed) {
    out.push(plot.place(PAD, y, PLOT_WIDTH));
    y += (plot.height * PLOT_WIDTH) / plot.width + 16;
  }
  const publishers = [...new Set(parts.sources.map((s) => sourceName(s, locale)))];
  const notes = parts.notes ?? [];
  if (notes.length) {
    const heading = lines(`${t.chart.notes}${locale === "en" ? ":" : "："}`, y, 12, { weight: 600, fill: colours.muted! });
    out.push(heading.svg);
    y = heading.y;
    for (const note of notes) {
      const n = lines(`• ${note}`, y, 12, { fill: colours.muted!, maxLines: 5 });
      out.push(n.svg);
      y = n.y;
    }
  }
  const source = lines(`${t.chart.source}${locale === "en" ? ": " : "："}${publishers.join(locale === "en" ? "; " : "；")}`, y + 4, 12, {
    fill: colours.muted!,
    maxLines: 10,
  });
  out.push(source.svg);
  const credit = lines(`${t.siteTitle} · ${absoluteUrl(embedPath(locale, id))}`, source.y, 12, { weight: 600, fill: colours.accent!, maxLines: 2 });
  out.push(credit.svg);
  const height = Math.ceil(credit.y + PAD - 6);
  const doc = `<svg width="${EXPORT_WIDTH}" height="${height}" viewBox="0 0 ${EXPORT_WIDTH} ${height}" lang="${locale === "en" ? "en" : locale === "zh-hant" ? "zh-Hant" : "zh-Hans"}"><title>${esc(parts.title)}</title>${out.join("")}</svg>`;
  return { svg: standaloneSvg(doc, "light", { locale }), width: EXPORT_WIDTH, height, title: parts.title, subtitle: parts.subtitle, plots: placed };
}
