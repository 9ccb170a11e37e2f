import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@/lib/i18n";
import { getDictionary } from "@/lib/ui";
import { registry } from "@/lib/data/registry";
import { pageMetadata } from "@/lib/metadata";
import { PageShell } from "@/components/layout/PageShell";
import { localize } from "@/components/content/Fact";

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
  const reg = registry();
  const sources = [...reg.sources.values()].sort((a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title));
  const usedBy = new Map<string, Set<string>>();
  for (const d of reg.datasets.values()) {
    for (const r of d.rows) for (const s of r.source) (usedBy.get(s) ?? usedBy.set(s, new Set()).get(s)!).add(localize(d.title, locale)!);
  }
  return (
    <PageShell locale={locale} path="/sources/">
      <article className="mx-auto max-w-[44rem]">
        <h1 className="font-sans text-3xl font-bold">{t.sources.title}</h1>
        <p className="mt-3 font-serif text-lg text-ink-soft">{t.sources.intro}</p>
        <h2 className="mt-10 font-sans text-2xl font-semibold">{t.sources.bibliography}</h2>
        <ul className="mt-4 space-y-4 font-sans text-sm" role="list">
          {sources.map((s) => (
            <li key={s.id} id={`source-${s.id}`} className="scroll-mt-20 border-b border-rule pb-3 target:bg-accent/10">
              <p>
                {s.author ? `${s.author}. ` : ""}
                <cite className="font-semibold">{s.title}</cite>. {s.publisher}
                {s.date ? `, ${s.date}` : ""}.
                {s.via ? ` (${s.via})` : ""}
              </p>
              {s.url ? (
                <p className="break-all">
                  <a href={s.url} rel="noopener noreferrer">
                    {s.url}
                  </a>
                </p>
              ) : null}
              {s.note ? <p className="mt-1 text-ink-soft">{localize(s.note, locale)}</p> : null}
              {usedBy.get(s.id) ? (
                <p className="mt-1 text-muted">
                  {t.sources.usedBy}: {[...usedBy.get(s.id)!].join(", ")}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </article>
    </PageShell>
  );
}
