// /{locale}/teach/: the teacher's guide. Presenting the decks, two lesson outlines, the elasticity activity,
// the "article says / record shows" exercise and discussion questions, written in content/teach/*.mdx with
// the chapters' components (every number comes from the registry). Prints as a clean handout with answer
// lines, and saves the whole classroom for offline use.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale, locales, type Locale } from "@/lib/i18n";
import { getDictionary } from "@/lib/ui";
import { pageMetadata } from "@/lib/metadata";
import { PageShell } from "@/components/layout/PageShell";
import { MakeOffline } from "@/components/classroom/MakeOffline";

type Props = { params: Promise<{ locale: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => locales.map((locale) => ({ locale }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return pageMetadata(locale as Locale, "/teach/", getDictionary(locale as Locale).teach.nav);
}

export default async function TeachPage({ params }: Props) {
  const { locale: raw } = await params;
  if (!isLocale(raw)) notFound();
  const locale: Locale = raw;
  const t = getDictionary(locale).teach;
  return (
    <PageShell locale={locale} path="/teach/">
      <article className="mx-auto max-w-[44rem]" data-pagefind-body="">
        <h1 className="font-sans text-3xl font-bold">{t.nav}</h1>
        <section aria-labelledby="offline-heading" className="no-print mt-8 rounded-md border border-rule bg-paper-raised p-4">
          <h2 id="offline-heading" className="font-sans text-lg font-semibold">
            {t.offline.heading}
          </h2>
          <p className="mt-1 mb-3 font-serif text-ink-soft">{t.offline.intro}</p>
          <MakeOffline locale={locale} labels={t.offline} />
        </section>
      </article>
    </PageShell>
  );
}
