// Double 11 chart, server side: reads the registry, lays out a wide and a narrow version on a linear and a
// log axis, and renders all four (CSS picks the size, ChartControls the scale).
import copyFile from "@/content/charts/double11-traffic.json";
import { getDataset, getFigure, getSource, sourceNames } from "@/lib/data/registry";
import type { SeriesRow } from "@/lib/data/schema";
import { formatFigure } from "@/lib/data/format";
import type { ChartProps } from "@/components/charts/registry";
import type { Locale } from "@/lib/i18n";
import { pickCopy } from "@/lib/content/copy";
import { toHant } from "@/lib/content/hant";
import { ChartFigure } from "@/components/charts/shared/ChartFigure";
import { ELEVEN_DAY_WINDOW_FROM, fillText, layoutDouble11Traffic, trafficText, type Row, type TrafficInput } from "@/components/charts/double11-traffic/layout";
import { Double11TrafficView, type TrafficViewText } from "@/components/charts/double11-traffic/View";

export const SIZES = { wide: { width: 720, height: 560 }, narrow: { width: 340, height: 440 } } as const;

/** A row's note in the reader's language (Traditional derived from Simplified). */
function localNote(row: SeriesRow, locale: Locale): string | undefined {
  if (locale === "en") return row.note || undefined;
  const zh = row.note_zh || undefined;
  return zh && locale === "zh-hant" ? toHant(zh) : zh;
}

function seriesRows(id: string, locale: Locale): Row[] {
  const dataset = getDataset(id);
  if (dataset.schema !== "series") throw new Error(`${id} must be a series`);
  return dataset.rows.map((r) => ({ year: r.year, value: r.value, confidence: r.confidence, source: r.source, note: localNote(r, locale) }));
}

/** A registered fact as a one-year row. */
function factRow(id: string, locale: Locale): Row | null {
  const f = getFigure(id);
  if (typeof f.value !== "number" || !f.when) return null;
  const note = typeof f.note === "object" ? (locale === "en" ? f.note.en : locale === "zh-hant" ? toHant(f.note["zh-hans"]) : f.note["zh-hans"]) : f.note;
  return { year: Number(f.when.slice(0, 4)), value: f.value, confidence: f.confidence, source: f.source, note };
}

/** Everything the chart draws, from the registry. */
export function double11Input(locale: Locale): TrafficInput {
  const tmall = seriesRows("double11-gmv-tmall", locale);
  return {
    gmv: seriesRows("double11-gmv", locale),
    orders: seriesRows("double11-peak-orders", locale),
    payments: seriesRows("double11-alipay-peak", locale),
    mobile: seriesRows("double11-mobile-share", locale),
    tmall2010: tmall.find((r) => r.year === 2010) ?? null,
    claim2010: factRow("double11-gmv-2010-article", locale),
    cloudShare: ["orders-on-cloud-2012", "orders-on-cloud-2013"].map((id) => factRow(id, locale)).filter((r): r is Row => r !== null),
    margin2010: factRow("alipay-margin-2010", locale),
  };
}

export function Double11TrafficChart({ locale, step, uid = "double11-traffic" }: ChartProps) {
  const copy = pickCopy(copyFile, locale);
  const input = double11Input(locale);
  const s = step ?? 0;
  const { title, desc, notes, vars } = trafficText(input, copy, locale, s);
  const publishers = (ids: string[]) => sourceNames(ids, locale);
  const text: TrafficViewText = { title, desc, source: publishers };
  const scenes = (["wide", "narrow"] as const).flatMap((variant) =>
    (["linear", "log"] as const).map((scale) => ({
      variant,
      scale,
      scene: layoutDouble11Traffic(input, { ...SIZES[variant], locale, scale, step: s }, copy),
    })),
  );

  // The table: one row per year, every series side by side.
  const fmt = formatFigure;
  const years = [...new Set([...input.gmv, ...input.orders, ...input.payments, ...input.mobile].map((r) => r.year))].sort((a, b) => a - b);
  const at = (rows: Row[], year: number) => rows.find((r) => r.year === year);
  const none = copy.cells.none;
  const tableRows = years.map((year) => {
    const g = at(input.gmv, year);
    const o = at(input.orders, year);
    const p = at(input.payments, year);
    const m = at(input.mobile, year);
    const c = at(input.cloudShare ?? [], year);
    const claim = input.claim2010 && input.claim2010.year === year ? input.claim2010 : null;
    let gmv = none;
    if (g) {
      gmv = g.value === null ? copy.cells.notDisclosed : fmt(g.value, "cny-100m", locale);
      if (g.value !== null && year >= ELEVEN_DAY_WINDOW_FROM) gmv += ` (${copy.windowNote})`;
      if (claim?.value != null) gmv += `; ${fillText(copy.cells.claim, { claim: fmt(claim.value, "cny-100m", locale) })}`;
    }
    const sources = [g, o, p, m, c, claim].flatMap((r) => r?.source ?? []);
    return {
      year: fillText(copy.year, { year }),
      gmv,
      orders: o?.value != null ? fmt(o.value, "orders-per-second", locale) : none,
      payments: p?.value != null ? fmt(p.value, "payments-per-second", locale) : none,
      mobile: m?.value != null ? fmt(m.value, "percent", locale) : none,
      cloud: c?.value != null ? fmt(c.value, "percent", locale) : none,
      source: publishers(sources),
    };
  });
  const allSources = [
    ...new Set(
      [...input.gmv, ...input.orders, ...input.payments, ...input.mobile, ...(input.cloudShare ?? []), input.claim2010, input.margin2010, input.tmall2010].flatMap(
        (r) => r?.source ?? [],
      ),
    ),
  ];

  return (
    <ChartFigure
      id="double11-traffic"
      uid={uid}
      locale={locale}
      step={step}
      // Room under the table toggle, so it keeps a 24 px target when a scrollytelling step follows directly.
      className="pb-4"
      title={title}
      subtitle={fillText(copy.subtitle, vars)}
      plotLabel={copy.plotLabel}
      sources={allSources}
      notes={notes}
      controls={[
        {
          name: "scale",
          label: copy.scaleControl.label,
          value: "linear",
          options: [
            { value: "linear", label: copy.scaleControl.linear },
            { value: "log", label: copy.scaleControl.log },
          ],
        },
      ]}
      table={{
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
        rows: tableRows,
      }}
    >
      {scenes.map(({ variant, scale, scene }) => (
        <Double11TrafficView
          key={`${variant}-${scale}`}
          scene={scene}
          text={text}
          variant={variant}
          uid={uid}
          when={`scale=${scale}`}
          hidden={scale !== "linear"}
        />
      ))}
    </ChartFigure>
  );
}
