// /{locale}/embed/{chart}/: one chart alone, for other sites' iframes. Next renders it like any page; then
// scripts/embed-finalize.mjs strips the Next runtime and turns it into a standalone document with one small
// script (components/embed/runtime.ts). Unknown charts are not generated, so the locale's 404 answers.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n";
import { chartIds, isChartId } from "@/components/charts/registry";
import { embedMetadata } from "@/lib/embed/metadata";
import { EmbedFrame } from "@/components/embed/EmbedFrame";

type Props = { params: Promise<{ locale: string; chart: string }> };

export const dynamicParams = false;
/** Called once per locale by the [locale] layout's params. */
export const generateStaticParams = () => chartIds.map((chart) => ({ chart }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, chart } = await params;
  if (!isLocale(locale) || !isChartId(chart)) return {};
  return embedMetadata(locale, chart);
}

export default async function EmbedPage({ params }: Props) {
  const { locale, chart } = await params;
  if (!isLocale(locale) || !isChartId(chart)) notFound();
  return <EmbedFrame locale={locale} chart={chart} />;
}
