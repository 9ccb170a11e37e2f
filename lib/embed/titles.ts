// A chart's title (the sentence that states its finding) outside the chart: for the embed's <title>, the
// oEmbed link and the 404 page's list of charts. Chart components are plain server functions that return
// their ChartFigure, whose props are the chart's contract, so the title is read there and never retyped.
import { isValidElement, type ReactElement } from "react";
import { charts, type ChartId } from "@/components/charts/registry";
import { ChartFigure, type ChartFigureProps } from "@/components/charts/shared/ChartFigure";
import type { Locale } from "@/lib/i18n";
import { definitionOf } from "@/components/charts/definitions";
import { specFor } from "@/lib/charts/figure";

const cache = new Map<string, string>();

export function chartTitle(locale: Locale, chart: ChartId): string {
  const key = `${locale}|${chart}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const def = definitionOf(chart);
  if (def) {
    const title = specFor(def, locale, {}, "wide").title;
    cache.set(key, title);
    return title;
  }
  const element = (charts[chart] as (props: { locale: Locale; uid?: string }) => unknown)({ locale, uid: chart });
  if (!isValidElement(element) || element.type !== ChartFigure) throw new Error(`chartTitle: chart "${chart}" does not return a ChartFigure`);
  const title = (element as ReactElement<ChartFigureProps>).props.title;
  cache.set(key, title);
  return title;
}
