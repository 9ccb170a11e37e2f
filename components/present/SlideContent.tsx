// What each kind of slide shows on its 16:9 stage: the story's cover, a chapter's title, a section's
// heading and lede, a hand-made <Slide>, a full-stage chart with its steps as fragments, and the closing
// slide that sends students to the text. Server-rendered; DeckController only switches attributes.
import type { ReactNode } from "react";
import type { DeckSlide } from "@/lib/present/deck";
import type { Dictionary } from "@/lib/ui";
import { fill } from "@/lib/fill";
import { chapterName, type Nameable } from "@/lib/content/chapter-name";
import { NamedChapter } from "@/components/content/NamedChapter";
import { localePath, type Locale } from "@/lib/i18n";
import { absoluteUrl, withBase } from "@/lib/paths";
import { charts, isChartId } from "@/components/charts/registry";
import { definitionOf } from "@/components/charts/definitions";
import { Figure } from "@/components/charts/shared/Figure";
import { DeckMdx, type DeckContext } from "@/components/present/DeckMdx";
import { Qr } from "@/components/present/Qr";

type T = Dictionary["present"];

/** Where students read along: the chapter, or the story's cover for the whole-story deck. */
export const readingPath = (locale: Locale, slide: DeckSlide) => localePath(locale, slide.chapter ? `/${slide.chapter.slug}/` : "/");

/**
 * The QR code beside the reading address. Drawn here for the site's configured address (what a reader
 * without JavaScript gets); the deck redraws it in the browser for the address it is really served from
 * (components/present/follow.ts), from data-follow-path, unless that is the address in data-follow-url.
 */
function FollowAlong({ locale, slide, t, prompt, large }: { locale: Locale; slide: DeckSlide; t: T; prompt: string; large?: boolean }) {
  const path = readingPath(locale, slide);
  const url = absoluteUrl(path);
  return (
    <div className={`deck-follow${large ? " deck-follow-large" : ""}`} data-follow-path={withBase(path)} data-follow-url={url}>
      <Qr url={url} label={fill(t.qrLabel, { url })} />
      <div>
        <p className="deck-follow-title">{t.followAlong}</p>
        <p>{prompt}</p>
        <p>
          <a href={withBase(path)} className="deck-url" data-verbatim="">
            {url.replace(/^https?:\/\//, "")}
          </a>
        </p>
      </div>
    </div>
  );
}

export async function SlideContent({
  slide,
  locale,
  t,
  kicker,
  ctx,
  next,
}: {
  slide: DeckSlide;
  locale: Locale;
  t: T;
  kicker: { siteTitle: string; tagline: string; span: string; chapter: string };
  ctx: DeckContext | null;
  /** The following chapter, for a chapter deck's closing slide. */
  next?: { chapter: Nameable; path: string };
}): Promise<ReactNode> {
  switch (slide.kind) {
    case "cover":
      return (
        <div className="deck-titlepage">
          <p className="deck-kicker">{kicker.span}</p>
          <h2 className="deck-title">{slide.title}</h2>
          <p className="deck-summary">{kicker.tagline}</p>
          <FollowAlong locale={locale} slide={slide} t={t} prompt={t.scanToReadStory} />
        </div>
      );
    case "title":
      return (
        <div className="deck-titlepage">
          <p className="deck-kicker">
            {chapterName(slide.chapter)} · {slide.chapter.years}
          </p>
          <h2 className="deck-title">{slide.title}</h2>
          <p className="deck-summary">{slide.chapter.summary}</p>
          <FollowAlong locale={locale} slide={slide} t={t} prompt={t.scanToRead} />
        </div>
      );
    case "end":
      return (
        <div className="deck-endpage">
          <p className="deck-kicker">{slide.title}</p>
          <h2 className="deck-heading">{t.endTitle}</h2>
          <p className="deck-summary">{t.endBody}</p>
          <FollowAlong locale={locale} slide={slide} t={t} prompt={slide.chapter ? t.scanToRead : t.scanToReadStory} large />
          {next ? (
            <p className="deck-next">
              <a href={withBase(next.path)} data-deck-next-chapter="">
                <NamedChapter template={t.nextChapter} chapter={next.chapter} /> →
              </a>
            </p>
          ) : null}
        </div>
      );
    case "section":
      return (
        <div className="deck-section">
          <p className="deck-kicker">{kicker.chapter}</p>
          <h2 className="deck-heading">{slide.title}</h2>
          {slide.lede && ctx ? (
            <div className="deck-lede" data-length={slide.lede.length > 420 ? "long" : "short"}>
              <DeckMdx source={slide.lede} ctx={ctx} />
            </div>
          ) : null}
        </div>
      );
    case "slide":
      return (
        <div className="deck-section deck-handmade">
          <p className="deck-kicker">{kicker.chapter}</p>
          <h2 className="deck-heading">{slide.title}</h2>
          <div className="deck-lede">{ctx ? <DeckMdx source={slide.body} ctx={ctx} /> : null}</div>
        </div>
      );
    case "chart": {
      if (!isChartId(slide.chart) || !ctx) return null;
      const Chart = charts[slide.chart];
      const steps = Math.max(slide.steps.length, 1);
      const fixed = slide.steps.length > 1 ? null : slide.steps.length === 1 ? 0 : slide.step;
      const def = definitionOf(slide.chart);
      if (def) {
        // One figure laid out for the slide frame; its steps are states the deck moves between.
        const stepList = steps > 1 ? Array.from({ length: steps }, (_, k) => k) : fixed == null ? undefined : [fixed];
        // The step captions run under the plot, inside it, like subtitles: the plot keeps the slide's width.
        const captions =
          steps > 1 ? (
            <ol className="deck-caption">
              {slide.steps.map((source, k) => (
                <li key={k} className="deck-caption-step" data-step-caption={k}>
                  <p className="deck-caption-count">{fill(t.stepLabel, { n: k + 1, total: steps })}</p>
                  <DeckMdx source={source} ctx={ctx} />
                </li>
              ))}
            </ol>
          ) : null;
        return (
          <div
            className="deck-chart deck-chart-live"
            data-chart-slide={slide.chart}
            data-steps={steps}
            data-active-step={steps - 1}
            data-captions={steps > 1 ? "" : undefined}
          >
            <h2 className="sr-only">{slide.title}</h2>
            <div className="deck-chart-figures">
              {/* The slide frame on the stage; the pocket frame (a phone column at the phone view's 14 px) for the
                  phone view (deck.css picks). */}
              <Figure def={def} locale={locale} uid={ctx.nextUid(slide.chart)} steps={stepList} frames={["slide", "pocket"]} extra={captions} />
            </div>
          </div>
        );
      }
      return (
        <div className="deck-chart" data-chart-slide={slide.chart} data-steps={steps} data-active-step={steps - 1} data-captions={steps > 1 ? "" : undefined}>
          <h2 className="sr-only">{slide.title}</h2>
          <div className="deck-chart-figures">
            {Array.from({ length: steps }, (_, k) => (
              <div key={k} className="deck-step-figure" data-step-figure={k} data-final={k === steps - 1 ? "" : undefined}>
                <Chart locale={locale} step={fixed ?? (steps > 1 ? k : undefined)} uid={ctx.nextUid(slide.chart)} />
              </div>
            ))}
          </div>
          {steps > 1 ? (
            <div className="deck-caption">
              {slide.steps.map((source, k) => (
                <div key={k} className="deck-caption-step" data-step-caption={k}>
                  <p className="deck-caption-count">{fill(t.stepLabel, { n: k + 1, total: steps })}</p>
                  <DeckMdx source={source} ctx={ctx} />
                </div>
              ))}
            </div>
          ) : null}
        </div>
      );
    }
  }
}
