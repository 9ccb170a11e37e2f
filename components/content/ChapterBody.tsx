// Compiles a chapter's MDX at build time and renders it with our components. No MDX ships to the browser.
import { evaluate } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import rehypeSlug from "rehype-slug";
import remarkCjkFriendly from "remark-cjk-friendly";
import type { ReactNode } from "react";
import type { MDXComponents } from "mdx/types";
import type { Chapter } from "@/lib/content/chapters";
import { registry } from "@/lib/data/registry";
import { collectNotes, type Notes } from "@/lib/content/citations";
import { isChinese, type Locale } from "@/lib/i18n";
import { Fact, NotesList, Ratio, type FactContext } from "@/components/content/Fact";
import { charts, isChartId, plannedCharts } from "@/components/charts/registry";
import { Correction, HowWeKnow, HowWeKnowSources, sourceList } from "@/components/content/Correction";
import { LetterRoute } from "@/components/content/LetterRoute";
import { EventAnchor, Slide, SpeakerNotes } from "@/components/content/StoryBlocks";
import { Scrolly, Step } from "@/components/content/Scrolly";
import { definitionOf } from "@/components/charts/definitions";
import { Figure, FigureDetails } from "@/components/charts/shared/Figure";
import { getDictionary } from "@/lib/ui";
import { ColdOpen } from "@/components/coldopen/ColdOpen";

function chartElement(id: string, ctx: FactContext, step?: number, uid?: string) {
  if (!isChartId(id)) {
    if ((plannedCharts as readonly string[]).includes(id)) return null;
    throw new Error(`<Chart id="${id}"/>: no such chart (see components/charts/registry.tsx)`);
  }
  const Component = charts[id];
  return <Component locale={ctx.locale} step={step} uid={uid} />;
}

export function mdxComponents(ctx: FactContext): MDXComponents {
  let instances = 0;
  return {
    Fact: ({ id }: { id: string }) => <Fact id={id} ctx={ctx} />,
    Ratio: ({ of, over, digits, unit }: { of: string; over: string; digits?: number; unit?: "times" | "percent" }) => (
      <Ratio of={of} over={over} digits={digits} unit={unit} ctx={ctx} />
    ),
    // Charts are read, not searched: their tables and labels stay out of the search index and its snippets.
    Chart: ({ id, step }: { id: string; step?: number }) => {
      const element = chartElement(id, ctx, step, `${id}-${++instances}`);
      return element ? (
        <div className="breakout" data-pagefind-ignore="">
          {element}
        </div>
      ) : null;
    },
    Scrolly: ({ chart, children }: { chart: string; children?: ReactNode }) => {
      const n = ++instances;
      const def = definitionOf(chart);
      return (
        <Scrolly
          chart={chart}
          renderChart={(k) => chartElement(chart, ctx, k, `${chart}-${n}-s${k}`)}
          renderLive={
            def
              ? (steps) => ({
                  figure: (
                    <div data-pagefind-ignore="">
                      <Figure def={def} locale={ctx.locale} uid={`${chart}-${n}`} steps={steps} detached />
                    </div>
                  ),
                  details: (
                    <div data-pagefind-ignore="">
                      <FigureDetails def={def} locale={ctx.locale} uid={`${chart}-${n}`} steps={steps} compact />
                    </div>
                  ),
                })
              : undefined
          }
        >
          {children}
        </Scrolly>
      );
    },
    Step,
    Correction: ({ id, open }: { id: string; open?: boolean }) => <Correction id={id} locale={ctx.locale} notes={ctx.notes} open={open} ctx={ctx} />,
    // A caveat that is not a correction (the letter only the article tells), in the same folded box.
    HowWeKnow: ({ id, title, open, source, children }: { id: string; title: string; open?: boolean; source: string; children?: ReactNode }) => (
      <HowWeKnow id={id} title={title} open={open} locale={ctx.locale}>
        {children}
        <HowWeKnowSources sources={sourceList(source)} anchor={id} locale={ctx.locale} notes={ctx.notes} ctx={ctx} />
      </HowWeKnow>
    ),
    LetterRoute: () => <LetterRoute locale={ctx.locale} />,
    Event: ({ id }: { id: string }) => <EventAnchor id={id} />,
    Notes: SpeakerNotes,
    Slide,
    ColdOpen: () => <ColdOpen locale={ctx.locale} uid={`cold-open-${++instances}`} />,
  };
}

/** `end` renders where the story ends, before the notes (the chapter page's "Next: {title}" teaser). */
export async function ChapterBody({ chapter, locale, end }: { chapter: Chapter; locale: Locale; end?: ReactNode }) {
  const notes: Notes = collectNotes(chapter.body, registry());
  let counter = 0;
  // Filled while the text renders (before the notes list, which renders after it): each note's back link.
  const firstMarker = new Map<number, string>();
  const ctx: FactContext = { locale, notes, nextId: () => `fact-${++counter}`, firstMarker };
  const { default: Content } = await evaluate(chapter.body, {
    ...runtime,
    remarkPlugins: isChinese(locale) ? [remarkCjkFriendly] : [],
    rehypePlugins: [rehypeSlug],
  });
  // A chapter that opens on its cold open has it drawn above its title by the page; the MDX keeps its place for the deck.
  const components = { ...mdxComponents(ctx), ...(chapter.opening === "cold-open" ? { ColdOpen: () => null } : {}) };
  return (
    <>
      <div className="prose-body">
        <Content components={components} />
      </div>
      {end}
      <div className="prose-body">
        <NotesList locale={locale} notes={notes} heading={getDictionary(locale).chapter.notes} firstMarker={firstMarker} />
      </div>
    </>
  );
}
