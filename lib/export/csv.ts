// The data behind a chart as CSV: exactly the rows of the chart's own table (what ChartFigure shows under
// "Show the data as a table", in the same order and wording), with the column headers in the reader's
// language, plus two source columns (publisher and URL). UTF-8 with a byte-order mark so Excel opens
// Chinese correctly; written with d3-dsv.
import { csvFormatRows } from "d3-dsv";
import { getSource, sourceName } from "@/lib/data/registry";
import type { Locale } from "@/lib/i18n";
import type { ChartId } from "@/components/charts/registry";
import { chartParts, type ChartParts } from "@/lib/export/chart-parts";
import { getDictionary } from "@/lib/ui";

export const BOM = "\uFEFF";

/** The sources of one table row: the publishers its "source" cell names (none for a hypothetical row), or,
 * when the table has no source column, every source of the chart. */
function rowSources(parts: ChartParts, row: Record<string, string>, locale: Locale): string[] {
  if (!("source" in row)) return parts.sources;
  const cell = row.source!;
  return cell ? parts.sources.filter((id) => cell.includes(sourceName(id, locale))) : [];
}

/** Header and rows (without BOM) of a chart's table; exported for tests. */
export function csvTable(parts: ChartParts, locale: Locale): string[][] {
  const t = getDictionary(locale).gallery;
  const columns = parts.table.columns;
  const hasSource = columns.some((c) => c.key === "source");
  const header = [...columns.map((c) => c.label), ...(hasSource ? [] : [t.csvSource]), t.csvSourceUrl];
  const body = parts.table.rows.map((row) => {
    const ids = rowSources(parts, row, locale);
    const names = [...new Set(ids.map((id) => sourceName(id, locale)))].join("; ");
    const urls = [...new Set(ids.map((id) => getSource(id).url).filter((u): u is string => !!u))].join(" ");
    return [...columns.map((c) => row[c.key] ?? ""), ...(hasSource ? [] : [names]), urls];
  });
  return [header, ...body];
}

export async function chartCsv(id: ChartId, locale: Locale): Promise<string> {
  return BOM + csvFormatRows(csvTable(await chartParts(id, locale), locale)) + "\n";
}
