// Geometry of the cloud-investment chart for a frame: horizontal bars on one dollar scale in three sections
// (spending, Apollo, renting), each with its heading. On a desktop column or a slide the labels stand in a
// column left of the bars; on a phone they sit on a line above each bar (the IaaS years, short, keep a
// narrow column), so the bars get the width. Every bar starts at the same zero. Pure.
import { scaleLinear, type ScaleLinear } from "d3-scale";
import { max } from "d3-array";
import type { Frame } from "@/lib/charts/frames";
import { ticksOf, type Tick } from "@/lib/charts/axes";
import { lineHeight, measure, measureLines, wrap } from "@/lib/charts/text";
import { formatFigure, formatTick } from "@/lib/data/format";
import type { Locale } from "@/lib/i18n";
import { barId, hasValue, type BarGroup, type InvestmentInput, type Valued } from "@/components/charts/cloud-investment/input";

export type SectionId = "spending" | "apollo" | "renting";

/** The words the geometry measures. */
export type GeometryWords = {
  headings: Record<SectionId, string>;
  ratioHeader: string;
  wider: string;
  label: (row: Valued, group: BarGroup) => string;
};

export type BarRow = {
  id: string;
  group: BarGroup;
  row: Valued;
  /** The label's lines. */
  label: string[];
  /** Above the bar (baseline of the first line at labelY), or in the column left of it (centred on the bar). */
  above: boolean;
  labelY: number;
  /** Top of the bar. */
  top: number;
};

export type Heading = { id: SectionId; lines: string[]; /** Baseline of the first line. */ y: number };
/** The stretch of a section's bars, where its gridlines run (they stop at the headings). */
export type Band = { id: SectionId; top: number; bottom: number };

export type Geometry = {
  frame: Frame;
  narrow: boolean;
  width: number;
  height: number;
  left: number;
  right: number;
  /** Where every bar starts: zero. */
  x0: number;
  x: ScaleLinear<number, number>;
  barH: number;
  headings: Heading[];
  rows: BarRow[];
  bands: Band[];
  ticks: Tick[];
  /** Baseline of the tick labels. */
  tickY: number;
  /** The legend naming Synergy's dots (baseline of its first line), when the name does not fit beside the first dot. */
  legend: { y: number; lines: string[] } | null;
};

export const usd = (v: number, locale: Locale) => formatFigure(v, "usd-bn", locale);

export function geometry(input: InvestmentInput, frame: Frame, locale: Locale, words: GeometryWords): Geometry {
  const T = frame.type;
  const narrow = frame.id === "narrow";
  const width = frame.width;
  const left = narrow ? 2 : 4;
  const right = width - (narrow ? 2 : 4);
  const lh = lineHeight(T.label);
  const sections: [SectionId, BarGroup[]][] = [
    ["spending", ["forecast", "capex"]],
    ["apollo", ["apollo"]],
    ["renting", ["iaas"]],
  ];
  const rowsOf = (group: BarGroup): Valued[] =>
    (group === "forecast" ? [input.forecast] : group === "capex" ? [input.capex] : group === "apollo" ? input.apollo : input.iaas).filter(hasValue);
  const above = (group: BarGroup) => narrow && group !== "iaas";
  const all = [...(["forecast", "capex", "apollo", "iaas"] as BarGroup[]).flatMap(rowsOf), ...input.wider.filter(hasValue)];
  const top = max(all, (r) => r.value) ?? 1;

  // The label column: as wide as its widest label (wrapped to a share of the frame).
  const columnMax = width * (narrow ? 0.3 : 0.36);
  const columnLabels = (["forecast", "capex", "apollo", "iaas"] as BarGroup[]).filter((g) => !above(g)).flatMap((g) => rowsOf(g).map((r) => wrap(words.label(r, g), columnMax, T.label)));
  const column = Math.max(0, ...columnLabels.map((l) => measureLines(l, T.label)));
  const x0 = left + column + (narrow ? 6 : 10);
  // Room after the longest bar for its value (on a phone that value sits on its label's line instead).
  const longest = all.find((r) => r.value === top);
  const longestAbove = narrow && !!longest && !input.iaas.includes(longest) && !input.wider.includes(longest);
  const valueRoom = longestAbove ? 0 : measure(usd(top, locale), T.label) + frame.dot + 8;
  const x = scaleLinear().domain([0, top]).range([x0, right - valueRoom]);

  const barH = Math.round(T.label * (narrow ? 1 : 1.15));
  const headLh = lineHeight(T.head);
  const ratioW = measure(words.ratioHeader, T.note, 600);
  const headings: Heading[] = [];
  const rows: BarRow[] = [];
  const bands: Band[] = [];
  let cursor = 4;
  let legend: Geometry["legend"] = null;
  for (const [i, [id, groups]] of sections.entries()) {
    if (i > 0) cursor += T.label * (narrow ? 0.8 : 1);
    // The Apollo heading leaves room at the right for the ratio column's header.
    const lines = wrap(words.headings[id], right - left - (id === "apollo" ? ratioW + 16 : 0), T.head, 600);
    headings.push({ id, lines, y: cursor + T.head * 0.85 });
    cursor += T.head + (lines.length - 1) * headLh + (narrow ? 8 : 10);
    if (id === "renting") {
      const first = input.wider.filter(hasValue)[0];
      const inline = first ? x(first.value) + frame.dot + 5 + measure(`${usd(first.value, locale)} · ${words.wider}`, T.note) <= right : true;
      if (!inline) {
        const lines = wrap(words.wider, right - x0 - 2 * frame.dot - 5, T.note);
        legend = { y: cursor + T.note * 0.8, lines };
        cursor += lines.length * lineHeight(T.note) + 6;
      }
    }
    const bandTop = cursor - 4;
    for (const group of groups) {
      for (const row of rowsOf(group)) {
        const isAbove = above(group);
        const label = isAbove ? wrap(words.label(row, group), right - x0 - measure(usd(row.value, locale), T.label, 600) - 8, T.label) : wrap(words.label(row, group), columnMax, T.label);
        if (isAbove) {
          const labelY = cursor + T.label * 0.85;
          const barTop = cursor + T.label + (label.length - 1) * lh + 5;
          rows.push({ id: barId(row, group), group, row, label, above: true, labelY, top: barTop });
          cursor = barTop + barH + 8;
        } else {
          const h = Math.max(label.length * lh, barH) + T.label * 0.6;
          const barTop = cursor + (h - barH) / 2;
          rows.push({ id: barId(row, group), group, row, label, above: false, labelY: barTop + barH / 2 - ((label.length - 1) * lh) / 2, top: barTop });
          cursor += h;
        }
      }
    }
    bands.push({ id, top: bandTop, bottom: (rows.at(-1)?.top ?? cursor) + barH + 4 });
  }
  const ticks = ticksOf(x, narrow ? 3 : 5, (v) => formatTick(v * 1e9, locale, "usd-bn")).filter((t) => t.value <= top);
  const tickY = bands.at(-1)!.bottom + T.tick + 2;
  return { frame, narrow, width, height: Math.ceil(tickY + T.tick * 0.3 + 4), left, right, x0, x, barH, headings, rows, bands, ticks, tickY, legend };
}

/** The vertical middle of a row's bar. */
export const mid = (g: Geometry, r: BarRow) => r.top + g.barH / 2;
