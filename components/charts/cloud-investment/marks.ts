// The cloud-investment chart's data marks: one bar per row (the forecast and IaaS revenue in the accent,
// the context rows in grey, low-confidence rows hollow and dashed by CSS) and Synergy's wider measure as
// dots on the IaaS rows of the same year. Every mark has a tooltip with its value and sources. Pure.
import { fill } from "@/lib/fill";
import type { Locale } from "@/lib/i18n";
import { rect, type CircleMark, type RectMark, type Tip } from "@/lib/charts/scene";
import { hasValue, type BarGroup, type InvestmentInput, type Valued } from "@/components/charts/cloud-investment/input";
import { mid, panelOf, usd, type Geometry } from "@/components/charts/cloud-investment/scales";
import { ratioFor, tipTitle, type InvestmentCopy } from "@/components/charts/cloud-investment/text";

export type Ctx = {
  g: Geometry;
  input: InvestmentInput;
  copy: InvestmentCopy;
  vars: Record<string, string | number>;
  locale: Locale;
  /** Publisher names for source ids. */
  publishers: (ids: string[]) => string;
};

/** The forecast's ratio to an Apollo estimate, formatted ("1.76×"), or undefined for other rows. */
export const ratioText = (c: Ctx, row: Valued, group: BarGroup | "wider") => ratioFor(c.input, row, group, c.locale);

/** A mark's tooltip, and the sentence announced when arrowing to it (it starts with the year). */
export function tipFor(c: Ctx, row: Valued, group: BarGroup | "wider"): Tip {
  const title = tipTitle(c.copy, c.vars, row, group);
  const value = usd(row.value, c.locale);
  const ratio = ratioText(c, row, group);
  const extra = ratio ? fill(c.copy.tips.ratio, { ratio }) : undefined;
  return {
    year: row.year,
    label: `${row.year}: ${title}, ${value}${extra ? `. ${extra}` : ""}${row.note ? ` (${row.note})` : ""}`,
    title,
    value: extra ? `${value} · ${extra}` : value,
    note: row.note,
    source: c.publishers(row.source),
    confidence: row.confidence,
  };
}

/** The bars, top to bottom. */
export function bars(c: Ctx): RectMark[] {
  const { g } = c;
  return g.rows.map((r) => {
    const { x0, x } = panelOf(g, r);
    return rect(`bar-${r.id}`, x0, r.top, x(r.row.value) - x0, g.barH, {
      className: r.group === "forecast" || r.group === "iaas" ? "chart-mark" : "chart-mark-alt",
      tip: tipFor(c, r.row, r.group),
      attrs: { "data-group": r.group },
    });
  });
}

/** Synergy's wider measure: a dot on the IaaS row of the same year. */
export function widerDots(c: Ctx): CircleMark[] {
  const { g } = c;
  return c.input.wider.filter(hasValue).flatMap((w) => {
    const r = g.rows.find((x) => x.group === "iaas" && x.row.year === w.year);
    if (!r) return [];
    return [
      {
        type: "circle",
        key: `wider-${w.year}`,
        cx: panelOf(g, r).x(w.value),
        cy: mid(g, r),
        r: g.frame.dot,
        className: "chart-mark-alt chart-dot",
        tip: tipFor(c, w, "wider"),
        attrs: { "data-group": "wider" },
      } satisfies CircleMark,
    ];
  });
}
