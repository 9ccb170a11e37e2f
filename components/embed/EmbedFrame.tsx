// The embed document's body: the chart exactly as the chapter shows it (same component, same ChartFigure),
// with a compact frame instead of the site's header and footer: a credit line that leads to the chapter,
// "Updated {date}" when the chart changed after publication, and the downloads. Its root carries what the
// embed runtime needs to validate the query string (steps, where step documents live) as data attributes.
// It also carries, inert in a <template>, the line that says which version a frozen copy of this document
// is: scripts/embed-versions.mjs fills in the number (and keeps the link to the latest unversioned) when an
// editor freezes the chart, and puts the line where "Updated" was. The link to the gallery's list of versions says what changed.
import { ParsedBeforePaint } from "@/components/charts/timeline/ParsedBeforePaint";
import { charts, type ChartId } from "@/components/charts/registry";
import { isChinese, localePath, type Locale } from "@/lib/i18n";
import { withBase } from "@/lib/paths";
import { fill, getDictionary } from "@/lib/ui";
import { formatDateValue } from "@/lib/data/format";
import { embedFilePath, embedPath, versionsPath } from "@/lib/embed/urls";
import { chapterOf } from "@/lib/embed/placement";
import { chartChangedOn } from "@/lib/content/site";
import { chartSteps } from "@/lib/embed/steps";
import { marks } from "@/lib/content/punctuation";

export function EmbedFrame({ locale, chart, step }: { locale: Locale; chart: ChartId; step?: number }) {
  const t = getDictionary(locale).embed;
  const Chart = charts[chart];
  const chapter = chapterOf(locale, chart);
  const updated = chartChangedOn(chart);
  // The day this document was rendered: a version frozen from it is dated so (scripts/embed-versions.mjs).
  const today = new Date().toISOString().slice(0, 10);
  const downloads = [
    { kind: "svg", label: t.downloadSvg, href: embedFilePath(locale, chart, "svg") },
    { kind: "png", label: t.downloadPng, href: embedFilePath(locale, chart, "png") },
    { kind: "csv", label: t.downloadCsv, href: embedFilePath(locale, chart, "csv") },
  ] as const;
  return (
    <div
      data-embed={chart}
      data-embed-steps={chartSteps(chart)}
      data-embed-step-url={withBase(`${embedPath(locale, chart)}step/`)}
      data-pagefind-ignore="all"
      className="embed px-3 pb-2 pt-3 font-sans [&_figure.chart]:my-0 [&_figure.chart]:pb-0"
    >
      <Chart locale={locale} step={step} uid={chart} compact />
      {chart === "timeline" ? <ParsedBeforePaint id="timeline-parsed" /> : null}
      <div className="mt-2 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-t border-rule pt-2 text-xs text-muted">
        <p>
          <a
            href={withBase(chapter ? localePath(locale, `/${chapter.slug}/`) : localePath(locale, "/"))}
            target="_blank"
            rel="noopener"
            className="inline-block py-1 font-semibold leading-4 text-ink"
          >
            {t.credit}
            {chapter ? <span className="font-normal text-muted"> · {fill(t.creditChapter, { n: chapter.number, chapter: chapter.title })}</span> : null}
            <span className="sr-only"> {t.newTab}</span>
          </a>
          {updated ? (
            <span data-embed-updated={updated}>
              {" · "}
              {fill(t.updated, { date: formatDateValue(updated, locale) })}
            </span>
          ) : null}
          <template data-embed-version-line="" data-date={today}>
            <span data-embed-version-note="">
              {" · "}
              <a
                href={withBase(versionsPath(locale, chart))}
                target="_blank"
                rel="noopener"
                title={t.versionsHint}
                className="inline-block py-1 leading-4 text-muted"
                data-embed-versions=""
              >
                {fill(t.version, { n: "{n}", date: formatDateValue(today, locale) })}
                <span className="sr-only">
                  {locale === "en" ? ` (${t.versionsHint}) ` : `（${t.versionsHint}）`}
                  {t.newTab}
                </span>
              </a>
              {" · "}
              {/* The locale's unversioned address (a real link even inside the template, for the link checker); freezing keeps it so. */}
              <a
                href={withBase(embedPath(locale, chart))}
                target="_blank"
                rel="noopener"
                className="inline-block py-1 leading-4 text-accent"
                data-embed-latest=""
              >
                {t.latest}
                <span className="sr-only"> {t.newTab}</span>
              </a>
            </span>
          </template>
        </p>
        <p aria-label={t.downloadLabel} role="group">
          <span aria-hidden="true">
            {t.download}
            {marks(isChinese(locale)).colon}
          </span>
          {downloads.map((d, i) => (
            <span key={d.kind}>
              {i > 0 ? " · " : ""}
              <a href={withBase(d.href)} download data-embed-download={d.kind} className="inline-block px-0.5 py-1 leading-4 text-accent">
                {d.label}
              </a>
            </span>
          ))}
        </p>
      </div>
    </div>
  );
}
