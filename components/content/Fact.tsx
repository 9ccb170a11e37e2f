// A registered figure in prose: formatted for the locale, linked to its note, with a popover citation.
import { getFigure, getSource, publisherName } from "@/lib/data/registry";
import { formatFigure } from "@/lib/data/format";
import { isChinese, localePath, type Locale } from "@/lib/i18n";
import { withBase } from "@/lib/paths";
import { getDictionary } from "@/lib/ui";
import { toHant, toHantChars } from "@/lib/content/hant";
import type { Notes } from "@/lib/content/citations";
import type { Localized } from "@/lib/data/schema";

export type FactContext = { locale: Locale; notes: Notes; nextId: () => string };

/** Picks the locale's text from a bilingual value; Traditional is derived from Simplified. */
export function localize(value: Localized | string | undefined, locale: Locale): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  if (locale === "en") return value.en;
  return locale === "zh-hant" ? toHant(value["zh-hans"]) : value["zh-hans"];
}

/** Rough width in Latin characters (a CJK character counts two): short figures are kept on one line. */
const displayWidth = (s: string) => [...s].reduce((w, ch) => w + (/[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? 2 : 1), 0);

/** Titles and publishers are quoted as published; on Traditional pages only their characters change. */
export const quoted = (text: string, locale: Locale) => (locale === "zh-hant" ? toHantChars(text) : text);

export function figureText(id: string, locale: Locale): string {
  const figure = getFigure(id);
  const v = figure.value;
  if (typeof v === "object" && "en" in v) return localize(v, locale)!;
  return formatFigure(v, figure.unit, locale);
}

/** Superscript note numbers for a figure's sources; the first describes itself with the popover. */
function NoteRefs({ sources, ctx, describedBy }: { sources: string[]; ctx: FactContext; describedBy: string }) {
  const label = getDictionary(ctx.locale).fact.source;
  return (
    <sup>
      {sources.map((sourceId, i) => {
        const n = ctx.notes.number(sourceId);
        return (
          <span key={sourceId}>
            {i > 0 ? "," : ""}
            <a href={`#note-${n}`} aria-describedby={i === 0 ? describedBy : undefined} aria-label={`${label} ${n}`}>
              {n}
            </a>
          </span>
        );
      })}
    </sup>
  );
}

export function Fact({ id, ctx }: { id: string; ctx: FactContext }) {
  const { locale } = ctx;
  const t = getDictionary(locale);
  const figure = getFigure(id);
  const text = figureText(id, locale);
  const popId = ctx.nextId();
  const note = localize(figure.note, locale);
  const noteIsEnglishOnly = typeof figure.note === "string" && isChinese(locale);
  return (
    <span className={`fact fact-${figure.confidence}${displayWidth(text) <= 24 ? " fact-short" : ""}`} data-fact={id}>
      <span className="fact-value">{text}</span>
      <NoteRefs sources={figure.source} ctx={ctx} describedBy={popId} />
      <span role="tooltip" id={popId} className="fact-pop">
        {figure.source.map((sourceId) => {
          const s = getSource(sourceId);
          return (
            <span key={sourceId} className="block">
              <strong>{t.fact.source}:</strong> {publisherName(s, locale)}
              {s.date ? `, ${s.date}` : ""}. <cite>{quoted(s.title, locale)}</cite>
            </span>
          );
        })}
        {note ? (
          <span className="mt-1 block" lang={noteIsEnglishOnly ? "en" : undefined}>
            <strong>{t.fact.note}:</strong> {note}
          </span>
        ) : null}
        <span className="mt-1 block text-muted">{t.fact.confidence[figure.confidence]}</span>
      </span>
    </span>
  );
}

/** The chapter's numbered notes: one per source, each linking to the bibliography. Works without JS. */
export function NotesList({ locale, notes, heading }: { locale: Locale; notes: Notes; heading: string }) {
  if (!notes.order.length) return null;
  return (
    <section aria-labelledby="notes-heading" className="notes mt-12 border-t border-rule pt-6 font-sans text-sm">
      <h2 id="notes-heading" className="mb-3 text-lg font-semibold">
        {heading}
      </h2>
      <ol className="list-decimal space-y-2 pl-6">
        {notes.order.map((sourceId, i) => {
          const s = getSource(sourceId);
          return (
            <li key={sourceId} id={`note-${i + 1}`} className="target:bg-accent/10 scroll-mt-20">
              {s.author ? `${quoted(s.author, locale)}. ` : ""}
              <cite>{quoted(s.title, locale)}</cite>. {publisherName(s, locale)}
              {s.date ? `, ${s.date}` : ""}.{" "}
              {s.url ? (
                <a href={s.url} rel="noopener noreferrer" data-verbatim="">
                  {new URL(s.url).hostname}
                </a>
              ) : null}{" "}
              <a href={withBase(`${localePath(locale, "/sources/")}#source-${s.id}`)} aria-label={`${getDictionary(locale).sources.title}: ${quoted(s.title, locale)}`}>↗</a>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** A ratio of two registered figures, e.g. peak orders in 2020 over 2009: "1,458×" / "1458倍", citing both. */
/** The ratio of two registered figures, as "× times" or (unit="percent", "12 of 32" → 37.5%) a share. */
export function Ratio({ of, over, digits = 0, unit = "times", ctx }: { of: string; over: string; digits?: number; unit?: "times" | "percent"; ctx: FactContext }) {
  const a = getFigure(of);
  const b = getFigure(over);
  if (typeof a.value !== "number" || typeof b.value !== "number") throw new Error(`<Ratio of="${of}" over="${over}"/>: both figures must be numbers`);
  const scale = unit === "percent" ? 100 : 1;
  const ratio = Math.round((a.value / b.value) * scale * 10 ** digits) / 10 ** digits;
  const popId = ctx.nextId();
  const sources = [...new Set([...a.source, ...b.source])];
  return (
    <span className="fact fact-derived fact-short" data-ratio={`${of}/${over}`}>
      <span className="fact-value">{formatFigure(ratio, unit, ctx.locale)}</span>
      <NoteRefs sources={sources} ctx={ctx} describedBy={popId} />
      <span role="tooltip" id={popId} className="fact-pop">
        {figureText(of, ctx.locale)} ÷ {figureText(over, ctx.locale)}
      </span>
    </span>
  );
}
