// Compiles slices of a chapter's MDX (a lede, a step caption, a speaker note) with the deck's component
// map, at build time like ChapterBody, so the deck never holds a copy of the chapter's words.
// Facts and corrections are the chapter's own components; event anchors belong to the reading view and
// render nothing here; <Notes> and <Slide> are handled by the splitter (lib/present/split.ts).
import { evaluate } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import remarkCjkFriendly from "remark-cjk-friendly";
import type { ReactNode } from "react";
import type { MDXComponents } from "mdx/types";
import { isChinese, type Locale } from "@/lib/i18n";
import { Fact, Ratio, type FactContext } from "@/components/content/Fact";
import { Correction, HowWeKnow, HowWeKnowSources, sourceList } from "@/components/content/Correction";
import { charts, isChartId } from "@/components/charts/registry";
import { ColdOpen } from "@/components/coldopen/ColdOpen";

/** One per deck page: numbers popovers and chart instances so every element id on the page is unique. */
export type DeckContext = FactContext & { nextUid: (chart: string) => string };

function components(ctx: DeckContext): MDXComponents {
  const chart = (id: string, step?: number) => {
    if (!isChartId(id)) return null;
    const Component = charts[id];
    return <Component locale={ctx.locale} step={step} uid={ctx.nextUid(id)} />;
  };
  return {
    Fact: ({ id }: { id: string }) => <Fact id={id} ctx={ctx} />,
    Ratio: ({ of, over, digits }: { of: string; over: string; digits?: number }) => <Ratio of={of} over={over} digits={digits} ctx={ctx} />,
    Correction: ({ id }: { id: string }) => <Correction id={id} locale={ctx.locale} notes={ctx.notes} />,
    HowWeKnow: ({ id, title, source, children }: { id: string; title: string; source: string; children?: ReactNode }) => (
      <HowWeKnow id={id} title={title} locale={ctx.locale}>
        {children}
        <HowWeKnowSources sources={sourceList(source)} anchor={id} locale={ctx.locale} notes={ctx.notes} />
      </HowWeKnow>
    ),
    // The letter's route belongs to the reading view; the deck tells the scene aloud.
    LetterRoute: () => null,
    // Inside a hand-made <Slide>, a chart is drawn at its step (or its final state for a scrolly).
    Chart: ({ id, step }: { id: string; step?: number }) => <div className="deck-inline-chart">{chart(id, step)}</div>,
    Scrolly: ({ chart: id, children }: { chart: string; children?: ReactNode }) => {
      const steps = Array.isArray(children) ? children.filter(Boolean).length : 1;
      return <div className="deck-inline-chart">{chart(id, Math.max(0, steps - 1))}</div>;
    },
    Step: () => null,
    Event: () => null,
    Notes: () => null,
    Slide: ({ children }: { children?: ReactNode }) => <>{children}</>,
    ColdOpen: () => (
      <div className="deck-inline-chart">
        <ColdOpen locale={ctx.locale} uid={ctx.nextUid("cold-open")} deck />
      </div>
    ),
  };
}

/** Renders one MDX slice; an empty slice renders nothing. */
export async function DeckMdx({ source, ctx }: { source: string; ctx: DeckContext }) {
  if (!source.trim()) return null;
  const { default: Content } = await evaluate(source, { ...runtime, remarkPlugins: isChinese(ctx.locale) ? [remarkCjkFriendly] : [] });
  return <Content components={components(ctx)} />;
}

export function deckContext(locale: Locale, notes: FactContext["notes"], prefix: string): DeckContext {
  let facts = 0;
  let uids = 0;
  return { locale, notes, nextId: () => `${prefix}-fact-${++facts}`, nextUid: (chart) => `${prefix}-${chart}-${++uids}` };
}
