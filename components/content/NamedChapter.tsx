// A chapter named inside a line of copy ("Read it in {chapter}", "Next chapter: {chapter}"): the one name
// chapterName() gives it everywhere ("1 · Prologue"), marked data-chapter-name as the header marks it.
import { around } from "@/lib/fill";
import { chapterName, type Nameable } from "@/lib/content/chapter-name";

export function NamedChapter({ template, chapter }: { template: string; chapter: Nameable }) {
  const [before, after] = around(template, "chapter");
  return (
    <>
      {before}
      <span data-chapter-name="">{chapterName(chapter)}</span>
      {after}
    </>
  );
}
