// One chart in the gallery: what it shows, where the story places it, the live chart itself (the same
// component chapters use), and what a journalist needs to take it away: the embed code with its options,
// the downloads and the citation.
import Link from "next/link";
import { charts, type ChartId } from "@/components/charts/registry";
import { CopyButton } from "@/components/content/CopyButton";
import { EmbedCode } from "@/components/gallery/EmbedCode";
import { Preact } from "@/components/islands/Preact";
import { embedFilePath, embedPath, embedUrl } from "@/lib/embed/urls";
import { chartChapter, chartStepLabels, chartUpdated, citeChart } from "@/lib/export/chart-meta";
import { chartParts } from "@/lib/export/chart-parts";
import { formatDateValue } from "@/lib/data/format";
import { localeName, localePath, locales, type Locale } from "@/lib/i18n";
import { withBase } from "@/lib/paths";
import { fill, getDictionary } from "@/lib/ui";
import { getSite } from "@/lib/content/site";
import { chartVersions, versionChanges } from "@/lib/embed/versions";

/** The first sentence of the chart's plot label: the subject, without the keyboard hint. */
const subject = (plotLabel: string) => plotLabel.split(/(?<=[.。])\s*/)[0]!.replace(/[.。]$/, "");

export async function GalleryEntry({ id, locale }: { id: ChartId; locale: Locale }) {
  const t = getDictionary(locale);
  const g = t.gallery;
  const Chart = charts[id];
  const parts = await chartParts(id, locale);
  const titles = Object.fromEntries(await Promise.all(locales.map(async (l) => [l, l === locale ? parts.title : (await chartParts(id, l)).title]))) as Record<
    Locale,
    string
  >;
  const chapter = chartChapter(id, locale);
  const updated = chartUpdated(id);
  const headingId = `chart-${id}-heading`;
  const downloads = [
    ["svg", g.svg],
    ["png", g.png],
    ["png2x", g.png2x],
    ["csv", g.csv],
  ] as const;
  const citeId = `cite-${id}`;
  // Published versions, newest first: the snippet and the citation hand out the current one (the last).
  const versions = chartVersions(id);
  const current = versions.at(-1);

  return (
    <section id={`chart-${id}`} aria-labelledby={headingId} className="skip-offscreen scroll-mt-20 border-t border-rule pt-8" data-gallery-entry={id}>
      <h2 id={headingId} className="font-sans text-2xl font-semibold">
        {subject(parts.plotLabel)}
      </h2>
      <p className="mt-1 font-sans text-sm text-muted">
        {chapter ? <Link href={localePath(locale, `/${chapter.slug}/`)}>{fill(g.appearsIn, { n: chapter.number, title: chapter.title })}</Link> : null}
        {chapter ? " · " : null}
        <time dateTime={updated}>{fill(updated === getSite().firstPublished ? g.published : g.updated, { date: formatDateValue(updated, locale) })}</time>
        {" · "}
        <code className="text-xs">{id}</code>
      </p>
      <div className="grid gap-x-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          <Chart locale={locale} uid={`gallery-${id}`} />
        </div>
        <div className="min-w-0 space-y-6 font-sans lg:pt-10">
          <div>
            <h3 className="mb-2 text-base font-semibold">{g.embed}</h3>
            <Preact
              name="embed-code"
              onIntent
              component={EmbedCode}
              props={{
                chart: id,
                locale,
                titles,
                localeNames: localeName,
                steps: chartStepLabels(id, locale),
                version: current?.version,
                text: { ...g, codeLabel: fill(g.codeLabel, { title: parts.title }) },
              }}
            />
            <p className="mt-2 text-sm">
              <a href={withBase(embedPath(locale, id))}>{g.openEmbed}</a>
            </p>
          </div>
          <div id={`versions-${id}`} className="scroll-mt-20" data-versions={id}>
            <h3 className="mb-2 text-base font-semibold">{g.version}</h3>
            {current ? (
              <p className="text-sm text-ink-soft">{fill(g.versionNote, { n: current.version, date: formatDateValue(current.date, locale) })}</p>
            ) : (
              <p className="text-sm text-ink-soft">{g.versionsNone}</p>
            )}
            <ol className="mt-2 space-y-2 text-sm" role="list" reversed>
              {[...versions].reverse().map((v) => (
                <li key={v.version} data-version={v.version}>
                  <a href={withBase(embedPath(locale, id, v.version))} className="font-semibold" aria-label={fill(g.versionOpen, { n: v.version })}>
                    {fill(g.versionN, { n: v.version })}
                  </a>
                  {" · "}
                  <time dateTime={v.date}>{formatDateValue(v.date, locale)}</time>
                  {v === current ? <span className="text-muted"> · {g.versionCurrent}</span> : null}
                  {" · "}
                  <a href={withBase(embedFilePath(locale, id, "csv", v.version))} download="">
                    {g.versionData}
                  </a>
                  <span className="block text-muted">{versionChanges(v, locale)}</span>
                </li>
              ))}
            </ol>
            <p className="mt-2 text-sm">
              {g.versionsLatest} <a href={withBase(embedPath(locale, id))}>{embedPath(locale, id)}</a>
            </p>
          </div>
          <div>
            <h3 className="mb-2 text-base font-semibold">{g.downloads}</h3>
            <ul className="flex flex-wrap gap-2" role="list">
              {downloads.map(([kind, label]) => (
                <li key={kind}>
                  <a
                    href={withBase(embedFilePath(locale, id, kind))}
                    download=""
                    data-download={kind}
                    aria-label={fill(g.downloadLabel, { format: label, title: parts.title })}
                    className="inline-block rounded border border-rule px-2.5 py-1 text-sm no-underline hover:border-accent"
                  >
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="mb-2 text-base font-semibold">{g.cite}</h3>
            <p id={citeId} className="rounded bg-paper-raised p-3 font-mono text-xs leading-relaxed break-words" data-cite={id} data-site-url="">
              {citeChart(locale, parts.title, embedUrl(locale, id, undefined, current?.version), id)}
            </p>
            <div className="mt-2">
              <CopyButton targetId={citeId} label={g.copyCite} done={g.copied} />
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}
