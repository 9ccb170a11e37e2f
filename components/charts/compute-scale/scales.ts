// Geometry the compute-scale panels share for a frame: type sizes, the label column and the track its marks
// run in, row heights, and the vertical size of a step. Wide and slide frames put names in a column left of
// the marks; the narrow frame puts each row's words on one line and its mark under them. Pure.
import { isPhone, type Frame, type TypeScale } from "@/lib/charts/frames";
import { lineHeight, measure, wrap } from "@/lib/charts/text";
import { text, type Mark, type TextMark } from "@/lib/charts/scene";
import { formatNumber } from "@/lib/data/format";
import type { Locale } from "@/lib/i18n";
import { fill } from "@/lib/fill";
import { NOT_DOJO_KEYS, computeRows, rowItem, rowPrecision, type ComputeInput } from "@/components/charts/compute-scale/items";
import type { ComputeCopy } from "@/components/charts/compute-scale/text";
import type { StepPlan } from "@/components/charts/compute-scale/steps";

export type Metrics = {
  frame: Frame;
  locale: Locale;
  T: TypeScale;
  width: number;
  /** Names over their marks (narrow), or beside them (wide, slide). */
  stacked: boolean;
  /** A cluster's count on its name's line, at the label column's end (slide), rather than under it. */
  inline: boolean;
  /** Where a cluster's name starts, right of its year. */
  nameX: number;
  /** The track the marks run in. */
  x0: number;
  x1: number;
  /** Space between two open panels. */
  gap: number;
  /** From a panel's top to its first row: the heading and the room under it. */
  headH: number;
  /** Radius of a cluster's dot. */
  dot: number;
};

/** A line of text's height at a size. */
export const lh = (size: number) => lineHeight(size);

/** The tag under a computing-power row's name: year, precision, and "not Dojo" where it applies. */
export const computeTag = (year: number, precision: string | null, key: string, copy: ComputeCopy) =>
  [String(year), precision ?? copy.labels.unstated, ...(NOT_DOJO_KEYS.has(key) ? [copy.labels.notDojo] : [])].join(" · ");

/** "5,760 · not Dojo": a cluster's count, as its row shows it. */
export const clusterValue = (value: number, key: string, locale: Locale, copy: ComputeCopy) =>
  formatNumber(value, locale) + (NOT_DOJO_KEYS.has(key) ? ` · ${copy.labels.notDojo}` : "");

export function metrics(input: ComputeInput, frame: Frame, locale: Locale, copy: ComputeCopy): Metrics {
  const T = frame.type;
  const W = frame.width;
  const stacked = isPhone(frame);
  const inline = frame.id === "slide";
  const nameX = Math.ceil(measure("2024", T.label, 600) + (stacked ? 8 : 12));
  const right = W - (stacked ? 6 : frame.id === "slide" ? 16 : 12);
  let x0 = nameX;
  if (!stacked) {
    // The label column: wide enough for the longest name or tag of either row panel, within limits.
    const gpu = input.clusters.map((c) => {
      const [name, value] = [measure(c.label, T.label), measure(clusterValue(c.value, c.key, locale, copy), T.note)];
      return nameX + (inline ? name + T.label + value : Math.max(name, value));
    });
    const compute = computeRows(input.compute).map((r) => {
      const it = rowItem(r);
      return Math.max(measure(it.name, T.label, 600), measure(computeTag(it.year, rowPrecision(r), it.key, copy), T.note));
    });
    const widest = Math.max(0, ...gpu, ...compute);
    x0 = Math.round(Math.min(W * 0.46, Math.max(W * 0.3, widest + T.label * 1.4)));
  }
  return {
    frame,
    locale,
    T,
    width: W,
    stacked,
    inline,
    nameX,
    x0,
    x1: right,
    gap: Math.round(T.head * 1.15),
    headH: Math.round(T.head * 1.25 + T.note * 0.45 + 4),
    dot: frame.dot + 1,
  };
}

/** Where a panel's heading sits (its baseline), and the words "{n} GPUs" the unit key uses. */
export const headingBaseline = (m: Metrics, top: number) => top + m.T.head;
export const unitKeyText = (m: Metrics, copy: ComputeCopy, perSquare: number) => fill(copy.labels.unitKey, { n: formatNumber(perSquare, m.locale) });

/** What every panel reads: the frame's metrics, the data, the words and the step's plan. */
export type Ctx = {
  m: Metrics;
  input: ComputeInput;
  copy: ComputeCopy;
  locale: Locale;
  plan: StepPlan;
  /** Publisher names for source ids. */
  publishers: (ids: string[]) => string;
};

/** A panel's vertical extent in the plot. */
export type Box = { top: number; bottom: number };

/** A panel's heading, wrapped to the frame (a phone takes two lines where a column takes one). */
export const headingLines = (c: Ctx, words: string) => wrap(words, c.m.width - 2, c.m.T.head, 600);
/** From a panel's top to its first row: the heading's lines and the room under them. */
export const headHeight = (c: Ctx, words: string) => c.m.headH + (headingLines(c, words).length - 1) * lh(c.m.T.head);
export const headingMark = (c: Ctx, key: string, words: string, top: number): TextMark =>
  text(key, 0, top + c.m.T.head, headingLines(c, words), c.m.T.head, { weight: 600, className: "chart-text chart-cs-head" });

/** A mark drawn off (faded, not inspectable) when `isOff`: how a folded panel waits. */
export const offIf = <T extends Mark>(m: T, isOff: boolean): T => (isOff ? { ...m, attrs: { ...m.attrs, "data-off": "" } } : m);
