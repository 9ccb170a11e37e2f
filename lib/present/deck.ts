// A deck is an ordered list of slides built from one chapter (or all of them, for the whole story): a
// title slide, the chapter's own slides (lib/present/split.ts), and a closing slide with the QR code.
// It also budgets time per slide, which drives the estimated duration and the speaker view's pacing.
import { splitChapter, type SlideNotes, type SourceSlide } from "@/lib/present/split";

export type DeckChapter = { slug: string; number: number; title: string; short?: string; years: string; summary: string; body: string };

export type DeckSlide =
  | { kind: "cover"; chapter: null; title: string; notes: SlideNotes }
  | { kind: "title"; chapter: DeckChapter; title: string; notes: SlideNotes }
  | (SourceSlide & { chapter: DeckChapter })
  | { kind: "end"; chapter: DeckChapter | null; title: string; notes: SlideNotes };

export type Deck = { id: string; slides: DeckSlide[] };

/** How many states a slide steps through: a scrolly chart's steps, otherwise one. */
export const stepCount = (slide: DeckSlide): number => (slide.kind === "chart" && slide.steps.length > 1 ? slide.steps.length : 1);

/**
 * Seconds a presenter spends on a slide: a minute for a slide of the story, half a minute more for each
 * further chart step, and half a minute for a title or closing slide.
 */
export function slideSeconds(slide: DeckSlide): number {
  if (slide.kind === "cover" || slide.kind === "title" || slide.kind === "end") return 30;
  return 60 + 30 * (stepCount(slide) - 1);
}

/** The whole deck's budget in minutes, rounded up. */
export const deckMinutes = (deck: Deck): number => Math.ceil(deck.slides.reduce((s, x) => s + slideSeconds(x), 0) / 60);

const chapterSlides = (chapter: DeckChapter): DeckSlide[] => {
  const { intro, slides } = splitChapter(chapter.body);
  return [{ kind: "title", chapter, title: chapter.title, notes: intro }, ...slides.map((s) => ({ ...s, chapter }))];
};

const noNotes = (): SlideNotes => ({ cues: [], script: [] });

/** One chapter's deck: its title slide, its slides, and a closing slide that sends students to the text. */
export function chapterDeck(chapter: DeckChapter): Deck {
  return { id: chapter.slug, slides: [...chapterSlides(chapter), { kind: "end", chapter, title: chapter.title, notes: noNotes() }] };
}

/** The whole story: a cover, every chapter's slides in order (each opened by its title slide), and a close. */
export function storyDeck(title: string, chapters: DeckChapter[]): Deck {
  return {
    id: "story",
    slides: [{ kind: "cover", chapter: null, title, notes: noNotes() }, ...chapters.flatMap(chapterSlides), { kind: "end", chapter: null, title, notes: noNotes() }],
  };
}
