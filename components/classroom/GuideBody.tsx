// Loads and renders the teacher's guide: content/teach/{en,zh-hans}.mdx with YAML front matter (Traditional
// derived with OpenCC, like the chapters), compiled at build with the chapters' MDX components plus the
// guide's own blocks. Citations are numbered the chapters' way and listed as notes at the end.
import fs from "node:fs";
import path from "node:path";
import { evaluate } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import rehypeSlug from "rehype-slug";
import remarkCjkFriendly from "remark-cjk-friendly";
import type { ReactNode } from "react";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { isChinese, type Locale } from "@/lib/i18n";
import { registry } from "@/lib/data/registry";
import { collectNotes } from "@/lib/content/citations";
import { toHant } from "@/lib/content/hant";
import { getDictionary } from "@/lib/ui";
import { NotesList, type FactContext } from "@/components/content/Fact";
import { mdxComponents } from "@/components/content/ChapterBody";
import { Case, ChapterQuestions, ChartAt, DeckList, Keys, Lesson, Question, Questions, RecordTable, Segment } from "@/components/classroom/GuideBlocks";

const frontMatter = z.object({ title: z.string().min(1), summary: z.string().min(1) });
export type Guide = z.output<typeof frontMatter> & { body: string };

/** The guide in a locale; zh-hant is converted from zh-hans. */
export function getGuide(locale: Locale): Guide {
  const file = path.join(process.cwd(), "content", "teach", `${locale === "en" ? "en" : "zh-hans"}.mdx`);
  const raw = fs.readFileSync(file, "utf8");
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
  if (!m) throw new Error(`${file}: front matter (--- title, summary ---) is missing`);
  const parsed = frontMatter.safeParse(parseYaml(m[1]!));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const guide = { ...parsed.data, body: m[2]! };
  return locale === "zh-hant" ? { title: toHant(guide.title), summary: toHant(guide.summary), body: toHant(guide.body) } : guide;
}

export async function GuideBody({ guide, locale }: { guide: Guide; locale: Locale }) {
  const notes = collectNotes(guide.body, registry());
  let counter = 0;
  const ctx: FactContext = { locale, notes, nextId: () => `fact-${++counter}` };
  const { default: Content } = await evaluate(guide.body, {
    ...runtime,
    remarkPlugins: isChinese(locale) ? [remarkCjkFriendly] : [],
    rehypePlugins: [rehypeSlug],
  });
  type Kids = { children?: ReactNode };
  const components = {
    ...mdxComponents(ctx),
    Teacher: ({ children }: Kids) => <div className="teacher-only">{children}</div>,
    Student: ({ children }: Kids) => <div className="student-only">{children}</div>,
    RecordTable: () => <RecordTable locale={locale} />,
    DeckList: () => <DeckList locale={locale} />,
    Keys: () => <Keys locale={locale} />,
    Lesson: ({ children }: Kids) => <Lesson locale={locale}>{children}</Lesson>,
    Segment,
    Questions: ({ children }: Kids) => <Questions locale={locale}>{children}</Questions>,
    Question: ({ lines, children }: Kids & { lines?: number }) => (
      <Question locale={locale} lines={lines}>
        {children}
      </Question>
    ),
    ChapterQuestions: ({ chapter, children }: Kids & { chapter: string }) => (
      <ChapterQuestions locale={locale} chapter={chapter}>
        {children}
      </ChapterQuestions>
    ),
    Case: ({ id, n, children }: Kids & { id: string; n: number }) => (
      <Case locale={locale} id={id} n={n}>
        {children}
      </Case>
    ),
    ChartAt: ({ id, step, uid }: { id: string; step?: number; uid: string }) => <ChartAt locale={locale} id={id} step={step} uid={uid} />,
  };
  return (
    <>
      <div className="prose-body guide-body">
        <Content components={components} />
      </div>
      <div className="prose-body teacher-only">
        <NotesList locale={locale} notes={notes} heading={getDictionary(locale).chapter.notes} />
      </div>
    </>
  );
}
