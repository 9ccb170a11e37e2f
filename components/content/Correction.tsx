// "How we know": where the record disagrees with the article (content/data/corrections.json), a compact
// disclosure in the flow of the story. Folded, it is one line: the finding. Open, it gives the article's
// claim, what the record shows and every source by name, each linked to its note (and the note back here). A chapter opens the one or two
// where the correction is the story (<Correction id open/>). The claims are written to say who claims
// them ("The article says…"), so the box adds no label of its own in front of them. <HowWeKnow> is the
// same box for a caveat that is not a correction (the letter that only the article tells).
import type { ReactNode } from "react";
import { registry, getSource, publisherName } from "@/lib/data/registry";
import { isChinese, type Locale } from "@/lib/i18n";
import { getDictionary } from "@/lib/ui";
import type { Notes } from "@/lib/content/citations";
import { marks } from "@/lib/content/punctuation";
import { localize, quoted, type FactContext } from "@/components/content/Fact";

export function HowWeKnow({ id, title, open, locale, children }: { id: string; title: string; open?: boolean; locale: Locale; children: ReactNode }) {
  const t = getDictionary(locale);
  return (
    <details id={id} className="how-we-know not-prose" open={open} data-how-we-know="">
      <summary>
        {/* The same label on every box: left out of the search index, where it would run into the title. */}
        <span className="how-we-know-kicker" data-pagefind-ignore="">
          {t.correction.label}
        </span>
        <span className="how-we-know-title">{title}</span>
      </summary>
      <div className="how-we-know-body">{children}</div>
    </details>
  );
}

export function Correction({ id, locale, notes, open, ctx }: { id: string; locale: Locale; notes: Notes; open?: boolean; ctx?: FactContext }) {
  const c = registry().corrections.find((x) => x.id === id);
  if (!c) throw new Error(`<Correction id="${id}"/>: no such correction in content/data/corrections.json`);
  const t = getDictionary(locale);
  const p = marks(isChinese(locale));
  return (
    <HowWeKnow id={`correction-${c.id}`} title={localize(c.title, locale)!} open={open} locale={locale}>
      <p>{localize(c.claim, locale)}</p>
      <p>
        <strong className="font-semibold">{t.correction.record}</strong>
        {p.space}
        {localize(c.record, locale)}
      </p>
      <HowWeKnowSources sources={c.source} anchor={`correction-${c.id}`} locale={locale} notes={notes} ctx={ctx} />
    </HowWeKnow>
  );
}

/** A box's `source` attribute in MDX: source ids separated by ";" or ",", as <Cite source> takes them. */
export function sourceList(source: string | undefined): string[] {
  const ids = (source ?? "")
    .split(/[;,]/)
    .map((x) => x.trim())
    .filter(Boolean);
  if (!ids.length) throw new Error('<HowWeKnow>: needs source="id;id" (the sources it rests on)');
  return ids;
}

/** The box's sources by name, each linked to its note (and the note back here, if it is the first to cite it). */
export function HowWeKnowSources({
  sources,
  anchor,
  locale,
  notes,
  ctx,
}: {
  sources: string[];
  anchor: string;
  locale: Locale;
  notes: Notes;
  ctx?: FactContext;
}) {
  const t = getDictionary(locale);
  const p = marks(isChinese(locale));
  const numbered = sources.map((s, i) => ({ id: s, n: notes.number(s), anchor: `${anchor}-s${i}` }));
  for (const { n, anchor } of numbered) if (ctx?.firstMarker && !ctx.firstMarker.has(n)) ctx.firstMarker.set(n, anchor);
  return (
    <p className="how-we-know-sources">
      <strong className="font-semibold">
        {t.correction.sources}
        {p.colon}
      </strong>
      {numbered.map(({ id: s, n, anchor }, i) => (
        <span key={s}>
          {i > 0 ? p.list : ""}
          <a id={anchor} href={`#note-${n}`} data-note-marker={n} className="how-we-know-source">
            {quoted(publisherName(getSource(s), locale), locale)}
            <sup>{n}</sup>
          </a>
        </span>
      ))}
    </p>
  );
}
