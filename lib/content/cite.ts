// "Cite this" text, APA-like, in the reader's language. The date is the site's latest edition, not today,
// so the text is the same on every build of the same content.
import site from "@/content/site.json";
import type { Locale } from "@/lib/i18n";
import { formatDateValue } from "@/lib/data/format";
import { getDictionary } from "@/lib/ui";
import { toHant } from "@/lib/content/hant";

export const latestEdition = () =>
  site.changelog
    .map((c) => c.date)
    .sort()
    .at(-1) ?? site.firstPublished;

export function citeChapter(locale: Locale, title: string, url: string): string {
  const t = getDictionary(locale);
  const date = latestEdition();
  const year = date.slice(0, 4);
  if (locale === "en")
    return `${site.publisher}. (${year}, ${formatDateValue(date, "en")}). ${title}. In ${t.siteTitle}: Fifteen years of elastic computing in China, 2009–2025. ${url}`;
  // Only our own Simplified words are converted: the Traditional dictionary's title and the chapter's title
  // are Traditional already, and OpenCC reads an already-Traditional 遠征 as Simplified (giving 遠徵).
  const name = getDictionary("zh-hans").siteTitle;
  const convert = locale === "zh-hant" ? toHant : (s: string) => s;
  return `${convert(name)}（${formatDateValue(date, locale)}）。《${title}》。${convert(`载于《${name}：中国弹性计算十五年，2009–2025》。`)}${url}`;
}
