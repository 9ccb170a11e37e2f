// /{locale}/teach/: the teacher's guide. Presenting the decks, two lesson outlines, the elasticity activity,
// the "article says / record shows" cases and discussion questions, written in content/teach/*.mdx with the
// chapters' components (every number comes from the registry). Prints as a clean handout with answer lines
// (components/classroom/teach.css), and saves the whole classroom for offline use.
import "@/components/classroom/teach.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale, locales, type Locale } from "@/lib/i18n";
import { getDictionary } from "@/lib/ui";
import { pageMetadata } from "@/lib/metadata";
import { PageShell } from "@/components/layout/PageShell";
import { MakeOffline } from "@/components/classroom/MakeOffline";
import { Preact } from "@/components/islands/Preact";
import { PrintButtons } from "@/components/classroom/PrintButtons";
import { GuideBody, getGuide } from "@/components/classroom/GuideBody";

type Props = { params: Promise<{ locale: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => locales.map((locale) => ({ locale }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const guide = getGuide(locale);
  return pageMetadata(locale, "/teach/", guide.title, guide.summary);
}

export default async function TeachPage({ params }: Props) {
  const { locale: raw } = await params;
  if (!isLocale(raw)) notFound();
  const locale: Locale = raw;
  const t = getDictionary(locale).teach;
  const guide = getGuide(locale);
  return (
    <PageShell locale={locale} path="/teach/">
      <article className="guide mx-auto max-w-[44rem]" data-pagefind-body="" data-guide="">
        <header className="mb-8">
          {/* The students' copy (html[data-print="worksheet"]) is headed "Worksheet", not "For teachers". */}
          <p className="teacher-only font-sans text-sm font-semibold uppercase tracking-wide text-accent">{t.kicker}</p>
          <p className="student-only font-sans text-sm font-semibold uppercase tracking-wide">{t.worksheet.title}</p>
          <h1 className="mt-2 font-sans text-3xl font-bold leading-tight sm:text-4xl">{guide.title}</h1>
          <p className="teacher-only mt-3 font-serif text-lg text-ink-soft">{guide.summary}</p>
          <p className="student-only mt-2 font-serif">{t.worksheet.intro}</p>
          {/* On paper: a line for the student's name, class and date. */}
          <p className="worksheet-fields font-sans" aria-hidden="true">
            {[t.worksheet.name, t.worksheet.class, t.worksheet.date].map((f) => (
              <span key={f}>{f}</span>
            ))}
          </p>
        </header>
        <div className="no-print mb-10 grid gap-4 font-sans">
          <section aria-labelledby="offline-heading" className="rounded-md border border-rule bg-paper-raised p-4">
            <h2 id="offline-heading" className="text-lg font-semibold">
              {t.offline.heading}
            </h2>
            <p className="mt-1 mb-3 font-serif text-ink-soft">{t.offline.intro}</p>
            <Preact name="make-offline" component={MakeOffline} props={{ locale, labels: t.offline }} />
          </section>
          <div>
            <PrintButtons guide={t.printGuide} worksheet={t.printWorksheet} />
            <p className="mt-2 text-sm text-muted">{t.printHint}</p>
          </div>
        </div>
        <GuideBody guide={guide} locale={locale} />
      </article>
    </PageShell>
  );
}
