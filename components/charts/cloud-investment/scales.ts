// Geometry of the cloud-investment chart for a frame: horizontal bars on one dollar scale in three sections
// (spending, Apollo, renting), each with its heading. On a desktop column or a slide the labels stand in a
// column left of the bars; on a phone they sit on a line above each bar (the IaaS years, short, keep a
// narrow column), so the bars get the width. A page column stacks the sections in one panel; a slide, wide
// and short, sets them in two panels side by side (spending and Apollo, then the IaaS years), every bar in
// a panel from that panel's zero and both panels at the same dollars per unit of length. There the IaaS
// bars are too short at slide type for a value between a bar's end and Synergy's dot on its row, so their
// values stand in a column between the year and the bar. Pure.
import { scaleLinear, type ScaleLinear } from "d3-scale";
import { max } from "d3-array";
import { isPhone, type Frame } from "@/lib/charts/frames";
import type { Tick } from "@/lib/charts/axes";
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
  /** The forecast's ratio to a row ("1.76×"), for the rows that show one. */
  ratio: (row: Valued, group: BarGroup) => string | undefined;
};

export type BarRow = {
  id: string;
  group: BarGroup;
  row: Valued;
  /** The panel it is drawn in (an index into Geometry.panels). */
  panel: number;
  /** The label's lines. */
  label: string[];
  /** Above the bar (baseline of the first line at labelY), or in the column left of it (centred on the bar). */
  above: boolean;
  labelY: number;
  /** Top of the bar. */
  top: number;
};

export type Heading = { id: SectionId; panel: number; lines: string[] /** Baseline of the first line. */; y: number };
/** The stretch of a section's bars, where its gridlines run (they stop at the headings). */
export type Band = { id: SectionId; panel: number; top: number; bottom: number };

/** A column of sections with its own zero and dollar axis. */
export type Panel = {
  sections: SectionId[];
  left: number;
  right: number;
  /** Right end of the row labels left of the bars. */
  labelX: number;
  /** Right end of the values when they stand in a column before the bars (else they follow each bar). */
  valueX: number | null;
  /** Where every bar of the panel starts: zero. */
  x0: number;
  x: ScaleLinear<number, number>;
  ticks: Tick[];
  /** Baseline of the tick labels. */
  tickY: number;
  /** Key prefix of the tick labels, unique in the scene. */
  axisKey: string;
};

export type Geometry = {
  frame: Frame;
  narrow: boolean;
  width: number;
  height: number;
  barH: number;
  panels: Panel[];
  headings: Heading[];
  rows: BarRow[];
  bands: Band[];
  /**
   * The legend naming Synergy's dots (its dot's left edge, the baseline of its first line), when the name
   * does not fit beside the first dot.
   */
  legend: { x: number; y: number; lines: string[] } | null;
};

export const usd = (v: number, locale: Locale) => formatFigure(v, "usd-bn", locale);

const GROUPS: Record<SectionId, BarGroup[]> = { spending: ["forecast", "capex"], apollo: ["apollo"], renting: ["iaas"] };

/** Sections by panel: one stacked column on a page, two side by side on a slide (the second with its values before the bars). */
export const panelPlan = (frame: Frame): { sections: SectionId[]; valuesBefore: boolean }[] =>
  frame.id === "slide"
    ? [
        { sections: ["spending", "apollo"], valuesBefore: false },
        { sections: ["renting"], valuesBefore: true },
      ]
    : [{ sections: ["spending", "apollo", "renting"], valuesBefore: false }];

export function geometry(input: InvestmentInput, frame: Frame, locale: Locale, words: GeometryWords): Geometry {
  const T = frame.type;
  const narrow = isPhone(frame);
  const width = frame.width;
  const edge = narrow ? 2 : 4;
  const lh = lineHeight(T.label);
  const rowsOf = (group: BarGroup): Valued[] =>
    (group === "forecast" ? [input.forecast] : group === "capex" ? [input.capex] : group === "apollo" ? input.apollo : input.iaas).filter(hasValue);
  // Labels above their bars on a phone; the IaaS years stay beside theirs, except in the deck's pocket frame,
  // where a value after its bar would run into the wider measure's dot (2021: $90.9bn against $178bn).
  const above = (group: BarGroup) => narrow && (group !== "iaas" || frame.id === "pocket");
  const wider = input.wider.filter(hasValue);
  const layout = panelPlan(frame);
  const gap = narrow ? 6 : 10;

  // Per panel: its longest value (Synergy's dots sit with the IaaS years), its label column, and what each
  // row needs past zero: its bar, then (unless the value sits on the label's line, on a phone, or in the
  // column) the value after it, and for an Apollo row the ratio column at the panel's right; a dot needs
  // its label.
  const columnMax = width * (narrow ? 0.3 : layout.length > 1 ? 0.34 : 0.36);
  const valueAfter = (r: Valued) => measure(usd(r.value, locale), T.label) + frame.dot + 8;
  const measured = layout.map(({ sections, valuesBefore }) => {
    const groups = sections.flatMap((s) => GROUPS[s]);
    const bars = groups.flatMap(rowsOf);
    const dots = groups.includes("iaas") ? wider : [];
    const top = max([...bars, ...dots], (r) => r.value) ?? 1;
    const labels = groups.filter((g) => !above(g)).flatMap((g) => rowsOf(g).map((r) => wrap(words.label(r, g), columnMax, T.label)));
    const labelW = Math.max(0, ...labels.map((l) => measureLines(l, T.label)));
    const valueW = valuesBefore ? Math.max(0, ...bars.map((r) => measure(usd(r.value, locale), T.label))) : 0;
    const column = labelW + gap + (valuesBefore ? valueW + gap : 0);
    const reach = [
      ...groups.flatMap((g) =>
        rowsOf(g).map((r) => {
          const ratio = words.ratio(r, g);
          return { v: r.value, e: above(g) || valuesBefore ? 0 : valueAfter(r) + (ratio ? measure(ratio, T.label, 600) + 8 : 0) };
        }),
      ),
      ...dots.map((w) => ({ v: w.value, e: 2 * frame.dot + 5 + measure(usd(w.value, locale), T.note) })),
    ];
    return { sections, valuesBefore, top, column, valueW, reach };
  });

  // One length per dollar in every panel: the most that lets every panel's column and reach, and the gaps
  // between panels, fit the width.
  const panelGap = T.label * 2;
  const beyond = (m: (typeof measured)[number], k: number) => Math.max(...m.reach.map((r) => r.v * k + r.e));
  const fits = (k: number) => measured.reduce((a, m) => a + m.column + beyond(m, k), 0) + panelGap * (measured.length - 1) <= width - 2 * edge;
  let lo = 0;
  let hi = width / Math.min(...measured.map((m) => m.top));
  for (let i = 0; i < 40; i++) {
    const k = (lo + hi) / 2;
    if (fits(k)) lo = k;
    else hi = k;
  }
  const perUnit = lo;
  const overallTop = Math.max(...measured.map((m) => m.top));
  const tickValues = scaleLinear()
    .domain([0, overallTop])
    .ticks(narrow ? 3 : 5);
  const fmt = (v: number) => formatTick(v * 1e9, locale, "usd-bn");

  const barH = Math.round(T.label * (narrow ? 1 : 1.15));
  const headLh = lineHeight(T.head);
  const ratioW = measure(words.ratioHeader, T.note, 600);
  const headings: Heading[] = [];
  const rows: BarRow[] = [];
  const bands: Band[] = [];
  const panels: Panel[] = [];
  let legend: Geometry["legend"] = null;
  let left = edge;
  for (const [p, m] of measured.entries()) {
    const x0 = left + m.column;
    // The last panel takes the rest of the width (the ratio column and the dots' labels end at its edge).
    const right = p === measured.length - 1 ? width - edge : x0 + beyond(m, perUnit);
    const valueX = m.valuesBefore ? x0 - gap : null;
    const labelX = valueX === null ? x0 - gap : valueX - m.valueW - gap;
    const x = scaleLinear()
      .domain([0, m.top])
      .range([x0, x0 + m.top * perUnit]);
    let cursor = 4;
    for (const [i, id] of m.sections.entries()) {
      if (i > 0) cursor += T.label * (narrow ? 0.8 : 1);
      // The Apollo heading leaves room at the right for the ratio column's header.
      const lines = wrap(words.headings[id], right - left - (id === "apollo" ? ratioW + 16 : 0), T.head, 600);
      headings.push({ id, panel: p, lines, y: cursor + T.head * 0.85 });
      cursor += T.head + (lines.length - 1) * headLh + (narrow ? 8 : 10);
      if (id === "renting") {
        const first = wider[0];
        const inline = first ? x(first.value) + frame.dot + 5 + measure(`${usd(first.value, locale)} · ${words.wider}`, T.note) <= right : true;
        if (!inline) {
          // Level with the bars' zero; or, if that takes more lines, from the panel's left edge.
          const from = (lx: number) => ({ x: lx, lines: wrap(words.wider, right - lx - 2 * frame.dot - 5, T.note) });
          const atZero = from(x0);
          const atLeft = from(left);
          const { x: lx, lines } = atLeft.lines.length < atZero.lines.length ? atLeft : atZero;
          legend = { x: lx, y: cursor + T.note * 0.8, lines };
          cursor += lines.length * lineHeight(T.note) + 6;
        }
      }
      const bandTop = cursor - 4;
      const first = rows.length;
      for (const group of GROUPS[id]) {
        for (const row of rowsOf(group)) {
          const isAbove = above(group);
          const label = isAbove
            ? wrap(words.label(row, group), right - x0 - measure(usd(row.value, locale), T.label, 600) - 8, T.label)
            : wrap(words.label(row, group), columnMax, T.label);
          if (isAbove) {
            const labelY = cursor + T.label * 0.85;
            const barTop = cursor + T.label + (label.length - 1) * lh + 5;
            rows.push({ id: barId(row, group), group, row, panel: p, label, above: true, labelY, top: barTop });
            cursor = barTop + barH + 8;
          } else {
            const h = Math.max(label.length * lh, barH) + T.label * 0.6;
            const barTop = cursor + (h - barH) / 2;
            rows.push({
              id: barId(row, group),
              group,
              row,
              panel: p,
              label,
              above: false,
              labelY: barTop + barH / 2 - ((label.length - 1) * lh) / 2,
              top: barTop,
            });
            cursor += h;
          }
        }
      }
      bands.push({ id, panel: p, top: bandTop, bottom: (rows.length > first ? rows.at(-1)!.top : cursor) + barH + 4 });
    }
    const ticks = tickValues.filter((v) => v <= m.top).map((v) => ({ value: v, pos: x(v), label: fmt(v) }));
    panels.push({
      sections: m.sections,
      left,
      right,
      labelX,
      valueX,
      x0,
      x,
      ticks,
      tickY: bands.at(-1)!.bottom + T.tick + 2,
      axisKey: p === 0 ? "x" : `x-${m.sections[0]}`,
    });
    left = right + panelGap;
  }
  const height = Math.ceil(Math.max(...panels.map((p) => p.tickY)) + T.tick * 0.3 + 4);
  return { frame, narrow, width, height, barH, panels, headings, rows, bands, legend };
}

/** The vertical middle of a row's bar. */
export const mid = (g: Geometry, r: BarRow) => r.top + g.barH / 2;

/** The panel a row is drawn in. */
export const panelOf = (g: Geometry, r: { panel: number }) => g.panels[r.panel]!;
