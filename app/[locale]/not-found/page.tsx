// The 404 page in one language, served by our static server for unknown paths under /{locale}/.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@/lib/i18n";
import { getDictionary } from "@/lib/ui";
import { PageShell } from "@/components/layout/PageShell";
import { NotFoundBody } from "@/components/layout/NotFoundBody";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: `404 · ${getDictionary(locale as Locale).notFound.title}`, robots: { index: false } };
}

export default async function LocaleNotFound({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <PageShell locale={locale} path="/">
      <NotFoundBody locale={locale} />
    </PageShell>
  );
}
