import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale, localePath, locales, type Locale } from "@/lib/i18n";
import { fill, getDictionary } from "@/lib/ui";
import { getChapter, getChapters } from "@/lib/content/chapters";
import { pageMetadata } from "@/lib/metadata";
import { PageShell } from "@/components/layout/PageShell";
import { ChapterBody } from "@/components/content/ChapterBody";

type Props = { params: Promise<{ locale: string; chapter: string }> };

export const dynamicParams = false;
export function generateStaticParams() {
  return locales.flatMap((locale) => getChapters(locale).map((c) => ({ locale, chapter: c.slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, chapter: slug } = await params;
  const chapter = isLocale(locale) ? getChapter(locale, slug) : undefined;
  if (!chapter) return {};
  return pageMetadata(locale as Locale, `/${slug}/`, chapter.title, chapter.summary);
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
  return (
    <PageShell locale={locale} path={`/${slug}/`}>
      <article className="mx-auto max-w-[40rem]">
        <header className="mb-8">
          <p className="font-sans text-sm text-muted">
            {fill(getDictionary(locale).cover.chapterNumber, { n: chapter.number })} · {chapter.years} · {fill(t.chapter.readingTime, { minutes: chapter.readingMinutes })}
          </p>
          <h1 className="mt-2 font-sans text-3xl font-bold leading-tight sm:text-4xl">{chapter.title}</h1>
          <p className="mt-3 font-serif text-lg text-ink-soft">{chapter.summary}</p>
        </header>
        <ChapterBody chapter={chapter} locale={locale} />
        <nav aria-label={t.nav.chapters} className="mt-12 flex flex-wrap justify-between gap-4 border-t border-rule pt-6 font-sans">
          {prev ? (
            <Link href={localePath(locale, `/${prev.slug}/`)} rel="prev">
              ← {t.chapter.previous}: {prev.title}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link href={localePath(locale, `/${next.slug}/`)} rel="next">
              {t.chapter.next}: {next.title} →
            </Link>
          ) : null}
        </nav>
      </article>
    </PageShell>
  );
}
