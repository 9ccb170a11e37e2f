// The teacher's guide's own MDX blocks, next to the chapters' (Fact, Chart, Correction…): the deck list,
// the keys, timed lesson outlines, the "article says / record shows" cases with their sources, questions
// with lines for answers (shown only on paper), and charts at a chosen step. Server components: nothing
// here ships to the browser.
import { Children, isValidElement, type ReactNode } from "react";
import Link from "next/link";
import type { Locale } from "@/lib/i18n";
import { isChinese, localePath } from "@/lib/i18n";
import { marks } from "@/lib/content/punctuation";
import { withBase } from "@/lib/paths";
import { fill, getDictionary } from "@/lib/ui";
import { getSource, publisherName, registry } from "@/lib/data/registry";
import { chapterName, getChapters } from "@/lib/content/chapters";
import { localize, quoted } from "@/components/content/Fact";
import { charts, isChartId } from "@/components/charts/registry";
import elasticityCopy from "@/content/charts/elasticity.json";
import { pickCopy } from "@/lib/content/copy";

/** Deck URLs are plain links: the decks are their own pages, and plain links are never prefetched. */
const deckHref = (locale: Locale, slug?: string) => withBase(localePath(locale, slug ? `/present/${slug}/` : "/present/"));

export function DeckList({ locale }: { locale: Locale }) {
  const t = getDictionary(locale).teach.decks;
  const chapters = getChapters(locale);
  return (
    <ul className="not-prose my-6 divide-y divide-rule border-y border-rule font-sans text-base" role="list" data-deck-list="">
      <li className="flex flex-wrap items-baseline justify-between gap-x-4 py-2">
        <span className="font-semibold">{t.whole}</span>
        <a href={deckHref(locale)} className="font-semibold">
          {t.present}
        </a>
      </li>
      {chapters.map((c) => (
        <li key={c.slug} className="flex flex-wrap items-baseline justify-between gap-x-4 py-2">
          <span>
            <span className="text-muted" data-chapter-name="">
              {chapterName(c)}
            </span>
            {marks(isChinese(locale)).colon}
            {c.title}
          </span>
          <span className="flex gap-4">
            <Link href={localePath(locale, `/${c.slug}/`)}>{t.read}</Link>
            <a href={deckHref(locale, c.slug)} className="font-semibold">
              {t.present}
            </a>
          </span>
        </li>
      ))}
    </ul>
  );
}

export function Keys({ locale }: { locale: Locale }) {
  const t = getDictionary(locale).teach.keys;
  return (
    <table className="not-prose my-6 w-full border-collapse text-left font-sans text-base">
      <caption className="mb-2 text-left text-sm text-muted">{t.caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="border-b border-rule py-1 pr-4">
            {t.key}
          </th>
          <th scope="col" className="border-b border-rule py-1">
            {t.action}
          </th>
        </tr>
      </thead>
      <tbody>
        {t.rows.map(([keys, action]) => (
          <tr key={keys}>
            <td className="border-b border-rule py-1.5 pr-4 align-top whitespace-nowrap">
              {keys!.split(/\s{2,}/).map((k) => (
                <kbd key={k} className="mr-1 rounded border border-rule bg-paper-raised px-1.5 py-0.5 font-mono text-sm">
                  {k}
                </kbd>
              ))}
            </td>
            <td className="border-b border-rule py-1.5 align-top">{action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type SegmentProps = { minutes: number; deck?: string; show?: string; children?: ReactNode };

/** One timed part of a lesson; <Lesson> lays the parts out with their running times. */
export function Segment(_: SegmentProps) {
  return null;
}

export function Lesson({ locale, children }: { locale: Locale; children?: ReactNode }) {
  const t = getDictionary(locale).teach.lesson;
  const chapters = new Map(getChapters(locale).map((c) => [c.slug, c]));
  const segments = Children.toArray(children)
    .filter(isValidElement)
    .map((el) => el.props as SegmentProps);
  let clock = 0;
  const rows = segments.map((s) => {
    const from = clock;
    clock += Number(s.minutes);
    return { ...s, from, to: clock };
  });
  return (
    <div className="not-prose my-6 overflow-x-auto" data-lesson={clock}>
      <table className="w-full border-collapse text-left font-sans text-base">
        <caption className="mb-2 text-left text-sm text-muted">{fill(t.total, { minutes: clock })}</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-rule py-1 pr-3 whitespace-nowrap">
              {t.time}
            </th>
            <th scope="col" className="border-b border-rule py-1 pr-3">
              {t.segment}
            </th>
            <th scope="col" className="border-b border-rule py-1">
              {t.show}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const chapter = r.deck ? chapters.get(r.deck) : undefined;
            if (r.deck && r.deck !== "story" && !chapter) throw new Error(`<Segment deck="${r.deck}">: no such chapter`);
            return (
              <tr key={r.from}>
                <td className="border-b border-rule py-2 pr-3 align-top whitespace-nowrap tabular-nums">{fill(t.minutes, { from: r.from, to: r.to })}</td>
                <td className="border-b border-rule py-2 pr-3 align-top [&_p]:m-0">{r.children}</td>
                <td className="border-b border-rule py-2 align-top text-sm">
                  {r.deck ? (
                    <a href={deckHref(locale, chapter?.slug)} className="block">
                      {fill(t.deck, { title: chapter?.title ?? getDictionary(locale).teach.decks.whole })}
                    </a>
                  ) : null}
                  {r.show ? <span className="block text-ink-soft">{r.show}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Ruled lines to write on. Paper only: on screen the question is enough. */
export function AnswerLines({ lines = 3, label }: { lines?: number; label: string }) {
  return (
    <span className="answer-lines" aria-hidden="true" data-lines={lines} title={label}>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="answer-line" />
      ))}
    </span>
  );
}

/**
 * The students' table for the elasticity activity: one row per setting they try, a column per number of the
 * explorer's result, empty cells to fill in. Its labels are the explorer's own, so the two always match.
 */
export function RecordTable({ locale }: { locale: Locale }) {
  const t = getDictionary(locale).teach.worksheet;
  const c = pickCopy(elasticityCopy, locale);
  const rows = [c.strategies.normal, c.strategies.peak, c.strategies.elastic, c.strategies.elastic, t.yourMargin];
  return (
    <table className="record-table my-3 w-full border-collapse font-sans text-sm" data-record-table="">
      <thead>
        <tr>
          {[t.setting, c.tally.lost, c.tally.serverHours, c.tally.utilisation].map((h) => (
            <th key={h} scope="col" className="border border-rule px-2 py-1 text-left font-semibold">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <th scope="row" className="border border-rule px-2 py-2 text-left font-normal">
              {r}
            </th>
            {[0, 1, 2].map((k) => (
              <td key={k} className="border border-rule px-2 py-2" />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Questions({ locale, children }: { locale: Locale; children?: ReactNode }) {
  return (
    <ol className="questions my-4 list-decimal space-y-3 pl-6" data-questions="" lang={undefined} data-locale={locale}>
      {children}
    </ol>
  );
}

export function Question({ locale, lines = 3, children }: { locale: Locale; lines?: number; children?: ReactNode }) {
  return (
    <li className="question [&>p]:m-0">
      {children}
      <AnswerLines lines={lines} label={getDictionary(locale).teach.answerLines} />
    </li>
  );
}

/** A chapter's discussion block: its title, links to read and present it, and the questions. */
export function ChapterQuestions({ locale, chapter: slug, children }: { locale: Locale; chapter: string; children?: ReactNode }) {
  const t = getDictionary(locale).teach.chapterQuestions;
  const chapter = getChapters(locale).find((c) => c.slug === slug);
  if (!chapter) throw new Error(`<ChapterQuestions chapter="${slug}">: no such chapter`);
  return (
    <section className="chapter-questions mt-8" aria-labelledby={`questions-${slug}`} data-chapter-questions={slug}>
      <h3 id={`questions-${slug}`}>{fill(t.heading, { n: chapter.number, title: chapter.title })}</h3>
      <p className="no-print font-sans text-base">
        <Link href={localePath(locale, `/${slug}/`)}>{t.read}</Link>
        {" · "}
        <a href={deckHref(locale, slug)}>{t.present}</a>
      </p>
      {children}
    </section>
  );
}

/** One "article says / record shows" case: both sides, each with where it comes from, then the questions. */
export function Case({ locale, id, n, children }: { locale: Locale; id: string; n: number; children?: ReactNode }) {
  const dict = getDictionary(locale);
  const t = dict.teach.exercise;
  const c = registry().corrections.find((x) => x.id === id);
  if (!c) throw new Error(`<Case id="${id}">: no such correction in content/data/corrections.json`);
  const article = getSource("article");
  const m = marks(isChinese(locale));
  return (
    <section className="case-section my-10" aria-labelledby={`case-${id}`} data-case={id}>
      <div className="case rounded-md border-l-4 border-alarm bg-paper-raised px-4 py-3 font-sans text-base leading-relaxed">
        <h3 id={`case-${id}`} className="text-lg font-semibold">
          <span className="text-alarm">{fill(t.label, { n })}</span>
          {/* The title states the finding: the students' copy leaves it out. */}
          <span className="teacher-only">
            <span className="text-alarm">{m.colon.trim()}</span>
            {m.space}
            {localize(c.title, locale)}
          </span>
        </h3>
        {/* The claim names its teller ("The article says…", "Some headlines…"): no label before it. */}
        <p>
          {localize(c.claim, locale)}
          <span className="text-sm text-muted">
            {m.open}
            {quoted(article.title, locale)}
            {m.close}
          </span>
        </p>
        <p className="teacher-only">
          <span className="font-semibold">{dict.correction.record} </span>
          {localize(c.record, locale)}
        </p>
        {/* The students' copy asks for the record instead of giving it. */}
        <div className="student-only">
          <p>
            <span className="font-semibold">{dict.correction.record} </span>
            {t.findRecord}
          </p>
          <AnswerLines lines={2} label={dict.teach.answerLines} />
        </div>
        <p className="teacher-only text-sm">
          <span className="font-semibold">
            {t.sources}
            {m.colon}
          </span>
          {c.source.map((s, i) => {
            const src = getSource(s);
            return (
              <span key={s} data-case-source={s}>
                {i > 0 ? m.list : ""}
                <Link href={`${localePath(locale, "/sources/")}#source-${s}`}>
                  {publisherName(src, locale)}
                  {m.comma}
                  <cite>{quoted(src.title, locale)}</cite>
                </Link>
                {src.date ? `${m.open}${src.date}${m.close}` : ""}
              </span>
            );
          })}
        </p>
      </div>
      {/* The students' part: figures worked from the registry, a chart, and the questions. */}
      <div className="case-work mt-4">{children}</div>
    </section>
  );
}

/** A chart at a given step (the worksheet's fixed views); the same component as in chapters and slides. */
export function ChartAt({ locale, id, step, uid }: { locale: Locale; id: string; step?: number; uid: string }) {
  if (!isChartId(id)) throw new Error(`<ChartAt id="${id}"/>: no such chart`);
  const Chart = charts[id];
  return (
    <div className="breakout guide-chart">
      <Chart locale={locale} step={step} uid={uid} />
    </div>
  );
}
