import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@/lib/i18n";
import { getDictionary } from "@/lib/ui";
import { pageMetadata } from "@/lib/metadata";
import { basePath } from "@/lib/paths";
import { PageShell } from "@/components/layout/PageShell";
import { SearchBox } from "@/components/layout/SearchBox";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { ...pageMetadata(locale as Locale, "/search/", getDictionary(locale as Locale).search.title), robots: { index: false } };
}

export default async function SearchPage({ params }: Props) {
  const { locale: raw } = await params;
  if (!isLocale(raw)) notFound();
  const t = getDictionary(raw);
  return (
    <PageShell locale={raw} path="/search/">
      <div className="mx-auto max-w-[40rem]">
        <h1 className="font-sans text-3xl font-bold">{t.search.title}</h1>
        <p className="mt-2 font-serif text-lg text-ink-soft">{t.search.intro}</p>
        <noscript>
          <p className="mt-4 rounded border border-rule p-3 font-sans">{t.search.noscript}</p>
        </noscript>
        <div className="mt-6 min-h-40 font-sans">
          <SearchBox basePath={basePath} placeholder={t.search.title} />
        </div>
      </div>
    </PageShell>
  );
}
