// "Cite this" text, APA-like, in the reader's language. The date is the site's latest edition, not today,
// so the text is the same on every build of the same content.
import site from "@/content/site.json";
import type { Locale } from "@/lib/i18n";
import { formatDateValue } from "@/lib/data/format";
import { getDictionary } from "@/lib/ui";
import { toHant } from "@/lib/content/hant";

export const latestEdition = () => site.changelog.map((c) => c.date).sort().at(-1) ?? site.firstPublished;

export function citeChapter(locale: Locale, title: string, url: string): string {
  const t = getDictionary(locale);
  const date = latestEdition();
  const year = date.slice(0, 4);
  if (locale === "en") return `${site.publisher}. (${year}, ${formatDateValue(date, "en")}). ${title}. In ${t.siteTitle}: Fifteen years of elastic computing in China, 2009–2025. ${url}`;
  const zh = `${t.siteTitle}（${formatDateValue(date, locale)}）。《${title}》。载于《${t.siteTitle}：中国弹性计算十五年，2009–2025》。${url}`;
  return locale === "zh-hant" ? toHant(zh) : zh;
}
