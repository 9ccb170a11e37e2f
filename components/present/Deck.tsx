// The classroom deck, server side: every slide of a deck as a 16:9 card, in order, with its step list and
// speaker notes, plus the controls, dialogs and live region that DeckController brings to life.
// Without JavaScript (and in print) the cards read top to bottom, charts in their final state; with it,
// the controller presents one slide at a time, keeps the hash, and drives the speaker window.
import { registry } from "@/lib/data/registry";
import { collectNotes } from "@/lib/content/citations";
import { fill } from "@/lib/fill";
import { chapterName } from "@/lib/content/chapter-name";
import { localePath, type Locale } from "@/lib/i18n";
import { withBase } from "@/lib/paths";
import { getDictionary } from "@/lib/ui";
import { followPath, slideSeconds, stepCount, type Deck as DeckModel, type DeckChapter, type DeckSlide } from "@/lib/present/deck";
import { NotesList } from "@/components/content/Fact";
import { deckContext, DeckMdx, type DeckContext } from "@/components/present/DeckMdx";
import { SlideContent } from "@/components/present/SlideContent";
import { DeckControls } from "@/components/present/DeckControls";
import { DeckController } from "@/components/present/DeckController";
import { DeckBootScript, DeckEarlyScript } from "@/components/present/DeckBootScript";
import { OfflineRegistration } from "@/components/classroom/OfflineRegistration";

function Notes({ slide, ctx, t }: { slide: DeckSlide; ctx: DeckContext | null; t: ReturnType<typeof getDictionary>["present"] }) {
  const { cues, script } = slide.notes;
  return (
    <aside className="deck-notes" aria-label={t.notes} data-notes="">
      <p className="deck-notes-heading">{t.notes}</p>
      {!cues.length && !script.length ? <p className="deck-notes-empty">{t.noNotes}</p> : null}
      {cues.length && ctx ? (
        <section className="deck-cues">
          <h3>{t.cues}</h3>
          {cues.map((c, i) => (
            <DeckMdx key={i} source={c} ctx={ctx} />
          ))}
        </section>
      ) : null}
      {script.length && ctx ? (
        <section className="deck-script">
          <h3>{t.script}</h3>
          {script.map((c, i) => (
            <DeckMdx key={i} source={c} ctx={ctx} />
          ))}
        </section>
      ) : null}
    </aside>
  );
}

export function Deck({
  deck,
  locale,
  title,
  chapters,
  autostart,
}: {
  deck: DeckModel;
  locale: Locale;
  title: string;
  chapters: DeckChapter[];
  autostart: boolean;
}) {
  const dict = getDictionary(locale);
  const t = dict.present;
  const reg = registry();
  // Citation numbers link to the deck's own list of sources (after the cards), so they must be one series
  // per page: a chapter deck numbers its chapter's sources as the chapter page does; the whole story
  // numbers every chapter's in one run. One id space per page.
  const inDeck = chapters.filter((c) => deck.slides.some((s) => s.chapter?.slug === c.slug));
  const storyNotes = deck.id === "story" ? collectNotes(inDeck.map((c) => c.body).join("\n\n"), reg) : null;
  const contexts = new Map<string, DeckContext>(
    inDeck.map((c) => [c.slug, deckContext(locale, storyNotes ?? collectNotes(c.body, reg), `${deck.id}-${c.slug}`)]),
  );
  const deckNotes = storyNotes ?? contexts.get(deck.id)?.notes ?? null;
  const total = deck.slides.length;
  const shape = deck.slides.map(stepCount);
  const titles = deck.slides.map((s) => s.title);
  const budgets = deck.slides.map(slideSeconds);
  const follow = deck.slides.map((s) => withBase(followPath(s, locale)));
  const following = deck.id === "story" ? undefined : chapters[chapters.findIndex((c) => c.slug === deck.id) + 1];
  const nextDeck = following ? withBase(localePath(locale, `/present/${following.slug}/`)) : undefined;
  const nextChapter = (slide: DeckSlide) => {
    if (deck.id === "story" || !slide.chapter) return undefined;
    const i = chapters.findIndex((c) => c.slug === slide.chapter!.slug);
    const n = chapters[i + 1];
    return n ? { chapter: n, path: localePath(locale, `/present/${n.slug}/`) } : undefined;
  };

  return (
    <div
      id="deck"
      className="deck"
      data-deck={deck.id}
      data-locale={locale}
      data-autostart={autostart ? "" : undefined}
      role="region"
      aria-roledescription={t.deckRole}
      aria-label={fill(t.deckLabel, { title })}
      tabIndex={-1}
      // The speaker view labels its two slides from these (CSS content strings, quoted by JSON).
      style={{ ["--deck-label-now" as string]: JSON.stringify(t.current), ["--deck-label-next" as string]: JSON.stringify(t.upNext) }}
    >
      <DeckEarlyScript />
      <div className="deck-progress needs-js" aria-hidden="true">
        <span />
      </div>
      <div className="deck-slides">
        {deck.slides.map((slide, i) => {
          const ctx = slide.chapter ? (contexts.get(slide.chapter.slug) ?? null) : null;
          const kicker = {
            siteTitle: dict.siteTitle,
            tagline: dict.siteTagline,
            span: dict.span,
            chapter: slide.chapter ? chapterName(slide.chapter) : "",
          };
          const steps = slide.kind === "chart" && slide.steps.length > 1 ? slide.steps : [];
          return (
            <div
              key={i}
              className="deck-item"
              role="group"
              aria-roledescription={t.slideRole}
              aria-label={fill(t.slideLabel, { n: i + 1, total, title: slide.title })}
              data-slide={i}
              data-kind={slide.kind}
              data-steps={stepCount(slide)}
            >
              <div className="deck-slide" data-kind={slide.kind}>
                <div className="deck-frame">
                  <SlideContent slide={slide} locale={locale} t={t} kicker={kicker} ctx={ctx} next={nextChapter(slide)} />
                </div>
                <span className="deck-number" aria-hidden="true">
                  {i + 1}
                </span>
              </div>
              {steps.length && ctx ? (
                <div className="deck-steps">
                  <p className="deck-steps-heading">{t.steps}</p>
                  <ol>
                    {steps.map((source, k) => (
                      <li key={k}>
                        <DeckMdx source={source} ctx={ctx} />
                      </li>
                    ))}
                  </ol>
                </div>
              ) : null}
              <Notes slide={slide} ctx={ctx} t={t} />
              <div className="deck-lines" aria-hidden="true" />
            </div>
          );
        })}
      </div>
      {deckNotes ? (
        <div className="deck-sources">
          <NotesList locale={locale} notes={deckNotes} heading={t.deckSources} />
        </div>
      ) : null}
      <DeckControls t={t} total={total} />
      <DeckBootScript />
      <DeckController deckId={deck.id} locale={locale} shape={shape} titles={titles} budgets={budgets} strings={t} follow={follow} nextDeck={nextDeck} />
      <OfflineRegistration labels={{ update: getDictionary(locale).teach.offline.update, reload: getDictionary(locale).teach.offline.reload }} />
    </div>
  );
}
