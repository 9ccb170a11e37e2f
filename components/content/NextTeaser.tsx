// "Next: {title}" right where a chapter's story ends, before its notes: the next chapter's name, years,
// title and summary as one big link, the way the next chapter's own header shows them. The last chapter
// hands the reader on to the sources page (how the story was checked), the start and the charts.
import Link from "next/link";
import { isChinese, localePath, type Locale } from "@/lib/i18n";
import { marks } from "@/lib/content/punctuation";
import { fill, getDictionary } from "@/lib/ui";
import { chapterName } from "@/lib/content/chapter-name";
import type { ChapterMeta } from "@/lib/content/chapters";

export function NextTeaser({ locale, next, first }: { locale: Locale; next?: ChapterMeta; first: ChapterMeta }) {
  const m = getDictionary(locale).moveOn;
  const p = marks(isChinese(locale));
  if (next) {
    return (
      <nav aria-label={m.nextLabel} className="next-teaser no-print" data-next-teaser="" data-pagefind-ignore="">
        <Link href={localePath(locale, `/${next.slug}/`)} rel="next" className="next-teaser-link" data-next-link="">
          <span className="next-teaser-kicker">
            <span data-chapter-name="">{chapterName(next)}</span> · {next.years}
          </span>
          <span className="next-teaser-title">
            {fill(m.next, { title: next.title })}
            <span aria-hidden="true"> →</span>
          </span>
          <span className="next-teaser-summary">{next.summary}</span>
        </Link>
      </nav>
    );
  }
  return (
    <nav aria-label={m.end.label} className="next-teaser no-print" data-next-teaser="" data-pagefind-ignore="">
      <Link href={localePath(locale, "/sources/")} className="next-teaser-link" data-next-link="">
        <span className="next-teaser-kicker">{m.end.kicker}</span>
        <span className="next-teaser-title">
          {m.end.title}
          <span aria-hidden="true"> →</span>
        </span>
        <span className="next-teaser-summary">{m.end.summary}</span>
      </Link>
      <p className="next-teaser-more">
        <Link href={localePath(locale, `/${first.slug}/`)}>
          {m.end.restart}
          {p.open}
          <span data-chapter-name="">{chapterName(first)}</span>
          {p.close}
        </Link>
        <span aria-hidden="true"> · </span>
        <Link href={localePath(locale, "/charts/")}>{m.end.charts}</Link>
      </p>
    </nav>
  );
}
