import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale, localePath, type Locale } from "@/lib/i18n";
import { getDictionary } from "@/lib/ui";
import { pageMetadata } from "@/lib/metadata";
import { registry } from "@/lib/data/registry";
import { eventThemes } from "@/lib/data/schema";
import { formatDateValue } from "@/lib/data/format";
import { getChapters } from "@/lib/content/chapters";
import { ParsedBeforePaint } from "@/components/charts/timeline/ParsedBeforePaint";
import { PageShell } from "@/components/layout/PageShell";
import { localize } from "@/components/content/Fact";
import { NamedChapter } from "@/components/content/NamedChapter";
import { charts, isChartId } from "@/components/charts/registry";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = getDictionary(locale as Locale);
  return pageMetadata(locale as Locale, "/timeline/", t.timeline.title, t.timeline.intro);
}

export default async function TimelinePage({ params }: Props) {
  const { locale: raw } = await params;
  if (!isLocale(raw)) notFound();
  const locale: Locale = raw;
  const t = getDictionary(locale);
  const chapters = new Map(getChapters(locale).map((c) => [c.slug, c]));
  const events = registry().events.filter((e) => e.date >= "2009" && e.date < "2026");
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))];
  // The interactive chart, once the charts issue has registered it; the list below reads well without it.
  const timelineId: string = "timeline";
  const TimelineChart = isChartId(timelineId) ? charts[timelineId] : null;
  const TrafficChart = charts["double11-traffic"];
  const FootprintChart = charts["cloud-footprint"];
  return (
    <PageShell locale={locale} path="/timeline/">
      <div className="mx-auto max-w-[44rem]" data-pagefind-body="">
        <h1 className="font-sans text-3xl font-bold">{t.timeline.title}</h1>
        <p className="mt-2 font-serif text-lg text-ink-soft">{t.timeline.intro}</p>
        {TimelineChart ? (
          <div className="breakout">
            <TimelineChart locale={locale} />
            <ParsedBeforePaint id="timeline-parsed" />
          </div>
        ) : null}
        {/* Context charts share the timeline's year cursor: point at 2016 above and they mark 2016. */}
        <section aria-labelledby="context-heading" className="skip-offscreen mt-10">
          <h2 id="context-heading" className="font-sans text-2xl font-semibold">
            {t.timeline.context}
          </h2>
          <p className="mt-2 font-serif text-ink-soft">{t.timeline.contextIntro}</p>
          <div className="breakout">
            <TrafficChart locale={locale} uid="timeline-double11" />
            <FootprintChart locale={locale} uid="timeline-footprint" />
          </div>
        </section>
        <div className="timeline-list mt-8">
          <fieldset className="flex flex-wrap gap-x-4 gap-y-2 font-sans text-sm">
            <legend className="mb-2 font-semibold">{t.timeline.filter}</legend>
            {eventThemes.map((theme) => (
              <label key={theme} className="inline-flex items-center gap-1.5">
                <input type="checkbox" defaultChecked data-theme-filter={theme} className="h-4 w-4 accent-[var(--accent)]" />
                {t.timeline.themes[theme]}
              </label>
            ))}
          </fieldset>
          {years.map((year) => (
            <section key={year} aria-labelledby={`year-${year}`} className="skip-offscreen timeline-year mt-8">
              <h2 id={`year-${year}`} className="font-sans text-2xl font-semibold">
                {year}
              </h2>
              <ol className="mt-3 space-y-4 border-l-2 border-rule pl-4" role="list">
                {events
                  .filter((e) => e.date.startsWith(year))
                  .map((e) => {
                    const chapter = chapters.get(e.chapter);
                    return (
                      <li key={e.id} id={e.id} data-event-theme={e.theme} className="font-sans">
                        <p className="text-sm text-muted">
                          <time dateTime={e.date}>{formatDateValue(e.date, locale)}</time> · {t.timeline.themes[e.theme]}
                          {e.date.length === 4 ? ` · ${t.timeline.approximate}` : ""}
                        </p>
                        <p className="font-serif text-lg leading-snug">{localize(e.title, locale)}</p>
                        {chapter ? (
                          <p className="text-sm">
                            <Link href={`${localePath(locale, `/${e.chapter}/`)}#event-${e.id}`}>
                              <NamedChapter template={t.timeline.readInChapter} chapter={chapter} />
                            </Link>
                          </p>
                        ) : null}
                      </li>
                    );
                  })}
              </ol>
            </section>
          ))}
        </div>
      </div>
    </PageShell>
  );
}
