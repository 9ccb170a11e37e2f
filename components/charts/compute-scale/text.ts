// The compute-scale chart's words: the figures its copy quotes (computed from the data, never typed), the
// title, subtitle, description and notes of a step, the table of exactly the rows a step draws, and the
// sources behind them. Pure.
import type copyFile from "@/content/charts/compute-scale.json";
import { fill } from "@/lib/fill";
import { formatFigure, formatNumber } from "@/lib/data/format";
import { isUnitId, type UnitId } from "@/lib/data/units";
import type { Locale } from "@/lib/i18n";
import type { ChartTable } from "@/lib/charts/spec";
import {
  GPUS_PER_SQUARE,
  LINGJUN,
  clusterEnds,
  clusterOrder,
  computeRows,
  referenceYear,
  type ComputeInput,
  type Item,
} from "@/components/charts/compute-scale/items";
import { STEP_COUNT, openPanels, planFor, type PanelId } from "@/components/charts/compute-scale/steps";

/** The words the chart uses: one locale's copy, as in content/charts/compute-scale.json. */
export type ComputeCopy = (typeof copyFile)["en"];

/** The figures the copy's placeholders name ({ratio}, {lingjun}…), all from the data. */
export function copyVars(input: ComputeInput, locale: Locale): Record<string, string | number> {
  const { clusters, compute, top500 } = input;
  const { first, smallest, largest } = clusterEnds(clusters);
  const lingjun = compute.find((c) => c.key === LINGJUN.total);
  const refYear = referenceYear(compute);
  const ref = top500.find((t) => t.year === refYear) ?? top500.at(-1);
  const gpu = (n: number) => formatFigure(n, "gpu", locale);
  const times = (n: number) => (locale === "en" ? formatNumber(n, locale) : formatFigure(n, "times", locale));
  return {
    count: clusters.length,
    first: first ? formatNumber(first.value, locale) : "",
    last: largest ? formatNumber(largest.value, locale) : "",
    firstYear: first?.year ?? "",
    lastYear: largest?.year ?? "",
    firstValue: first ? gpu(first.value) : "",
    lastValue: largest ? gpu(largest.value) : "",
    span: first && largest ? largest.year - first.year : "",
    ratio: first && largest ? times(Math.round(largest.value / first.value)) : "",
    smallRatio: smallest && largest ? formatNumber(Math.round(largest.value / smallest.value), locale) : "",
    smallYear: smallest?.year ?? "",
    smallName: smallest?.label ?? "",
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

/** Title, subtitle, description and notes of a step (no step: the complete chart). */
export function computeText(input: ComputeInput, copy: ComputeCopy, locale: Locale, step?: number) {
  const vars = copyVars(input, locale);
  const s = step === undefined ? undefined : Math.max(0, Math.min(STEP_COUNT - 1, step));
  const pick = (all: string, each: string[]) => fill(s === undefined ? all : each[s]!, vars);
  return {
    title: pick(copy.title, copy.titles),
    subtitle: pick(copy.subtitle, copy.subtitles),
    desc: pick(copy.desc, copy.descs),
    notes: openPanels(planFor(step)).flatMap((p) => copy.notes[p].map((n) => fill(n, vars))),
    vars,
  };
}

const UNIT: Record<PanelId, UnitId> = { gpus: "gpu", compute: "eflops", top500: "pflops" };

/** Every row a step draws, in the order it draws them, with the panel it sits in. */
export function shownRows(input: ComputeInput, step?: number): { panel: PanelId; item: Item }[] {
  const out: { panel: PanelId; item: Item }[] = [];
  for (const panel of openPanels(planFor(step))) {
    if (panel === "gpus") for (const item of clusterOrder(input.clusters)) out.push({ panel, item });
    if (panel === "compute")
      for (const row of computeRows(input.compute)) {
        if (row.kind === "stack") for (const item of [row.total, ...row.parts]) out.push({ panel, item });
        else out.push({ panel, item: row.item });
      }
    if (panel === "top500") for (const item of input.top500) out.push({ panel, item });
  }
  return out;
}

/** The table of exactly the data a step draws. */
export function computeTable(input: ComputeInput, copy: ComputeCopy, locale: Locale, publishers: (ids: string[]) => string, step?: number): ChartTable {
  const measure = (panel: PanelId, item: Item) =>
    panel === "compute" ? fill(copy.measures.compute, { p: item.precision ?? copy.labels.unstated }) : copy.measures[panel];
  return {
    caption: copy.tableCaption,
    columns: [
      { key: "year", label: copy.columns.year },
      { key: "item", label: copy.columns.item },
      { key: "measure", label: copy.columns.measure },
      { key: "value", label: copy.columns.value, numeric: true },
      { key: "note", label: copy.columns.note },
      { key: "source", label: copy.columns.source },
    ],
    rows: shownRows(input, step).map(({ panel, item }) => ({
      year: String(item.year),
      item: item.label,
      measure: measure(panel, item),
      value: formatFigure(item.value, item.unit && isUnitId(item.unit) ? item.unit : UNIT[panel], locale),
      note: item.note ?? "",
      source: publishers(item.source),
    })),
  };
}

/** The sources of everything a step draws. */
export const computeSources = (input: ComputeInput, step?: number) => [...new Set(shownRows(input, step).flatMap(({ item }) => item.source))];
