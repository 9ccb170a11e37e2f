// A registered figure in prose: formatted for the locale, its note markers, and the citation they open in
// place (components/layout/FactPopoverScript.tsx): a popover beside the figure, a sheet at the bottom of a
// phone. The notes list is one tap further, and each note links back to where the reader was.
import type { ReactNode } from "react";
import { getFigure, getSource, publisherName } from "@/lib/data/registry";
import { formatFigure } from "@/lib/data/format";
import { isChinese, localePath, type Locale } from "@/lib/i18n";
import { withBase } from "@/lib/paths";
import { fill, getDictionary } from "@/lib/ui";
import { toHant, toHantChars } from "@/lib/content/hant";
import { forPage, marks } from "@/lib/content/punctuation";
import type { Notes } from "@/lib/content/citations";
import type { Localized } from "@/lib/data/schema";

export type FactContext = {
  locale: Locale;
  notes: Notes;
  nextId: () => string;
  /** The first marker citing each note, by note number: where the note's "back" link goes without JavaScript. */
  firstMarker?: Map<number, string>;
};

/** Picks the locale's text from a bilingual value; Traditional is derived from Simplified. */
export function localize(value: Localized | string | undefined, locale: Locale): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  if (locale === "en") return value.en;
  return locale === "zh-hant" ? toHant(value["zh-hans"]) : value["zh-hans"];
}

/** Rough width in Latin characters (a CJK character counts two): short figures are kept on one line. */
const displayWidth = (s: string) => [...s].reduce((w, ch) => w + (/[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? 2 : 1), 0);

/** Titles and publishers are quoted as published; on Traditional pages only their characters change, and on
 *  Chinese pages their punctuation is set in full width. */
export const quoted = (text: string, locale: Locale) => forPage(locale === "zh-hant" ? toHantChars(text) : text, isChinese(locale));

export function figureText(id: string, locale: Locale): string {
  const figure = getFigure(id);
  const v = figure.value;
  if (typeof v === "object" && "en" in v) return localize(v, locale)!;
  return formatFigure(v, figure.unit, locale);
}

/**
 * Text that ends in note markers. A word joiner (U+2060, invisible) opens the markers, so the last character
 * and the markers never part and a marker never starts a line on its own (in Chinese, where a line may break
 * between any two characters, least of all). The figure stays one element, so it reads as one value.
 */
export function WithMarkers({ text, children, className }: { text: string; children: ReactNode; className?: string }) {
  return (
    <>
      <span className={className}>{text}</span>
      {children}
    </>
  );
}

/** Superscript note numbers; the first describes itself with the citation and opens it. Kept out of the
 *  search index, where the digits would run into the word before them. */
export function NoteMarkers({ sources, ctx, popId }: { sources: string[]; ctx: FactContext; popId: string }) {
  const label = getDictionary(ctx.locale).fact.source;
  return (
    <sup className="note-markers" data-pagefind-ignore="">
      {"\u2060"}
      {sources.map((sourceId, i) => {
        const n = ctx.notes.number(sourceId);
        const id = `${popId}-m${i}`;
        if (ctx.firstMarker && !ctx.firstMarker.has(n)) ctx.firstMarker.set(n, id);
        return (
          <span key={sourceId}>
            {i > 0 ? "," : ""}
            <a id={id} href={`#note-${n}`} data-note-marker={n} aria-expanded="false" aria-label={`${label} ${n}`}>
              {n}
            </a>
          </span>
        );
      })}
    </sup>
  );
}

/** The citation a marker opens: sources, note, how sure we are, and the way on to the notes list. It ships
 *  inert in a <template> (about ten elements a figure, ~45 figures a chapter, kept out of the live DOM) and
 *  FactPopoverScript puts it in place the first time the figure is pointed at, focused or tapped, pointing
 *  the markers' aria-describedby/aria-controls at it then. Search leaves it out (the notes list carries the
 *  citations): it sits inside the sentence, and in the index it would split that sentence in every snippet
 *  and pad the chapter with the same source titles again. */
function Citation({ id, sources, ctx, children }: { id: string; sources: string[]; ctx: FactContext; children?: ReactNode }) {
  const { locale } = ctx;
  const t = getDictionary(locale);
  const p = marks(isChinese(locale));
  const first = ctx.notes.number(sources[0]!);
  return (
    <template data-fact-tpl="" data-pagefind-ignore="">
      <span id={id} className="fact-pop" data-fact-pop="" data-pagefind-ignore="">
        {sources.map((sourceId) => {
          const s = getSource(sourceId);
          return (
            <span key={sourceId} className="block">
              <strong>
                {t.fact.source}
                {p.colon}
              </strong>
              {quoted(publisherName(s, locale), locale)}
              {s.date ? `${p.comma}${s.date}` : ""}
              {p.stop}
              <cite>{quoted(s.title, locale)}</cite>
            </span>
          );
        })}
        {children}
        <span className="fact-pop-foot">
          <a href={`#note-${first}`} data-note-link={first}>
            {fill(t.fact.toNotes, { n: first })}
          </a>
          <button type="button" className="needs-js fact-pop-close" data-fact-close="" aria-label={t.fact.close}>
            ×
          </button>
        </span>
      </span>
    </template>
  );
}

export function Fact({ id, ctx }: { id: string; ctx: FactContext }) {
  const { locale } = ctx;
  const t = getDictionary(locale);
  const p = marks(isChinese(locale));
  const figure = getFigure(id);
  const text = figureText(id, locale);
  const popId = ctx.nextId();
  const note = localize(figure.note, locale);
  const noteIsEnglishOnly = typeof figure.note === "string" && isChinese(locale);
  return (
    <span className={`fact fact-${figure.confidence}${displayWidth(text) <= 24 ? " fact-short" : ""}`} data-fact={id}>
      <WithMarkers text={text} className="fact-value">
        <NoteMarkers sources={figure.source} ctx={ctx} popId={popId} />
      </WithMarkers>
      <Citation id={popId} sources={figure.source} ctx={ctx}>
        {note ? (
          <span className="mt-1 block" lang={noteIsEnglishOnly ? "en" : undefined}>
            <strong>
              {t.fact.note}
              {p.colon}
            </strong>
            {forPage(note, isChinese(locale) && !noteIsEnglishOnly)}
          </span>
        ) : null}
        <span className="mt-1 block text-muted">{t.fact.confidence[figure.confidence]}</span>
      </Citation>
    </span>
  );
}

/** The chapter's numbered notes: one per source, each linking to the bibliography and back to the text. */
export function NotesList({ locale, notes, heading, firstMarker }: { locale: Locale; notes: Notes; heading: string; firstMarker?: Map<number, string> }) {
  if (!notes.order.length) return null;
  const t = getDictionary(locale);
  const p = marks(isChinese(locale));
  return (
    <section aria-labelledby="notes-heading" className="notes mt-12 border-t border-rule pt-6 font-sans text-sm" data-notes="">
      <h2 id="notes-heading" className="mb-3 text-lg font-semibold">
        {heading}
      </h2>
      <ol className="list-decimal space-y-2 pl-6">
        {notes.order.map((sourceId, i) => {
          const s = getSource(sourceId);
          const back = firstMarker?.get(i + 1);
          return (
            <li key={sourceId} id={`note-${i + 1}`} className="note scroll-mt-20">
              {back ? (
                <a href={`#${back}`} className="note-back" data-note-back="" data-pagefind-ignore="" aria-label={fill(t.chapter.backToCitation, { n: i + 1 })}>
                  ↩
                </a>
              ) : null}
              {s.author ? `${quoted(s.author, locale)}${p.stop}` : ""}
              <cite>{quoted(s.title, locale)}</cite>
              {p.stop}
              {quoted(publisherName(s, locale), locale)}
              {s.date ? `${p.comma}${s.date}` : ""}
              {p.stop}
              {s.url ? (
                <a href={s.url} rel="noopener noreferrer" data-verbatim="">
                  {new URL(s.url).hostname}
                </a>
              ) : null}{" "}
              <a
                href={withBase(`${localePath(locale, "/sources/")}#source-${s.id}`)}
                aria-label={`${t.sources.title}${p.colon}${quoted(s.title, locale)}`}
                data-pagefind-ignore=""
              >
                ↗
              </a>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The ratio of two registered figures, as "× times" or (unit="percent", "12 of 32" → 37.5%) a share, citing both. */
export function Ratio({
  of,
  over,
  digits = 0,
  unit = "times",
  ctx,
}: {
  of: string;
  over: string;
  digits?: number;
  unit?: "times" | "percent";
  ctx: FactContext;
}) {
  const a = getFigure(of);
  const b = getFigure(over);
  if (typeof a.value !== "number" || typeof b.value !== "number") throw new Error(`<Ratio of="${of}" over="${over}"/>: both figures must be numbers`);
  const scale = unit === "percent" ? 100 : 1;
  const ratio = Math.round((a.value / b.value) * scale * 10 ** digits) / 10 ** digits;
  const popId = ctx.nextId();
  const sources = [...new Set([...a.source, ...b.source])];
  const t = getDictionary(ctx.locale);
  return (
    <span className="fact fact-derived fact-short" data-ratio={`${of}/${over}`}>
      <WithMarkers text={formatFigure(ratio, unit, ctx.locale)} className="fact-value">
        <NoteMarkers sources={sources} ctx={ctx} popId={popId} />
      </WithMarkers>
      <Citation id={popId} sources={sources} ctx={ctx}>
        <span className="mt-1 block">
          <strong>
            {t.fact.derived}
            {marks(isChinese(ctx.locale)).colon}
          </strong>
          {figureText(of, ctx.locale)} ÷ {figureText(over, ctx.locale)}
        </span>
      </Citation>
    </span>
  );
}
