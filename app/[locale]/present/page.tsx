// /{locale}/present/: the whole story as one deck, and the list of chapter decks with their length.
import "@/components/present/deck.css";
import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale, localePath, type Locale } from "@/lib/i18n";
import { fill, getDictionary } from "@/lib/ui";
import { chapterName, getChapters } from "@/lib/content/chapters";
import { pageMetadata } from "@/lib/metadata";
import { chapterDeck, deckMinutes, storyDeck } from "@/lib/present/deck";
import { PageShell } from "@/components/layout/PageShell";
import { Deck } from "@/components/present/Deck";
import { DeckIntro } from "@/components/present/DeckIntro";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getDictionary(locale).present;
  return pageMetadata(locale, "/present/", t.pageTitle, t.pageIntro);
}

export default async function PresentPage({ params }: Props) {
  const { locale: raw } = await params;
  if (!isLocale(raw)) notFound();
  const locale: Locale = raw;
  const dict = getDictionary(locale);
  const t = dict.present;
  const chapters = getChapters(locale);
  const deck = storyDeck(dict.siteTitle, chapters);
  return (
    <PageShell locale={locale} path="/present/">
      <section className="deck-catalogue" aria-labelledby="decks-heading">
        <h1 className="deck-catalogue-title">{t.pageTitle}</h1>
        <p className="deck-catalogue-intro">{t.pageIntro}</p>
        <h2 id="decks-heading">{t.chapterDecks}</h2>
        <ol className="deck-list" role="list">
          {chapters.map((c) => {
            const d = chapterDeck(c);
            return (
              <li key={c.slug}>
                <Link href={localePath(locale, `/present/${c.slug}/`)} className="deck-card">
                  <span className="deck-card-kicker">
                    <span data-chapter-name="">{chapterName(c)}</span> · {c.years}
                  </span>
                  <span className="deck-card-title">{c.title}</span>
                  <span className="deck-card-meta">
                    {fill(t.slides, { n: d.slides.length })} · {fill(t.minutes, { n: deckMinutes(d) })}
                  </span>
                </Link>
              </li>
            );
          })}
        </ol>
        <p className="deck-catalogue-story">
          {t.storyDeckIntro}{" "}
          <button type="button" className="deck-start needs-js" data-deck-start="">
            {t.startStory}
          </button>
        </p>
      </section>
      <DeckIntro locale={locale} title={fill(t.deckTitle, { title: t.storyDeck })} deck={deck} level={2} />
      <Deck deck={deck} locale={locale} title={t.storyDeck} chapters={chapters} autostart={false} />
    </PageShell>
  );
}
