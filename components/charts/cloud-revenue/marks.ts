// The cloud-revenue chart's data marks: a bar per fiscal year and per quarter from zero (low-confidence
// years hollow and dashed by CSS), an empty slot for a quarter without an amount (it still carries its
// growth), and a dashed outline over FY2022 up to the figure before elimination. Every mark has a tooltip
// with its value and sources. Pure.
import { fill } from "@/lib/fill";
import type { Locale } from "@/lib/i18n";
import { rect, type RectMark, type Tip } from "@/lib/charts/scene";
import type { Row } from "@/lib/charts/data";
import { hasValue, quarterKey, type RevenueInput } from "@/components/charts/cloud-revenue/input";
import type { Geometry } from "@/components/charts/cloud-revenue/scales";
import { cny, fyTitle, ghostTitle, growthText, quarterTitle, type RevenueCopy } from "@/components/charts/cloud-revenue/text";

export type Ctx = {
  g: Geometry;
  input: RevenueInput;
  copy: RevenueCopy;
  locale: Locale;
  /** Publisher names for source ids. */
  publishers: (ids: string[]) => string;
};

/** A tooltip, and the sentence announced when arrowing to the mark (it starts with the year). */
function tipFor(c: Ctx, row: Row, title: string, value: string): Tip {
  return {
    year: row.year,
    label: `${row.year}: ${title}, ${value}${row.note && row.confidence === "low" ? ` (${row.note})` : ""}`,
    title,
    value,
    note: row.note,
    source: c.publishers(row.source),
    confidence: row.confidence,
  };
}

/** One bar per fiscal year. */
export function yearBars(c: Ctx): RectMark[] {
  const { g } = c;
  const p = g.panels.years;
  return c.input.years.filter(hasValue).map((r) => {
    const y = p.y(r.value);
    return rect(`fy-${r.year}`, g.fx(r.year) ?? 0, y, g.fx.bandwidth(), p.bottom - y, {
      className: "chart-mark",
      tip: tipFor(c, r, fyTitle(c.copy, r.year), cny(r.value, c.locale)),
    });
  });
}

/** One bar per quarter; a quarter without an amount is an empty slot the height of the panel. */
export function quarterBars(c: Ctx): RectMark[] {
  const { g, copy, locale } = c;
  const p = g.panels.quarters;
  return c.input.quarters.map((r) => {
    const key = quarterKey(r);
    const growth = c.input.growth[key];
    const amount = hasValue(r) ? cny(r.value, locale) : copy.missingValue;
    const value = growth === undefined ? amount : `${amount} · ${fill(copy.growth, { growth: growthText(growth, locale) })}`;
    const tip = tipFor(c, r, quarterTitle(copy, r), value);
    const x = g.qx(key) ?? 0;
    if (!hasValue(r)) return rect(`q-${key}`, x, p.top, g.qx.bandwidth(), p.bottom - p.top, { className: "chart-slot", tip, attrs: { "data-missing": "" } });
    const y = p.y(r.value);
    return rect(`q-${key}`, x, y, g.qx.bandwidth(), p.bottom - y, { className: "chart-mark", tip });
  });
}

/** The outline from a fiscal year's published figure up to its figure before elimination. */
export function ghost(c: Ctx, bars: RectMark[]): RectMark | null {
  const row = c.input.ghost;
  const bar = row ? bars.find((b) => b.key === `fy-${row.year}`) : undefined;
  if (!hasValue(row) || !bar) return null;
  const y = c.g.panels.years.y(row.value);
  return rect(`ghost-${row.year}`, bar.x, y, bar.width, bar.y - y, {
    className: "chart-ghost",
    tip: tipFor(c, row, ghostTitle(c.copy, row), cny(row.value, c.locale)),
  });
}
