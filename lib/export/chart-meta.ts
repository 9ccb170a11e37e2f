// What the gallery, the oEmbed records and "cite this chart" need to know about a chart beyond its
// picture: the chapter that places it, its steps as a reader can pick them, and its citation.
import fs from "node:fs";
import path from "node:path";
import { chartUpdated, getSite } from "@/lib/content/site";
import type { ChartId } from "@/components/charts/registry";
import { getChapters, type Chapter } from "@/lib/content/chapters";
import { pickCopy, type Bilingual } from "@/lib/content/copy";
import { toHant } from "@/lib/content/hant";
import { formatDateValue } from "@/lib/data/format";
import { isChinese, type Locale } from "@/lib/i18n";
import { fill, getDictionary } from "@/lib/ui";
import { marks } from "@/lib/content/punctuation";

/** The first chapter that draws the chart (`<Chart id>` or `<Scrolly chart>`), in the locale's words. */
export function chartChapter(id: ChartId, locale: Locale): Chapter | undefined {
  const placed = new RegExp(`<(Chart\\s+id|Scrolly\\s+chart)="${id}"`);
  return getChapters(locale).find((c) => placed.test(c.body));
}

type StepsCopy = { steps?: string[] };

/** The chart's steps as option labels: "Step 2", with the step's own words when they need no figures filled in. */
export function chartStepLabels(id: ChartId, locale: Locale): string[] {
  const file = path.join(process.cwd(), "content", "charts", `${id}.json`);
  const copy = pickCopy(JSON.parse(fs.readFileSync(file, "utf8")) as Bilingual<StepsCopy>, locale);
  const t = getDictionary(locale).gallery;
  return (copy.steps ?? []).map((text, i) => {
    const label = fill(t.stepN, { n: i + 1 });
    // Up to the first colon is a short name ("The whole run"); placeholders need the chart's data, so skip those.
    const head = text.split(/[:：]/)[0]!.trim();
    const words = /\{/.test(head) ? "" : head.length <= 60 ? head : `${head.slice(0, 57)}…`;
    return words ? `${label}${marks(isChinese(locale)).colon}${words}` : label;
  });
}

export { chartUpdated };

/** "Cite this chart", APA-like, following lib/content/cite.ts: the date is the chart's last change, so it is stable across builds. */
export function citeChart(locale: Locale, title: string, url: string, id: ChartId): string {
  const t = getDictionary(locale);
  const date = chartUpdated(id);
  const year = date.slice(0, 4);
  if (locale === "en") return `${getSite().publisher}. (${year}, ${formatDateValue(date, "en")}). ${title} [Chart]. ${t.siteTitle}. ${url}`;
  // As citeChapter: only our own Simplified words are converted (the title is in the locale's script already,
  // and OpenCC reads an already-Traditional 遠征 as Simplified); the marks are full-width.
  const name = getDictionary("zh-hans").siteTitle;
  const convert = locale === "zh-hant" ? toHant : (s: string) => s;
  return `${convert(name)}（${formatDateValue(date, locale)}）。《${title}》${convert(`［图表］。载于《${name}》。`)}${url}`;
}
