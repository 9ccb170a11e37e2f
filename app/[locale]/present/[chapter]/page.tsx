// /{locale}/present/{chapter}/: one chapter as a classroom deck, built from the chapter's own MDX.
import "@/components/present/deck.css";
import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale, localePath, locales, type Locale } from "@/lib/i18n";
import { fill, getDictionary } from "@/lib/ui";
import { getChapter, getChapters } from "@/lib/content/chapters";
import { pageMetadata } from "@/lib/metadata";
import { chapterDeck } from "@/lib/present/deck";
import { PageShell } from "@/components/layout/PageShell";
import { Deck } from "@/components/present/Deck";
import { DeckIntro } from "@/components/present/DeckIntro";

type Props = { params: Promise<{ locale: string; chapter: string }> };

export const dynamicParams = false;
export function generateStaticParams() {
  return locales.flatMap((locale) => getChapters(locale).map((c) => ({ locale, chapter: c.slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, chapter: slug } = await params;
  const chapter = isLocale(locale) ? getChapter(locale, slug) : undefined;
  if (!chapter) return {};
  const t = getDictionary(locale as Locale).present;
  return pageMetadata(locale as Locale, `/present/${slug}/`, fill(t.deckTitle, { title: chapter.title }), chapter.summary, `/og/${locale}/${slug}.png`);
}

export default async function ChapterDeckPage({ params }: Props) {
  const { locale: raw, chapter: slug } = await params;
  if (!isLocale(raw)) notFound();
  const locale: Locale = raw;
  const chapter = getChapter(locale, slug);
  if (!chapter) notFound();
  const t = getDictionary(locale).present;
  const deck = chapterDeck(chapter);
  // English and Chinese chapters are written separately, each with its own sections: say so when their
  // decks differ in length, so a teacher with both classes is not left wondering.
  const twin = getChapter(locale === "en" ? "zh-hans" : "en", slug);
  const twinSlides = twin ? chapterDeck(twin).slides.length : deck.slides.length;
  return (
    <PageShell locale={locale} path={`/present/${slug}/`}>
      <DeckIntro
        locale={locale}
        title={fill(t.deckTitle, { title: chapter.title })}
        deck={deck}
        other={twinSlides !== deck.slides.length ? { n: twinSlides } : undefined}
      >
        <Link href={localePath(locale, `/${slug}/`)}>{t.readChapter}</Link>
      </DeckIntro>
      <Deck deck={deck} locale={locale} title={chapter.title} chapters={getChapters(locale)} autostart />
    </PageShell>
  );
}
