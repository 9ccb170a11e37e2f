// Compute-scale chart, server side: reads three datasets from the registry, lays out a wide and a narrow
// scene for the step (and, where the cluster panel shows, for both the log view and the unit view), and
// renders them inside ChartFigure. The view toggle only switches server-rendered SVGs.
import copyFile from "@/content/charts/compute-scale.json";
import { getDataset, getSource, sourceNames } from "@/lib/data/registry";
import { formatFigure, formatNumber } from "@/lib/data/format";
import type { SeriesRow } from "@/lib/data/schema";
import type { ChartProps } from "@/components/charts/registry";
import { fill } from "@/lib/ui";
import { pickCopy } from "@/lib/content/copy";
import { toHant } from "@/lib/content/hant";
import { ChartFigure } from "@/components/charts/shared/ChartFigure";
import {
  GPUS_PER_SQUARE,
  LINGJUN,
  STEP_COUNT,
  computeRows,
  defaultView,
  layoutComputeScale,
  panelsForStep,
  referenceYear,
  toItems,
  type ComputeScaleData,
  type Item,
  type PanelKind,
  type View,
} from "@/components/charts/compute-scale/layout";
import { ComputeScaleView, type ComputeScaleViewText } from "@/components/charts/compute-scale/View";

export const SIZES = { wide: { width: 720 }, narrow: { width: 340 } } as const;

function seriesRows(id: string): SeriesRow[] {
  const dataset = getDataset(id);
  if (dataset.schema !== "series") throw new Error(`${id} must be a series`);
  return dataset.rows;
}

/** The numbers that the title, description and captions quote, all computed from the data. */
export function copyValues(data: ComputeScaleData, locale: ChartProps["locale"]): Record<string, string | number> {
  const { clusters, compute, top500 } = data;
  const byYear = [...clusters].sort((a, b) => a.year - b.year || a.value - b.value);
  const first = byYear[0];
  const largest = clusters.reduce<Item | undefined>((a, b) => (!a || b.value >= a.value ? b : a), undefined);
  const smallest = clusters.reduce<Item | undefined>((a, b) => (!a || b.value < a.value ? b : a), undefined);
  const lingjun = compute.find((c) => c.key === LINGJUN.total);
  const refYear = referenceYear(compute);
  const ref = top500.find((t) => t.year === refYear) ?? top500.at(-1);
  const gpu = (n: number) => formatFigure(n, "gpu", locale);
  return {
    count: clusters.length,
    first: first ? formatNumber(first.value, locale) : "",
    last: largest ? formatNumber(largest.value, locale) : "",
    firstYear: first?.year ?? "",
    lastYear: largest?.year ?? "",
    firstValue: first ? gpu(first.value) : "",
    lastValue: largest ? gpu(largest.value) : "",
    span: first && largest ? largest.year - first.year : "",
    ratio: first && largest ? (locale === "en" ? formatNumber(Math.round(largest.value / first.value), locale) : formatFigure(Math.round(largest.value / first.value), "times", locale)) : "",
    smallRatio: smallest && largest ? formatNumber(Math.round(largest.value / smallest.value), locale) : "",
    smallYear: smallest?.year ?? "",
    smallSquares: smallest ? formatNumber(Math.round((smallest.value / GPUS_PER_SQUARE) * 100) / 100, locale) : "",
    largeSquares: largest ? formatNumber(largest.value / GPUS_PER_SQUARE, locale) : "",
    unit: formatNumber(GPUS_PER_SQUARE, locale),
    lingjun: lingjun ? formatFigure(lingjun.value, "eflops", locale) : "",
    refYear: refYear ?? "",
    refName: ref?.name ?? "",
    frontier: ref ? formatFigure(ref.value, "pflops", locale) : "",
    topFirstYear: top500[0]?.year ?? "",
    topLastYear: top500.at(-1)?.year ?? "",
  };
}

export function ComputeScaleChart({ locale, step, uid = "compute-scale" }: ChartProps) {
  const copy = pickCopy(copyFile, locale);
  const convert = locale === "zh-hant" ? toHant : undefined;
  const s = step !== undefined && step >= 0 && step < STEP_COUNT ? step : undefined;
  const data: ComputeScaleData = {
    clusters: toItems(seriesRows("ai-cluster-gpus"), locale, convert),
    compute: toItems(seriesRows("ai-compute"), locale, convert),
    top500: toItems(seriesRows("top500-rmax"), locale, convert),
  };
  const vars = copyValues(data, locale);
  const kinds = panelsForStep(s);
  const text: ComputeScaleViewText = {
    title: fill(s === undefined ? copy.title : copy.titles[s]!, vars),
    desc: fill(s === undefined ? copy.desc : copy.descs[s]!, vars),
    source: (ids) => sourceNames(ids, locale),
  };
  const subtitle = fill(s === undefined ? copy.subtitle : copy.subtitles[s]!, vars);
  const labels = copy.labels;

  const hasGpus = kinds.includes("gpus");
  const views: View[] = hasGpus ? ["log", "units"] : ["log"];
  const initial = defaultView(s);
  const svgs = views.flatMap((view) =>
    (["wide", "narrow"] as const).map((variant) => {
      const scene = layoutComputeScale(data, { ...SIZES[variant], locale, step: s, view }, labels);
      return (
        <ComputeScaleView
          key={`${variant}-${view}`}
          scene={scene}
          text={text}
          variant={variant}
          uid={uid}
          when={hasGpus ? `view=${view}` : undefined}
          hidden={hasGpus && view !== initial}
        />
      );
    }),
  );

  // The table holds exactly the rows the step draws, in the order it draws them.
  const shown: { kind: PanelKind; item: Item }[] = [];
  for (const kind of kinds) {
    if (kind === "gpus") [...data.clusters].sort((a, b) => a.year - b.year || a.value - b.value).forEach((item) => shown.push({ kind, item }));
    if (kind === "compute")
      computeRows(data.compute).forEach((row) => {
        if (row.kind === "stack") [row.total, ...row.parts].forEach((item) => shown.push({ kind, item }));
        else shown.push({ kind, item: row.item });
      });
    if (kind === "top500") data.top500.forEach((item) => shown.push({ kind, item }));
  }
  const unit = { gpus: "gpu", compute: "eflops", top500: "pflops" } as const;
  const measure = (kind: PanelKind, item: Item) =>
    kind === "compute" ? fill(copy.measures.compute, { p: item.precision ?? labels.unstated }) : copy.measures[kind];
  const sources = [...new Set(shown.flatMap(({ item }) => item.sources))];
  const notes = kinds.flatMap((k) => copy.notes[k]);

  return (
    <ChartFigure
      id="compute-scale"
      uid={uid}
      locale={locale}
      step={s}
      title={text.title}
      subtitle={subtitle}
      plotLabel={copy.plotLabel}
      sources={sources}
      notes={notes}
      controls={
        hasGpus
          ? [
              {
                name: "view",
                label: copy.viewLabel,
                value: initial,
                options: [
                  { value: "log", label: copy.viewOptions.log },
                  { value: "units", label: copy.viewOptions.units },
                ],
              },
            ]
          : undefined
      }
      table={{
        caption: copy.tableCaption,
        columns: [
          { key: "year", label: copy.columns.year },
          { key: "item", label: copy.columns.item },
          { key: "measure", label: copy.columns.measure },
          { key: "value", label: copy.columns.value, numeric: true },
          { key: "note", label: copy.columns.note },
          { key: "source", label: copy.columns.source },
        ],
        rows: shown.map(({ kind, item }) => ({
          year: String(item.year),
          item: item.label,
          measure: measure(kind, item),
          value: formatFigure(item.value, unit[kind], locale),
          note: item.note ?? "",
          source: sourceNames(item.sources, locale),
        })),
      }}
    >
      {svgs}
    </ChartFigure>
  );
}
