// The cover's main link: "Start reading" by default; "Continue reading: …" once the reader has a saved
// position in this locale's chapters (kept by reading.ts). It swaps its own text: nothing moves.
import type { Attach } from "@/components/islands/attach";
import { READING_KEY, type ReadingPosition } from "@/components/islands/reading";

export type ContinueProps = {
  /** The locale's home with the base path, e.g. "/en/". */
  base: string;
  chapters: { slug: string; title: string }[];
  /** "Continue reading: {title}". */
  label: string;
};

export const attachContinue: Attach<ContinueProps> = (el, { base, chapters, label }) => {
  try {
    const saved = JSON.parse(localStorage.getItem(READING_KEY) ?? "null") as ReadingPosition | null;
    const chapter = saved && chapters.find((c) => c.slug === saved.slug);
    if (!chapter || !(saved.fraction > 0.02)) return;
    el.setAttribute("href", `${base}${chapter.slug}/#continue`);
    el.setAttribute("data-continue", "");
    el.textContent = label.replace("{title}", chapter.title);
  } catch {}
};
