// A chart's social card (1200×630): the site name and the chart's title on the left, the chart itself on the
// right, drawn from the same plots as the downloadable SVG (lib/export/chart-svg.ts), so a shared chart
// shows itself. Rendered to PNG by app/og/[locale]/[file]/route.ts.
import type { Locale } from "@/lib/i18n";
import { isChinese } from "@/lib/i18n";
import { wrap } from "@/lib/og";
import { getDictionary } from "@/lib/ui";
import type { ChartPicture } from "@/lib/export/chart-svg";
import { palette, standaloneSvg } from "@/lib/export/standalone-svg";

const W = 1200;
const H = 630;
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function chartCardSvg(picture: ChartPicture, locale: Locale): string {
  const c = palette("light");
  const t = getDictionary(locale);
  const zh = isChinese(locale);
  // The plots, stacked, fitted into the right-hand box.
  const box = { x: 520, y: 40, width: 640, height: H - 80 };
  const gap = 16;
  const natural = picture.plots.reduce((h, p) => h + (p.height * box.width) / p.width, 0) + gap * (picture.plots.length - 1);
  const scale = Math.min(1, box.height / natural);
  const width = Math.round(box.width * scale);
  const x = box.x + (box.width - width);
  let y = box.y + (box.height - natural * scale) / 2;
  const plots = picture.plots.map((p) => {
    const svg = p.place(x, y, width);
    y += (p.height * width) / p.width + gap * scale;
    return svg;
  });
  const titleSize = zh ? 40 : 40;
  const title = wrap(picture.title, 420 / titleSize, 6);
  const subtitleSize = 22;
  const titleTop = 150;
  const subtitleTop = titleTop + title.length * titleSize * 1.2 + 24;
  const subtitle = wrap(picture.subtitle, 420 / subtitleSize, Math.max(1, Math.floor((H - 60 - subtitleTop) / (subtitleSize * 1.35))));
  const text = [
    `<text x="60" y="92" font-size="28" font-weight="700" fill="${c.accent}">${esc(t.siteTitle)}</text>`,
    `<rect x="60" y="112" width="64" height="4" fill="${c.accent}"/>`,
    ...title.map(
      (l, i) =>
        `<text x="60" y="${(titleTop + titleSize + i * titleSize * 1.2).toFixed(1)}" font-size="${titleSize}" font-weight="700" fill="${c.ink}">${esc(l)}</text>`,
    ),
    ...subtitle.map(
      (l, i) =>
        `<text x="60" y="${(subtitleTop + subtitleSize + i * subtitleSize * 1.35).toFixed(1)}" font-size="${subtitleSize}" fill="${c.muted}">${esc(l)}</text>`,
    ),
  ];
  const doc = `<svg width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><title>${esc(picture.title)}</title>${text.join("")}${plots.join("")}</svg>`;
  return standaloneSvg(doc, "light", { locale });
}
