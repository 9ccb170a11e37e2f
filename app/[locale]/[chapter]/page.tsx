import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isChinese, isLocale, localePath, locales, type Locale } from "@/lib/i18n";
import { marks } from "@/lib/content/punctuation";
import { fill, getDictionary } from "@/lib/ui";
import { chapterName, getChapter, getChapters } from "@/lib/content/chapters";
import { pageMetadata } from "@/lib/metadata";
import { absoluteUrl } from "@/lib/paths";
import { citeChapter } from "@/lib/content/cite";
import { PageShell } from "@/components/layout/PageShell";
import { ChapterBody } from "@/components/content/ChapterBody";
import { ReadingTracker } from "@/components/content/ReadingTracker";
import { CopyButton } from "@/components/content/CopyButton";
import { NextTeaser } from "@/components/content/NextTeaser";
import { ColdOpen } from "@/components/coldopen/ColdOpen";

type Props = { params: Promise<{ locale: string; chapter: string }> };

export const dynamicParams = false;
export function generateStaticParams() {
  return locales.flatMap((locale) => getChapters(locale).map((c) => ({ locale, chapter: c.slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, chapter: slug } = await params;
  const chapter = isLocale(locale) ? getChapter(locale, slug) : undefined;
  if (!chapter) return {};
  return pageMetadata(locale as Locale, `/${slug}/`, chapter.title, chapter.summary, `/og/${locale}/${slug}.png`);
}

export default async function ChapterPage({ params }: Props) {
  const { locale: raw, chapter: slug } = await params;
  if (!isLocale(raw)) notFound();
  const locale: Locale = raw;
  const chapter = getChapter(locale, slug);
  if (!chapter) notFound();
  const t = getDictionary(locale);
  const all = getChapters(locale);
  const index = all.findIndex((c) => c.slug === slug);
  const prev = all[index - 1];
  const next = all[index + 1];
  const toc = chapter.headings.filter((h) => h.depth === 2);
  return (
    <PageShell locale={locale} path={`/${slug}/`}>
      {/* A chapter may open on a scene before its title (front matter `opening`): the prologue's night, filling
          the first screen. It carries no heading, so the title stays the page's first. */}
      {chapter.opening === "cold-open" ? (
        <div className="chapter-opening" data-chapter-opening="cold-open">
          <ColdOpen locale={locale} variant="opening" uid="cold-open" />
        </div>
      ) : null}
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_minmax(0,40rem)_minmax(0,1fr)] lg:gap-8">
        <aside className="chapter-toc-column no-print hidden lg:block">
          {toc.length ? (
            <nav aria-label={t.toc.label} data-toc="" className="sticky top-6 max-h-[calc(100vh-3rem)] overflow-y-auto font-sans text-sm">
              <p className="mb-2 font-semibold text-muted">{t.toc.label}</p>
              <ol className="space-y-1.5 border-l border-rule" role="list">
                {toc.map((h) => (
                  <li key={h.id}>
                    <a
                      href={`#${h.id}`}
                      className="-ml-px block border-l-2 border-transparent pl-3 text-ink-soft no-underline hover:text-ink aria-[current]:border-accent aria-[current]:font-semibold aria-[current]:text-ink"
                    >
                      {h.text}
                    </a>
                  </li>
                ))}
              </ol>
            </nav>
          ) : null}
        </aside>
        <article data-chapter={slug} data-pagefind-body="" className="mx-auto w-full max-w-[40rem] lg:mx-0">
          <header className="mb-8">
            <p className="font-sans text-sm text-muted">
              <span data-chapter-name="" className="font-semibold text-ink-soft">
                {chapterName(chapter)}
              </span>{" "}
              · {chapter.years} · {fill(t.chapter.readingTime, { minutes: chapter.readingMinutes })}
            </p>
            <h1 className="mt-2 font-sans text-3xl font-bold leading-tight sm:text-4xl">{chapter.title}</h1>
            {chapter.placement ? (
              <p className="chapter-placement" data-chapter-placement="">
                {chapter.placement}
              </p>
            ) : null}
            <p className="mt-3 font-serif text-lg text-ink-soft">{chapter.summary}</p>
            {toc.length ? (
              // The headings again, as links: kept out of the search index so results quote the text, not this list.
              <details className="no-print mt-6 rounded border border-rule px-4 py-2 font-sans text-sm lg:hidden" data-pagefind-ignore="">
                <summary className="cursor-pointer font-semibold">{t.toc.label}</summary>
                <ol className="mt-2 list-decimal space-y-1 pl-5">
                  {toc.map((h) => (
                    <li key={h.id}>
                      <a href={`#${h.id}`}>{h.text}</a>
                    </li>
                  ))}
                </ol>
              </details>
            ) : null}
          </header>
          <ChapterBody chapter={chapter} locale={locale} end={<NextTeaser locale={locale} next={next} first={all[0]!} />} />
          <section aria-labelledby="cite-heading" data-pagefind-ignore="" className="prose-body mt-10 border-t border-rule pt-6 font-sans text-sm">
            <h2 id="cite-heading" className="!mt-0 text-lg font-semibold">
              {t.cite.heading}
            </h2>
            <p id="cite-text" data-site-url="" className="mt-2 rounded bg-paper-raised p-3 font-mono text-xs leading-relaxed break-words">
              {citeChapter(locale, chapter.title, absoluteUrl(localePath(locale, `/${slug}/`)))}
            </p>
            <CopyButton targetId="cite-text" label={t.cite.copy} done={t.cite.copied} />
            <p className="no-print mt-4">
              <Link href={localePath(locale, `/present/${slug}/`)} data-present-link="">
                {t.present.linkFromChapter}
              </Link>
            </p>
          </section>
          <nav aria-label={t.nav.chapters} className="no-print mt-12 flex flex-wrap justify-between gap-4 border-t border-rule pt-6 font-sans">
            {prev ? (
              <Link href={localePath(locale, `/${prev.slug}/`)} rel="prev">
                ← {t.chapter.previous}
                {marks(isChinese(locale)).colon}
                <span data-chapter-name="">{chapterName(prev)}</span>
              </Link>
            ) : (
              <span />
            )}
            {next ? (
              <Link href={localePath(locale, `/${next.slug}/`)} rel="next">
                {t.chapter.next}
                {marks(isChinese(locale)).colon}
                <span data-chapter-name="">{chapterName(next)}</span> →
              </Link>
            ) : null}
          </nav>
        </article>
      </div>
      {/* The reading bar: last in <main>, so Tab reaches it after the text it sits below. */}
      <ReadingTracker locale={locale} slug={slug} label={t.moveOn.bar} progressLabel={t.progress}>
        <div className="moveon-inner">
          <span className="moveon-name" aria-hidden="true">
            {chapterName(chapter)}
          </span>
          <ol className="moveon-dots" role="list">
            {all.map((c) => (
              <li key={c.slug}>
                <Link
                  href={localePath(locale, `/${c.slug}/`)}
                  aria-current={c.slug === slug ? "page" : undefined}
                  className="moveon-dot"
                  data-read={c.number < chapter.number ? "" : undefined}
                  title={chapterName(c)}
                >
                  <span className="sr-only" data-chapter-name="">
                    {chapterName(c)}
                  </span>
                </Link>
              </li>
            ))}
          </ol>
        </div>
      </ReadingTracker>
    </PageShell>
  );
}
