// A deck is an ordered list of slides built from one chapter (or all of them, for the whole story): a
// title slide, the chapter's own slides (lib/present/split.ts), and a closing slide with the QR code.
// It also budgets time per slide, which drives the estimated duration and the speaker view's pacing.
import GithubSlugger from "github-slugger";
import { splitChapter, type SlideNotes, type SourceSlide } from "@/lib/present/split";

export type DeckChapter = { slug: string; number: number; title: string; short?: string; years: string; summary: string; body: string };

export type DeckSlide =
  | { kind: "cover"; chapter: null; title: string; notes: SlideNotes; anchor?: undefined }
  | { kind: "title"; chapter: DeckChapter; title: string; notes: SlideNotes; anchor?: undefined }
  | (SourceSlide & { chapter: DeckChapter /** The id of its section's heading on the chapter page. */; anchor?: string })
  | { kind: "end"; chapter: DeckChapter | null; title: string; notes: SlideNotes; anchor?: undefined };

/**
 * The ids the chapter page gives its `##` headings, in order: rehype-slug's, which number repeats across
 * `##` and `###` alike (lib/content/chapters.ts extractHeadings does the same).
 */
export function sectionIds(body: string): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  for (const line of body.replace(/```[\s\S]*?```/g, "").split("\n")) {
    const m = /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const id = slugger.slug(m[2]!.replace(/[*_`]/g, ""));
    if (m[1] === "##") ids.push(id);
  }
  return ids;
}

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
  const ids = sectionIds(chapter.body);
  return [
    { kind: "title", chapter, title: chapter.title, notes: intro },
    ...slides.map((s): DeckSlide => ({ ...s, chapter, anchor: s.section === undefined ? undefined : ids[s.section] })),
  ];
};

/** Where a slide's words live on the site: its chapter (at its section), or the story's cover. */
export const followPath = (slide: DeckSlide, locale: string): string =>
  slide.chapter ? `/${locale}/${slide.chapter.slug}/${slide.anchor ? `#${slide.anchor}` : ""}` : `/${locale}/`;

const noNotes = (): SlideNotes => ({ cues: [], script: [] });

/** One chapter's deck: its title slide, its slides, and a closing slide that sends students to the text. */
export function chapterDeck(chapter: DeckChapter): Deck {
  return { id: chapter.slug, slides: [...chapterSlides(chapter), { kind: "end", chapter, title: chapter.title, notes: noNotes() }] };
}

/** The whole story: a cover, every chapter's slides in order (each opened by its title slide), and a close. */
export function storyDeck(title: string, chapters: DeckChapter[]): Deck {
  return {
    id: "story",
    slides: [
      { kind: "cover", chapter: null, title, notes: noNotes() },
      ...chapters.flatMap(chapterSlides),
      { kind: "end", chapter: null, title, notes: noNotes() },
    ],
  };
}
