// The compute-scale chart's rows as the layout reads them: three datasets (GPUs per landmark AI cluster,
// announced AI computing power, the TOP500 leader's FP64 score) as items with their words in the reader's
// language, and the few facts about them the chart draws on (Lingjun is the sum of two centres; Tesla's
// H100 cluster is not Dojo; the same Tesla machine appears in two datasets). Pure and d3-free.
import type { SeriesRow } from "@/lib/data/schema";
import { isChinese, type Locale } from "@/lib/i18n";

/** The unit view draws one square per this many GPUs. A design choice, not a data value. */
export const GPUS_PER_SQUARE = 1000;

/** Lingjun's announced total is the sum of these two Alibaba centres (research facts B11). */
export const LINGJUN = { total: "lingjun-2022", parts: ["zhangbei-2022", "ulanqab-2022"] } as const;
/** Alibaba Cloud's own rows: the story's thread, drawn in the accent colour. */
export const ALIBABA_KEYS: ReadonlySet<string> = new Set(["lingjun-2022", "zhangbei-2022", "ulanqab-2022", "fuyao-2022"]);
/** Tesla's Nvidia H100 cluster, which the article calls Dojo (research facts B10). */
export const NOT_DOJO_KEYS: ReadonlySet<string> = new Set(["tesla-h100-2023"]);
/** Precisions far below FP16 whose peaks are drawn apart from the others. */
export const SEPARATE_PRECISIONS: ReadonlySet<string> = new Set(["INT8", "INT4", "FP8"]);
/**
 * Rows of the computing-power dataset that describe a cluster of the GPU dataset under another key (the
 * notes of both rows give the same 5,760 A100s). A machine keeps one mark across the steps: its dot becomes
 * its bar. Rows with the same key in both datasets (tesla-h100-2023) match without an entry here.
 */
export const SAME_MACHINE: Readonly<Record<string, string>> = { "tesla-2021": "tesla-a100-2021" };

export type Item = {
  key: string;
  year: number;
  value: number;
  /** The label as the data gives it: "Zhangbei (precision not stated)". */
  label: string;
  /** The label without a trailing parenthesis: "Zhangbei". */
  name: string;
  /** "FP16", "INT8"… as named in the English label; null where the source does not say. */
  precision: string | null;
  note?: string;
  confidence: SeriesRow["confidence"];
  source: string[];
  /** The row's own unit where it differs from the dataset's ("eops": an INT8 peak counts operations, not FLOPs). */
  unit?: string;
};

/** Everything the chart draws. */
export type ComputeInput = { clusters: Item[]; compute: Item[]; top500: Item[] };

const TRAILING_PAREN = /\s*[(（][^()（）]*[)）]\s*$/;
const PRECISION = /\b(FP64|FP32|TF32|FP16|BF16|FP8|INT8|INT4)\b/;

const HAN = "[\u3400-\u9fff\uf900-\ufaff]";
const FULL: Record<string, string> = { ",": "，", ";": "；", ":": "：" };
/** The datasets write Chinese with ASCII punctuation ("扶摇,乌兰察布(精度未注明)"): set it full-width (not inside numbers). */
export function fullWidth(s: string): string {
  return s.replace(new RegExp(`\\(([^()]*${HAN}[^()]*)\\)`, "g"), "（$1）").replace(/(?<!\d)[,;:](?!\s)|[,;:](?![\s\d])/g, (p) => FULL[p] ?? p);
}

/** Rows with a value, labelled in the reader's language. `convert` turns Simplified into Traditional. */
export function toItems(rows: SeriesRow[], locale: Locale, convert: (s: string) => string = (s) => s): Item[] {
  const zh = isChinese(locale);
  return rows
    .filter((r): r is SeriesRow & { value: number } => r.value !== null && Number.isFinite(r.value))
    .map((r) => {
      const key = r.key || String(r.year);
      const label = zh && r.label_zh ? fullWidth(convert(r.label_zh)) : r.label_en || key;
      const note = zh ? (r.note_zh ? fullWidth(convert(r.note_zh)) : undefined) : r.note || undefined;
      return {
        key,
        year: r.year,
        value: r.value,
        label,
        name: label.replace(TRAILING_PAREN, "") || label,
        precision: r.label_en?.match(PRECISION)?.[1] ?? null,
        note,
        confidence: r.confidence,
        source: r.source,
        ...(r.unit ? { unit: r.unit } : {}),
      };
    });
}

/** The key of the machine a row describes, shared by the two datasets that describe it. */
export const machineOf = (key: string) => SAME_MACHINE[key] ?? key;

/** Clusters in reading order: by year, and within a year from small to large, so dots march right as the eye moves down. */
export const clusterOrder = (items: Item[]) => [...items].sort((a, b) => a.year - b.year || a.value - b.value);

export type ComputeRow = { kind: "stack"; total: Item; parts: Item[] } | { kind: "bar"; item: Item; separate: boolean };

/** Lingjun as the sum of its parts, then the other figures from large to small, then other precisions apart. */
export function computeRows(items: Item[]): ComputeRow[] {
  const byKey = new Map(items.map((i) => [i.key, i]));
  const total = byKey.get(LINGJUN.total);
  const parts = LINGJUN.parts.map((k) => byKey.get(k)).filter((p): p is Item => !!p);
  const stacked = !!total && parts.length === LINGJUN.parts.length;
  const used = new Set<string>(stacked ? [LINGJUN.total, ...LINGJUN.parts] : []);
  const rest = items.filter((i) => !used.has(i.key));
  const separate = (i: Item) => SEPARATE_PRECISIONS.has(i.precision ?? "");
  const rows: ComputeRow[] = [];
  if (stacked) rows.push({ kind: "stack", total: total!, parts });
  for (const item of rest.filter((i) => !separate(i)).sort((a, b) => b.value - a.value)) rows.push({ kind: "bar", item, separate: false });
  for (const item of rest.filter(separate).sort((a, b) => b.value - a.value)) rows.push({ kind: "bar", item, separate: true });
  return rows;
}

/** A computing-power row's value: a stack is the sum of its parts. */
export const rowValue = (r: ComputeRow) => (r.kind === "stack" ? r.parts.reduce((sum, p) => sum + p.value, 0) : r.item.value);
/** A row's precision: a stack takes the first part that states one. */
export const rowPrecision = (r: ComputeRow) => (r.kind === "stack" ? (r.parts.find((p) => p.precision)?.precision ?? null) : r.item.precision);
/** The item a row is named by. */
export const rowItem = (r: ComputeRow) => (r.kind === "stack" ? r.total : r.item);

/** The year of Lingjun's announcement (or the latest AI figure), where the reference panel points. */
export function referenceYear(compute: Item[]): number | undefined {
  const lingjun = compute.find((c) => c.key === LINGJUN.total);
  return lingjun?.year ?? (compute.length ? Math.max(...compute.map((c) => c.year)) : undefined);
}

/** The first cluster (earliest, smallest of its year), the smallest and the largest. */
export function clusterEnds(clusters: Item[]) {
  const rows = clusterOrder(clusters);
  const first = rows[0];
  const smallest = rows.reduce<Item | undefined>((a, b) => (!a || b.value < a.value ? b : a), undefined);
  const largest = rows.reduce<Item | undefined>((a, b) => (!a || b.value >= a.value ? b : a), undefined);
  return { first, smallest, largest };
}

/** Machines both datasets describe (Tesla's A100 and H100 clusters): their marks pass between the panels. */
export function sharedMachines(input: ComputeInput): Set<string> {
  const clusters = new Set(input.clusters.map((c) => c.key));
  return new Set(input.compute.map((c) => machineOf(c.key)).filter((k) => clusters.has(k)));
}
