// Which chapter tells a chart's story, so an embed's credit line can send its reader there. Read from the
// chapters themselves (<Chart id="…"/> or <Scrolly chart="…">), so moving a chart moves its credit link.
import { getChapters, type Chapter } from "@/lib/content/chapters";
import type { Locale } from "@/lib/i18n";

const placesChart = (body: string, chart: string) => new RegExp(`<(?:Chart\\s+id|Scrolly\\s+chart)=["']${chart.replace(/[^a-z0-9-]/g, "")}["']`).test(body);

/** The first chapter that places the chart, or undefined if no chapter does (the credit then links the cover). */
export function chapterOf(locale: Locale, chart: string): Pick<Chapter, "slug" | "title" | "number"> | undefined {
  return getChapters(locale).find((c) => placesChart(c.body, chart));
}
