import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isChinese, isLocale, localePath, type Locale } from "@/lib/i18n";
import { forPage, marks } from "@/lib/content/punctuation";
import { fill, getDictionary } from "@/lib/ui";
import { getSource, publisherName, registry, sourceName } from "@/lib/data/registry";
import { formatDateValue } from "@/lib/data/format";
import { getChapters } from "@/lib/content/chapters";
import { pageMetadata } from "@/lib/metadata";
import { getSite } from "@/lib/content/site";
import { galleryPath } from "@/lib/embed/urls";
import { chartParts } from "@/lib/export/chart-parts";
import { dataPackagePath, datasetCsvPath } from "@/lib/export/datapackage";
import { withBase } from "@/lib/paths";
import { isChartId } from "@/components/charts/registry";
import { PageShell } from "@/components/layout/PageShell";
import { localize, quoted } from "@/components/content/Fact";
import { NamedChapter } from "@/components/content/NamedChapter";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return pageMetadata(locale as Locale, "/sources/", getDictionary(locale as Locale).sources.title);
}

export default async function SourcesPage({ params }: Props) {
  const { locale: raw } = await params;
  if (!isLocale(raw)) notFound();
  const locale: Locale = raw;
  const t = getDictionary(locale);
  const p = t.sourcesPage;
  // The marks that join parts of an entry, in the reader's language ("Source: X, 2017." / "出处：X，2017。").
  const m = marks(isChinese(locale));
  const quotedNote = (text: string) => forPage(text, isChinese(locale));
  const reg = registry();
  const article = quoted(getSource("article").title, locale);
  const chapters = new Map(getChapters(locale).map((c) => [c.slug, c]));
  const sources = [...reg.sources.values()].sort(
    (a, b) => Number(b.id === "article") - Number(a.id === "article") || a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title),
  );
  const usedBy = new Map<string, Set<string>>();
  const use = (sourceId: string, label: string) => (usedBy.get(sourceId) ?? usedBy.set(sourceId, new Set()).get(sourceId)!).add(label);
  for (const d of reg.datasets.values()) for (const r of d.rows) for (const s of r.source) use(s, localize(d.title, locale)!);
  for (const c of reg.corrections) for (const s of c.source) use(s, localize(c.title, locale)!);
  const changed = [...new Set(getSite().changelog.flatMap((c) => c.charts ?? []))].filter(isChartId);
  const chartTitles = new Map<string, string>(await Promise.all(changed.map(async (id) => [id, (await chartParts(id, locale)).title] as const)));
  const h2 = "mt-12 font-sans text-2xl font-semibold";
  // Search (Pagefind): this page names every dataset and source, so it matches almost any topic many times
  // over. Its reference lists (corrections, bibliography, datasets, changelog) weigh a quarter of running
  // text, so the chapter that tells a story ranks above the page that lists its sources, which still turns
  // up. Identifiers, raw URLs, counts and the "used for" cross-references stay out of the index: as
  // prefixes of a query ("11" → "1127087", a URL's path) they added matches no reader asked for.
  const reference = "0.25";
  return (
    <PageShell locale={locale} path="/sources/">
      <article className="mx-auto max-w-[44rem]" data-pagefind-body="">
        <h1 className="font-sans text-3xl font-bold">{t.sources.title}</h1>
        <p className="mt-3 font-serif text-lg text-ink-soft">{t.sources.intro}</p>
        <nav aria-label={t.toc.label} className="mt-6 font-sans text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1" role="list">
            {[
              ["method", p.method],
              ["corrections", p.corrections],
              ["bibliography", t.sources.bibliography],
              ["datasets", p.datasets],
              ["changelog", p.changelog],
              ["credits", p.credits],
            ].map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>

        <h2 id="method" className={h2}>
          {p.method}
        </h2>
        <div className="prose-body mt-3">
          {p.methodBody.map((para) => (
            <p key={para}>{fill(para, { article })}</p>
          ))}
        </div>

        <h2 id="corrections" className={h2}>
          {p.corrections}
        </h2>
        <p className="mt-2 font-serif text-ink-soft">{p.correctionsIntro}</p>
        <ol className="mt-4 space-y-5 font-sans" role="list" data-pagefind-weight={reference}>
          {reg.corrections.map((c) => {
            const chapter = chapters.get(c.chapter);
            return (
              <li key={c.id} id={`correction-${c.id}`} className="scroll-mt-20 border-l-4 border-alarm pl-4">
                <p className="font-semibold">{localize(c.title, locale)}</p>
                <p className="mt-1">
                  <span className="font-semibold">{t.correction.claim} </span>
                  {localize(c.claim, locale)}
                </p>
                <p className="mt-1">
                  <span className="font-semibold">{t.correction.record} </span>
                  {localize(c.record, locale)}
                  <span className="text-sm text-muted">
                    {m.open}
                    {c.source.map((s, i) => (
                      <span key={s}>
                        {i > 0 ? m.list : ""}
                        <a href={`#source-${s}`}>{sourceName(s, locale)}</a>
                      </span>
                    ))}
                    {m.close}
                  </span>
                </p>
                {chapter ? (
                  <p className="mt-1 text-sm">
                    <Link href={`${localePath(locale, `/${c.chapter}/`)}#correction-${c.id}`}>
                      <NamedChapter template={p.inChapter} chapter={chapter} />
                    </Link>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>

        <h2 id="bibliography" className={h2}>
          {t.sources.bibliography}
        </h2>
        <ul className="mt-4 space-y-4 font-sans text-sm" role="list" data-pagefind-weight={reference}>
          {sources.map((s) => (
            <li key={s.id} id={`source-${s.id}`} className="scroll-mt-20 border-b border-rule pb-3 target:bg-accent/10">
              <p>
                {s.author ? `${quoted(s.author, locale)}${m.stop}` : ""}
                <cite className="font-semibold">{quoted(s.title, locale)}</cite>
                {m.stop}
                {publisherName(s, locale)}
                {s.date ? `${m.comma}${s.date}` : ""}
                {m.stop.trim()}
                {s.via ? `${m.open}${quoted(s.via, locale)}${m.close}` : ""}
              </p>
              {s.url ? (
                <p className="break-all" data-verbatim="" data-pagefind-ignore="">
                  <a href={s.url} rel="noopener noreferrer">
                    {s.url}
                  </a>
                </p>
              ) : null}
              {s.note ? <p className="mt-1 text-ink-soft">{quotedNote(localize(s.note, locale)!)}</p> : null}
              {usedBy.get(s.id) ? (
                <p className="mt-1 text-muted" data-pagefind-ignore="">
                  {t.sources.usedBy}
                  {m.colon}
                  {[...usedBy.get(s.id)!].join(m.list)}
                </p>
              ) : null}
            </li>
          ))}
        </ul>

        <h2 id="datasets" className={h2}>
          {p.datasets}
        </h2>
        <p className="mt-2 font-serif text-ink-soft">{p.datasetsIntro}</p>
        <p className="mt-2 font-serif text-ink-soft" data-data-package="">
          {p.dataDownload}
          {locale === "en" ? " " : ""}
          {p.dataPackage.split(/(\{file\})/).map((part) =>
            part === "{file}" ? (
              <a key={part} href={withBase(dataPackagePath)} className="font-sans">
                datapackage.json
              </a>
            ) : (
              part
            ),
          )}
        </p>
        <div className="mt-4 overflow-x-auto" data-pagefind-weight={reference}>
          <table className="w-full border-collapse text-left font-sans text-sm">
            <thead data-pagefind-ignore="">
              <tr>
                <th scope="col" className="border-b border-rule py-1 pr-3">
                  {p.datasets}
                </th>
                <th scope="col" className="border-b border-rule py-1 pr-3 text-right">
                  {p.rows}
                </th>
                <th scope="col" className="border-b border-rule py-1 pr-3 text-right">
                  {t.fact.confidence.low}
                </th>
                <th scope="col" className="border-b border-rule py-1 pr-3">
                  {t.gallery.downloads}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...reg.datasets.values()].map((d) => (
                <tr key={d.id} id={`dataset-${d.id}`}>
                  <th scope="row" className="border-b border-rule py-1 pr-3 font-normal">
                    {localize(d.title, locale)}{" "}
                    <code className="text-xs text-muted" data-pagefind-ignore="">
                      {d.id}
                    </code>
                  </th>
                  <td className="border-b border-rule py-1 pr-3 text-right tabular-nums" data-pagefind-ignore="">
                    {d.rows.length}
                  </td>
                  <td className="border-b border-rule py-1 pr-3 text-right tabular-nums" data-pagefind-ignore="">
                    {d.rows.filter((r) => r.confidence === "low").length}
                  </td>
                  <td className="border-b border-rule py-1 pr-3" data-pagefind-ignore="">
                    <a
                      href={withBase(datasetCsvPath(d.id))}
                      download=""
                      aria-label={fill(p.csvLabel, { title: localize(d.title, locale)! })}
                      data-dataset-csv={d.id}
                    >
                      {p.csv}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <h2 id="changelog" className={h2}>
          {p.changelog}
        </h2>
        <ul className="mt-3 space-y-2 font-sans" role="list" data-pagefind-weight={reference}>
          {[...getSite().changelog].reverse().map((c) => (
            <li key={c.date + c.en}>
              <time dateTime={c.date} className="font-semibold">
                {formatDateValue(c.date, locale)}
              </time>
              {m.colon}
              {localize({ en: c.en, "zh-hans": c["zh-hans"] }, locale)}
              {c.charts?.length ? (
                <span className="text-sm" data-changelog-charts="">
                  {m.open}
                  {t.gallery.changelogCharts}
                  {m.colon}
                  {c.charts.map((id, i) => (
                    <span key={id}>
                      {i > 0 ? (locale === "en" ? ", " : "、") : ""}
                      <Link href={galleryPath(locale, id)}>{chartTitles.get(id) ?? id}</Link>
                    </span>
                  ))}
                  {m.close}
                </span>
              ) : null}
            </li>
          ))}
        </ul>

        <h2 id="credits" className={h2}>
          {p.credits}
        </h2>
        <p className="mt-3 font-serif">{fill(p.creditsBody, { article })}</p>
      </article>
    </PageShell>
  );
}
