// Pure, so that client components and the deck can name a chapter without loading the chapter files.
/**
 * A chapter's one name, the same wherever it is named: the header's chapter list, the line above the page's
 * title, the previous/next links, the teaser at the end of the story, the reading bar and the deck: the
 * number and the short name ("2 · To the cloud"), or the title where there is no short name. The title
 * stays the page's headline.
 */
export type Nameable = { number: number; short?: string; title: string };

export function chapterName(c: Nameable): string {
  return `${c.number} · ${c.short ?? c.title}`;
}
