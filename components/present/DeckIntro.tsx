// The heading above a deck's cards: what the page is, how long the deck runs, how to present and print it.
// It is what a reader without JavaScript, or a teacher preparing, sees first; presenting covers it.
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n";
import { fill, getDictionary } from "@/lib/ui";
import { MakeOffline } from "@/components/classroom/MakeOffline";
import { Preact } from "@/components/islands/Preact";
import { deckMinutes, type Deck } from "@/lib/present/deck";

export function DeckIntro({
  locale,
  title,
  deck,
  level = 1,
  other,
  children,
}: {
  locale: Locale;
  title: string;
  deck: Deck;
  level?: 1 | 2;
  /** The same chapter's deck in the other language, when its slides differ in number (and why). */
  other?: { n: number };
  children?: ReactNode;
}) {
  const t = getDictionary(locale).present;
  const Heading = level === 1 ? "h1" : "h2";
  return (
    <header className="deck-intro">
      <Heading>{title}</Heading>
      <p className="deck-intro-meta">
        {fill(t.slides, { n: deck.slides.length })} · {fill(t.minutes, { n: deckMinutes(deck) })}
      </p>
      {other ? <p data-deck-other-edition="">{fill(t.otherEdition, { language: t.otherLanguage, n: other.n })}</p> : null}
      <p>{t.noJsHint}</p>
      <p className="no-print">{t.printHint}</p>
      <p className="deck-intro-actions">
        <button type="button" className="deck-start needs-js" data-deck-start="">
          {t.start}
        </button>
        {children}
      </p>
      <div className="no-print deck-offline">
        <Preact name="make-offline" component={MakeOffline} props={{ locale, labels: getDictionary(locale).teach.offline }} />
      </div>
    </header>
  );
}
