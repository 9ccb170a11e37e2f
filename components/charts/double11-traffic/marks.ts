// The Double 11 chart's data marks: sales bars (striped for 11-day years), the article's 2010 claim as a
// dashed ghost, the undisclosed year as a hatched column, the busiest-second dots and lines, and the share
// bought on phones. Every mark keeps its key in every step and scale, so a change of state moves it. Pure.
import { fill } from "@/lib/fill";
import { formatFigure } from "@/lib/data/format";
import type { UnitId } from "@/lib/data/units";
import type { Locale } from "@/lib/i18n";
import { rect, text, type CircleMark, type Mark, type PathMark, type RectMark, type Tip } from "@/lib/charts/scene";
import { polyline } from "@/lib/charts/tree";
import type { Row } from "@/lib/charts/data";
import { ELEVEN_DAY_WINDOW_FROM, hasValue, type Geometry, type TrafficInput, type Valued } from "@/components/charts/double11-traffic/scales";
import type { TrafficCopy } from "@/components/charts/double11-traffic/text";

export type Ctx = {
  g: Geometry;
  input: TrafficInput;
  copy: TrafficCopy;
  locale: Locale;
  /** Publisher names for source ids. */
  publishers: (ids: string[]) => string;
};

export const yearText = (c: Ctx, year: number) => fill(c.copy.year, { year });
const fmt = (c: Ctx, v: number, unit: UnitId) => formatFigure(v, unit, c.locale);

/** A tooltip and announcement for a row of a series. */
export function tipFor(
  c: Ctx,
  r: Row,
  series: keyof TrafficCopy["series"],
  valueText: string,
  mark: keyof TrafficCopy["marks"],
  extra: Partial<Tip> = {},
): Tip {
  return {
    year: r.year,
    label: fill(c.copy.marks[mark], { year: yearText(c, r.year), value: valueText }),
    title: `${yearText(c, r.year)} · ${c.copy.series[series]}`,
    value: valueText,
    note: r.note,
    source: c.publishers(r.source),
    confidence: r.confidence,
    ...extra,
  };
}

export type SalesMarks = { bars: RectMark[]; claim: RectMark | null; gap: Mark[] };

export function salesMarks(c: Ctx): SalesMarks {
  const { g, input, copy } = c;
  const bars = input.gmv.filter(hasValue).map((r) => {
    const eleven = r.year >= ELEVEN_DAY_WINDOW_FROM;
    const valueText = fmt(c, r.value, "cny-100m");
    const y = g.yGmv(r.value);
    const tip = tipFor(c, r, "gmv", valueText, "gmv", eleven ? { note: r.note ?? copy.windowNote } : {});
    if (eleven) tip.label += c.locale === "en" ? ` (${copy.windowNote})` : `（${copy.windowNote}）`;
    return rect(`gmv-${r.year}`, g.x(r.year) ?? 0, y, g.bw, g.gmvFloor - y, {
      className: eleven ? "chart-d11-window" : "chart-mark",
      pattern: eleven ? "stripes" : undefined,
      tip,
      attrs: { "data-kind": eleven ? "eleven-days" : "day" },
    });
  });

  // The article's 2010 figure: a dashed ghost over the Taobao Mall bar, reaching the height it claims.
  const claimRow = hasValue(input.claim2010) ? input.claim2010 : null;
  let claim: RectMark | null = null;
  if (claimRow) {
    const y = g.yGmv(claimRow.value);
    const valueText = fmt(c, claimRow.value, "cny-100m");
    claim = rect(`claim-${claimRow.year}`, g.x(claimRow.year) ?? 0, y, g.bw, g.gmvFloor - y, {
      className: "chart-mark",
      tip: tipFor(c, claimRow, "claim", valueText, "claim", { note: claimRow.note ?? copy.claimNote, confidence: "low" }),
      attrs: { "data-kind": "claim" },
    });
  }

  // Years with a row but no value (2022 onward): a hatched column that says so, never a zero.
  const gap: Mark[] = [];
  const gapRow = input.gmv.find((r) => !hasValue(r));
  if (gapRow) {
    const p = g.panels.gmv;
    const top = p.top + (p.bottom - p.top) * 0.05;
    const gx = g.x(gapRow.year) ?? 0;
    gap.push(
      rect(`gap-${gapRow.year}`, gx, top, g.bw, p.bottom - top, {
        className: "chart-d11-gap",
        pattern: "hatch",
        tip: { ...tipFor(c, gapRow, "gmv", copy.notDisclosed, "gap"), value: copy.notDisclosed },
        attrs: { "data-kind": "gap" },
      }),
      // Rotated to run up the column, from just above the baseline.
      text(`gap-text`, gx + g.bw / 2, p.bottom - 6, copy.notDisclosed, g.frame.type.note, {
        rotate: -90,
        baseline: "middle",
        halo: true,
        className: "chart-text chart-muted",
      }),
    );
  }
  return { bars, claim, gap };
}

export type PeakMarks = { orders: CircleMark[]; payments: CircleMark[]; lines: PathMark[] };

/** Dots, joined only between consecutive years: a missing year is a break in the line. */
export function peakMarks(c: Ctx): PeakMarks {
  const { g } = c;
  const dots = (rows: Valued[], kind: "orders" | "payments"): CircleMark[] =>
    rows.map((r) => {
      const unit: UnitId = kind === "orders" ? "orders-per-second" : "payments-per-second";
      const valueText = fmt(c, r.value, unit);
      return {
        type: "circle",
        key: `${kind}-${r.year}`,
        cx: g.cx(r.year),
        cy: g.yPeak(r.value),
        r: kind === "orders" ? g.frame.dot : g.frame.dot * 0.72,
        className: kind === "orders" ? "chart-d11-dot" : "chart-d11-dot-context",
        tip: tipFor(c, r, kind, valueText, kind),
        attrs: { "data-kind": kind },
      };
    });
  const orders = dots(c.input.orders.filter(hasValue), "orders");
  const payments = dots(c.input.payments.filter(hasValue), "payments");
  const runs = (ds: CircleMark[]) => {
    const out: CircleMark[][] = [];
    for (const d of ds) {
      const run = out.at(-1);
      if (run && run.at(-1)!.tip!.year === d.tip!.year! - 1) run.push(d);
      else out.push([d]);
    }
    return out.filter((r) => r.length > 1);
  };
  const lines = (ds: CircleMark[], kind: string, className: string): PathMark[] =>
    runs(ds).map((run) => ({ type: "path", key: `${kind}-line-${run[0]!.tip!.year}`, d: polyline(run.map((d) => [d.cx, d.cy])), className }));
  return { orders, payments, lines: [...lines(payments, "payments", "chart-d11-line-context"), ...lines(orders, "orders", "chart-d11-line")] };
}

export function mobileBars(c: Ctx): RectMark[] {
  const { g } = c;
  return c.input.mobile.filter(hasValue).map((r) => {
    const valueText = fmt(c, r.value, "percent");
    const y = g.yMobile(r.value);
    return rect(`mobile-${r.year}`, g.x(r.year) ?? 0, y, g.bw, g.panels.mobile.bottom - y, {
      className: "chart-mark",
      tip: tipFor(c, r, "mobile", valueText, "mobile"),
      attrs: { "data-kind": "mobile" },
    });
  });
}
