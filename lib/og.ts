// Open Graph cards (1200×630) drawn as SVG from a page's title and summary, rendered to PNG at build.
// Pure string building, so it is unit-tested; the route that renders it lives in app/og/.
import { isChinese, type Locale } from "@/lib/i18n";

const W = 1200;
const H = 630;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Width of a string in "em": CJK characters are one em, Latin about half. */
export function emWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 1 : ch === " " ? 0.28 : 0.55;
  return w;
}

/** Breaks text into lines of at most maxEm: at spaces for Latin, anywhere for CJK (keeping punctuation off line starts). */
export function wrap(text: string, maxEm: number, maxLines: number): string[] {
  const tokens =
    text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF][，。、；：！？」』）》,.:;!?)]*|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    if (emWidth(line + token) > maxEm && line.trim()) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s,，。.]*$/, "")}…`;
    return kept;
  }
  return lines;
}

export type OgCard = {
  locale: Locale;
  kicker: string;
  title: string;
  summary: string;
  site: string;
  colors: { paper: string; ink: string; muted: string; accent: string; alarm: string };
};

export function ogSvg(card: OgCard): string {
  const zh = isChinese(card.locale);
  const titleSize = zh ? 64 : 68;
  const title = wrap(card.title, (W - 160) / titleSize, 2);
  const summarySize = zh ? 34 : 34;
  const summary = wrap(card.summary, (W - 160) / summarySize, 3);
  const titleY = 250;
  const summaryY = titleY + title.length * titleSize * 1.15 + 30;
  // The bundled faces of lib/export/fonts.ts, which are all the renderer has (lib/export/png.ts).
  const font = card.locale === "zh-hant" ? `"Noto Sans TC", sans-serif` : zh ? `"Noto Sans SC", sans-serif` : `"Noto Sans", sans-serif`;
  // A sparkline of the story's arc (a slow start, a spike, a climb), drawn for 190–560 and pressed into the
  // band under the last line of text, so it never runs through the words.
  const textBottom = summaryY + (summary.length - 1) * summarySize * 1.35 + summarySize * 0.3;
  const band = { top: Math.min(H - 60, textBottom + 28), bottom: H - 24 };
  const y = (v: number) => Math.round((band.bottom - ((560 - v) / (560 - 190)) * (band.bottom - band.top)) * 10) / 10;
  const spark = "M80 560 C 260 556, 380 548, 470 530 S 560 470, 600 500 S 700 430, 820 380 S 1020 250, 1120 190".replace(
    /(\d+) (\d+)/g,
    (_, px: string, py: string) => `${px} ${y(Number(py))}`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<title>${esc(card.title)}</title>
<rect width="${W}" height="${H}" fill="${card.colors.paper}"/>
<path d="${spark}" fill="none" stroke="${card.colors.accent}" stroke-width="6" stroke-linecap="round" opacity="0.35"/>
<circle cx="600" cy="${y(500)}" r="10" fill="${card.colors.alarm}" opacity="0.8"/>
<g font-family='${font}'>
<text x="80" y="110" font-size="30" font-weight="700" fill="${card.colors.accent}">${esc(card.site)}</text>
<text x="80" y="165" font-size="28" fill="${card.colors.muted}">${esc(card.kicker)}</text>
${title.map((l, i) => `<text x="80" y="${titleY + i * titleSize * 1.15}" font-size="${titleSize}" font-weight="700" fill="${card.colors.ink}">${esc(l)}</text>`).join("\n")}
${summary.map((l, i) => `<text x="80" y="${summaryY + i * summarySize * 1.35}" font-size="${summarySize}" fill="${card.colors.muted}">${esc(l)}</text>`).join("\n")}
</g>
</svg>`;
}
