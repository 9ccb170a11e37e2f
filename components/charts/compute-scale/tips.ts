// Tooltips and announcements for the compute-scale chart's marks: the sentence a screen reader hears (it
// starts with the year), the tooltip's title, value, note and source. Pure.
import { fill } from "@/lib/fill";
import type { Tip } from "@/lib/charts/scene";
import type { Item } from "@/components/charts/compute-scale/items";
import type { Ctx } from "@/components/charts/compute-scale/scales";

/** A mark's tip; `precision` adds "(FP16)" to the announcement, `note` replaces the row's note. */
export function tipFor(c: Ctx, item: Item, valueText: string, o: { name?: string; precision?: string; note?: string } = {}): Tip {
  const L = c.copy.labels;
  const name = o.name ?? item.label;
  const said = fill(L.aria, { year: item.year, name, value: valueText });
  return {
    year: item.year,
    label: o.precision ? fill(L.withPrecision, { text: said, p: o.precision }) : said,
    title: `${item.year} · ${name}`,
    value: valueText,
    note: o.note ?? item.note,
    source: c.publishers(item.source),
    confidence: item.confidence,
  };
}
