// The Double 11 chart's words: the figures its copy quotes (computed from the data, never typed), the
// title, description and notes for a step, and the table of every value drawn. Pure.
import type copyFile from "@/content/charts/double11-traffic.json";
import { fill } from "@/lib/fill";
import { formatFigure, formatNumber } from "@/lib/data/format";
import type { UnitId } from "@/lib/data/units";
import { isChinese, type Locale } from "@/lib/i18n";
import type { ChartTable } from "@/lib/charts/spec";
import type { Row } from "@/lib/charts/data";
import { ELEVEN_DAY_WINDOW_FROM, hasValue, type TrafficInput } from "@/components/charts/double11-traffic/scales";
import { STEP_COUNT } from "@/components/charts/double11-traffic/steps";
import { marks } from "@/lib/content/punctuation";

/** The words the chart uses: one locale's copy, as in content/charts/double11-traffic.json. */
export type TrafficCopy = (typeof copyFile)["en"];

/** The figures the copy's placeholders name ({ratio}, {peak}…), all from the data. */
export function copyVars(input: TrafficInput, locale: Locale): Record<string, string | number> {
  const gmv = input.gmv.filter(hasValue);
  const first = gmv[0];
  const lastDay = gmv.filter((r) => r.year < ELEVEN_DAY_WINDOW_FROM).at(-1);
  const last = gmv.at(-1);
  const undisclosed = input.gmv.find((r) => !hasValue(r));
  const orders = input.orders.filter(hasValue);
  const mobile = input.mobile.filter(hasValue);
  const cloud = (input.cloudShare ?? []).filter(hasValue);
  const m = mobile.find((r) => r.year === 2016) ?? mobile.at(-1);
  const fmt = (v: number, unit: UnitId) => formatFigure(v, unit, locale);
  const vars: Record<string, string | number> = { breakYear: ELEVEN_DAY_WINDOW_FROM, undisclosedYear: undisclosed?.year ?? "" };
  if (first && lastDay) {
    vars.first = first.year;
    vars.last = lastDay.year;
    vars.firstValue = fmt(first.value, "cny-100m");
    vars.lastDayValue = fmt(lastDay.value, "cny-100m");
    // Rounded as the chapter's <Ratio> rounds it, so text and chart agree.
    vars.ratio = formatNumber(Math.round(lastDay.value / first.value), locale);
    vars.decade = lastDay.year - first.year;
  }
  if (last) {
    vars.lastYear = last.year;
    vars.lastValue = fmt(last.value, "cny-100m");
  }
  const y2010 = gmv.find((r) => r.year === 2010);
  if (y2010) vars.value2010 = fmt(y2010.value, "cny-100m");
  if (hasValue(input.claim2010)) {
    vars.claim = fmt(input.claim2010.value, "cny-100m");
    vars.claimYear = input.claim2010.year;
  }
  if (hasValue(input.margin2010)) {
    vars.seconds = fmt(input.margin2010.value, "second");
    vars.marginYear = input.margin2010.year;
  }
  if (cloud.length >= 2) {
    vars.cloudFrom = fmt(cloud[0]!.value, "percent");
    vars.cloudTo = fmt(cloud.at(-1)!.value, "percent");
    vars.cloudFromYear = cloud[0]!.year;
    vars.cloudToYear = cloud.at(-1)!.year;
  }
  if (m) {
    vars.mobile = fmt(m.value, "percent");
    vars.mobileYear = m.year;
  }
  if (mobile.length) {
    vars.mobileFirstYear = mobile[0]!.year;
    vars.mobileLastYear = mobile.at(-1)!.year;
    vars.mobileLast = fmt(mobile.at(-1)!.value, "percent");
  }
  if (orders.length >= 2) {
    const a = orders[0]!;
    const b = orders.at(-1)!;
    vars.firstPeak = formatNumber(a.value, locale);
    vars.firstPeakYear = a.year;
    vars.peak = formatNumber(b.value, locale);
    vars.peakYear = b.year;
    vars.peakRatio = formatNumber(Math.round(b.value / a.value), locale);
    vars.peakYears = b.year - a.year;
    const gapYears = [];
    for (let y = a.year + 1; y < (orders[1]?.year ?? a.year); y++) gapYears.push(y);
    vars.ordersGapFrom = gapYears[0] ?? "";
    vars.ordersGapTo = gapYears.at(-1) ?? "";
  }
  return vars;
}

/** Title, description and notes for a step (no step: the complete chart, told as the first step). */
export function trafficText(input: TrafficInput, copy: Pick<TrafficCopy, "titles" | "desc" | "steps" | "notes">, locale: Locale, step?: number) {
  const vars = copyVars(input, locale);
  const s = Math.max(0, Math.min(Math.min(STEP_COUNT, copy.titles.length) - 1, step ?? 0));
  return {
    title: fill(copy.titles[s]!, vars),
    desc: `${fill(copy.desc, vars)} ${fill(copy.steps[s] ?? "", vars)}`.trim(),
    notes: copy.notes.map((n) => fill(n, vars)),
    vars,
  };
}

/** One row per year, every series side by side, with their sources' publishers. */
export function trafficTable(input: TrafficInput, copy: TrafficCopy, locale: Locale, publishers: (ids: string[]) => string): ChartTable {
  const fmt = formatFigure;
  const years = [...new Set([...input.gmv, ...input.orders, ...input.payments, ...input.mobile].map((r) => r.year))].sort((a, b) => a - b);
  const at = (rows: Row[], year: number) => rows.find((r) => r.year === year);
  const none = copy.cells.none;
  const rows = years.map((year) => {
    const g = at(input.gmv, year);
    const o = at(input.orders, year);
    const p = at(input.payments, year);
    const m = at(input.mobile, year);
    const c = at(input.cloudShare ?? [], year);
    const claim = input.claim2010 && input.claim2010.year === year ? input.claim2010 : null;
    let gmv = none;
    if (g) {
      gmv = g.value === null ? copy.cells.notDisclosed : fmt(g.value, "cny-100m", locale);
      if (g.value !== null && year >= ELEVEN_DAY_WINDOW_FROM) gmv += locale === "en" ? ` (${copy.windowNote})` : `（${copy.windowNote}）`;
      if (claim?.value != null) gmv += `${marks(isChinese(locale)).list}${fill(copy.cells.claim, { claim: fmt(claim.value, "cny-100m", locale) })}`;
    }
    return {
      year: fill(copy.year, { year }),
      gmv,
      orders: o?.value != null ? fmt(o.value, "orders-per-second", locale) : none,
      payments: p?.value != null ? fmt(p.value, "payments-per-second", locale) : none,
      mobile: m?.value != null ? fmt(m.value, "percent", locale) : none,
      cloud: c?.value != null ? fmt(c.value, "percent", locale) : none,
      source: publishers([g, o, p, m, c, claim].flatMap((r) => r?.source ?? [])),
    };
  });
  return {
    caption: copy.tableCaption,
    columns: [
      { key: "year", label: copy.columns.year },
      { key: "gmv", label: copy.columns.gmv, numeric: true },
      { key: "orders", label: copy.columns.orders, numeric: true },
      { key: "payments", label: copy.columns.payments, numeric: true },
      { key: "mobile", label: copy.columns.mobile, numeric: true },
      { key: "cloud", label: copy.columns.cloud, numeric: true },
      { key: "source", label: copy.columns.source },
    ],
    rows,
  };
}

/** Every source the chart draws on. */
export function trafficSources(input: TrafficInput): string[] {
  const rows = [
    ...input.gmv,
    ...input.orders,
    ...input.payments,
    ...input.mobile,
    ...(input.cloudShare ?? []),
    input.claim2010,
    input.margin2010,
    input.tmall2010,
  ];
  return [...new Set(rows.flatMap((r) => r?.source ?? []))];
}
