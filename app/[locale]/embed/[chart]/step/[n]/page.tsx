// /{locale}/embed/{chart}/step/{n}/: the chart in one of its steps, as a standalone document. The embed
// runtime fetches it when the query asks for ?step=n and swaps its figure in, so the default embed does not
// carry every step's SVG; it also works on its own (without JavaScript, it is the step).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n";
import { chartIds, isChartId } from "@/components/charts/registry";
import { chartSteps } from "@/lib/embed/steps";
import { embedPath } from "@/lib/embed/urls";
import { embedMetadata } from "@/lib/embed/metadata";
import { EmbedFrame } from "@/components/embed/EmbedFrame";

type Props = { params: Promise<{ locale: string; chart: string; n: string }> };

export const dynamicParams = false;
/** Called once per locale by the [locale] layout's params: every chart, every step. */
export const generateStaticParams = () => chartIds.flatMap((chart) => Array.from({ length: chartSteps(chart) }, (_, n) => ({ chart, n: String(n) })));

const stepOf = (chart: string, n: string) => (/^\d+$/.test(n) && Number(n) < chartSteps(chart) ? Number(n) : undefined);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, chart, n } = await params;
  if (!isLocale(locale) || !isChartId(chart)) return {};
  return embedMetadata(locale, chart, `${embedPath(locale, chart)}step/${n}/`);
}

export default async function EmbedStepPage({ params }: Props) {
  const { locale, chart, n } = await params;
  const step = isChartId(chart) ? stepOf(chart, n) : undefined;
  if (!isLocale(locale) || !isChartId(chart) || step === undefined) notFound();
  return <EmbedFrame locale={locale} chart={chart} step={step} />;
}
