// /{locale}/offline/: what the offline worker shows for a page that was never saved. It lists the saved
// classroom pages of the locale (asked from the worker) so a teacher without a network can go on. Not in the
// sitemap and not indexed: a reader with a network never sees it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale, localePath, locales, type Locale } from "@/lib/i18n";
import { getDictionary } from "@/lib/ui";
import { withBase } from "@/lib/paths";
import { getChapters } from "@/lib/content/chapters";
import { PageShell } from "@/components/layout/PageShell";
import { OfflineIndex } from "@/components/classroom/OfflineIndex";
import { Preact } from "@/components/islands/Preact";

type Props = { params: Promise<{ locale: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => locales.map((locale) => ({ locale }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = getDictionary(locale as Locale);
  return { title: `${t.teach.offlinePage.title} · ${t.siteTitle}`, robots: { index: false } };
}

/** Link text for every page the worker may list, keyed by its URL with the base path. */
function pageTitles(locale: Locale): Record<string, string> {
  const t = getDictionary(locale);
  const titles: Record<string, string> = {
    [withBase(localePath(locale, "/"))]: t.siteTitle,
    [withBase(localePath(locale, "/teach/"))]: t.teach.nav,
    [withBase(localePath(locale, "/sources/"))]: t.nav.sources,
    [withBase(localePath(locale, "/timeline/"))]: t.nav.timeline,
    [withBase(localePath(locale, "/present/"))]: t.teach.decks.whole,
  };
  for (const c of getChapters(locale)) {
    titles[withBase(localePath(locale, `/${c.slug}/`))] = `${c.number}. ${c.title}`;
    titles[withBase(localePath(locale, `/present/${c.slug}/`))] = `${c.number}. ${c.title}`;
  }
  return titles;
}

export default async function OfflinePage({ params }: Props) {
  const { locale: raw } = await params;
  if (!isLocale(raw)) notFound();
  const locale: Locale = raw;
  const t = getDictionary(locale).teach.offlinePage;
  return (
    <PageShell locale={locale} path="/offline/">
      <div className="mx-auto max-w-[40rem] font-sans">
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="mt-3 font-serif text-lg text-ink-soft">{t.intro}</p>
        <Preact
          name="offline-index"
          component={OfflineIndex}
          props={{ locale, titles: pageTitles(locale), labels: { checking: t.checking, none: t.none, kinds: t.kinds } }}
        />
      </div>
    </PageShell>
  );
}
