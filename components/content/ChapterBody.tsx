// Compiles a chapter's MDX at build time and renders it with our components. No MDX ships to the browser.
import { evaluate } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import rehypeSlug from "rehype-slug";
import remarkCjkFriendly from "remark-cjk-friendly";
import type { MDXComponents } from "mdx/types";
import type { Chapter } from "@/lib/content/chapters";
import { registry } from "@/lib/data/registry";
import { collectNotes, type Notes } from "@/lib/content/citations";
import { isChinese, type Locale } from "@/lib/i18n";
import { Fact, NotesList, type FactContext } from "@/components/content/Fact";
import { charts, isChartId } from "@/components/charts/registry";
import { getDictionary } from "@/lib/ui";

function mdxComponents(ctx: FactContext): MDXComponents {
  return {
    Fact: ({ id }: { id: string }) => <Fact id={id} ctx={ctx} />,
    Chart: ({ id }: { id: string }) => {
      if (!isChartId(id)) throw new Error(`<Chart id="${id}"/>: no such chart (see components/charts/registry.tsx)`);
      const Component = charts[id];
      return (
        <div className="breakout">
          <Component locale={ctx.locale} />
        </div>
      );
    },
  };
}

export async function ChapterBody({ chapter, locale }: { chapter: Chapter; locale: Locale }) {
  const notes: Notes = collectNotes(chapter.body, registry());
  let counter = 0;
  const ctx: FactContext = { locale, notes, nextId: () => `fact-${++counter}` };
  const { default: Content } = await evaluate(chapter.body, {
    ...runtime,
    remarkPlugins: isChinese(locale) ? [remarkCjkFriendly] : [],
    rehypePlugins: [rehypeSlug],
  });
  return (
    <>
      <div className="prose-body">
        <Content components={mdxComponents(ctx)} />
      </div>
      <div className="prose-body">
        <NotesList locale={locale} notes={notes} heading={getDictionary(locale).chapter.notes} />
      </div>
    </>
  );
}
