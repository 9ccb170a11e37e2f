import { withBase } from "@/lib/paths";
import Link from "next/link";
import type { Metadata } from "next";
import { isLocale, localePath, type Locale } from "@/lib/i18n";
import { fill, getDictionary } from "@/lib/ui";
import { getChapters } from "@/lib/content/chapters";
import { chapterName } from "@/lib/content/chapter-name";
import { pageMetadata } from "@/lib/metadata";
import { PageShell } from "@/components/layout/PageShell";
import { ContinueReading } from "@/components/content/ContinueReading";
import { ColdOpen } from "@/components/coldopen/ColdOpen";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return pageMetadata(locale as Locale, "/", null);
}

export default async function LocaleCover({ params }: Props) {
  const { locale: raw } = await params;
  const locale = (isLocale(raw) ? raw : "en") as Locale;
  const t = getDictionary(locale);
  const chapters = getChapters(locale);
  return (
    <PageShell locale={locale} path="/">
      <section className="grid max-w-5xl items-end gap-8 pt-2 pb-6 sm:py-6 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div>
          <p className="font-sans text-sm uppercase tracking-widest text-muted">{t.span}</p>
          <h1 className="mt-2 font-sans text-4xl font-bold leading-tight sm:text-5xl">{t.siteTitle}</h1>
          <p className="mt-4 font-serif text-xl leading-relaxed text-ink-soft">{t.siteTagline}</p>
          {chapters[0] ? (
            <p className="mt-6">
              <ContinueReading
                base={withBase(localePath(locale, "/"))}
                start={{ href: withBase(localePath(locale, `/${chapters[0].slug}/`)), label: t.cover.start }}
                chapters={chapters.map((c) => ({ slug: c.slug, title: c.title }))}
                label={t.continue.link}
              />
            </p>
          ) : null}
        </div>
        <ColdOpen locale={locale} variant="cover" uid="cover-night" />
      </section>
      <section aria-labelledby="chapters-heading" className="mt-10 max-w-3xl">
        <h2 id="chapters-heading" className="font-sans text-2xl font-semibold">
          {t.cover.chaptersHeading}
        </h2>
        <ol className="mt-4 divide-y divide-rule border-y border-rule" role="list">
          {chapters.map((c) => (
            <li key={c.slug} className="py-4">
              <Link href={localePath(locale, `/${c.slug}/`)} className="group block no-underline">
                <span className="font-sans text-sm text-muted">
                  {chapterName(c)} · {c.years} · {fill(t.chapter.readingTime, { minutes: c.readingMinutes })}
                </span>
                <span className="mt-1 block font-sans text-xl font-semibold text-ink group-hover:underline">{c.title}</span>
                <span className="mt-1 block font-serif text-ink-soft">{c.summary}</span>
              </Link>
            </li>
          ))}
        </ol>
        <p className="mt-6 font-sans">
          <Link href={localePath(locale, "/charts/")}>{t.gallery.coverLink}</Link>
        </p>
      </section>
    </PageShell>
  );
}
