// Layout for the virtualization-loss explorable: the article's example server (steps 0 and 1) and the
// reference strip of published overhead by era (step 3). Pure functions, no React, no DOM. The fleet
// scene (step 2) lives in model.ts because the sliders recompute it in the browser, where d3 never goes.
import { scaleLinear } from "d3-scale";
import type { RangeRow } from "@/lib/data/schema";
import type { Locale } from "@/lib/i18n";
import { formatFigure } from "@/lib/data/format";
import { coreGrid, fillText, fleetLoss, fleetNumbers, gridLabels, textWidth, wrap, type Bracket, type CellGroup, type Rect, type TextLabel, type Tip, type Tone } from "@/components/charts/virtualization-loss/model";

// ---------------------------------------------------------------------------------------------
// Steps 0 and 1: the article's example server

export type ServerText = {
  title: string;
  desc: string;
  serverHeader: string;
  freeLabel: string;
  lostLabel: string;
  returnedLabel: string;
  keptLabel: string;
  bigCaption: string;
  roundingNote: string;
  exampleTag: string;
  cardTitle: string;
  cardBody: string;
  cardClaim: string;
  returnedCaption: string;
  tipLost: string;
  tipFree: string;
  tipReturned: string;
  tipCount: string;
  exampleNote: string;
  source: string;
  year: number;
  card: Tip;
};

export type ServerExample = { cores: number; reserved: number; claim: number };

export type Card = { body: Rect; chips: Rect[]; fingers: Rect[]; tip: Tip };

export type ServerScene = {
  width: number;
  height: number;
  step: 0 | 1;
  chassis: Rect;
  groups: CellGroup[];
  brackets: Bracket[];
  labels: TextLabel[];
  card: Card | null;
  /** An arrow from the hypervisor's cores to the card: the shaft and its head. */
  arrow: { d: string; head: string } | null;
};

export const SERVER_WIDTHS = { wide: 720, narrow: 340 } as const;

/**
 * Type sizes in viewBox units. The wide scene is often drawn at ~520 px (the pinned scrollytelling
 * column), about 0.72 of its size, so its text is set large enough to read there; the narrow scene is
 * drawn at roughly 1:1.
 */
export const TYPE = {
  wide: { header: 16, label: 15, big: 60, caption: 18, note: 16, tag: 14, cardTitle: 18, cardBody: 15, cardClaim: 14, payoff: 17 },
  narrow: { header: 13, label: 12, big: 40, caption: 15, note: 14, tag: 12, cardTitle: 14, cardBody: 13, cardClaim: 12, payoff: 15 },
} as const;

const lines = (texts: string[], x: number, y: number, size: number, leading: number, tone: Tone, extra: Partial<TextLabel> = {}): TextLabel[] =>
  texts.map((text, i) => ({ x, y: y + i * leading, text, size, tone, ...extra }));

const bottomOf = (labels: TextLabel[]) => Math.max(...labels.map((l) => l.y));
const lead = (size: number) => Math.round(size * 1.3);

export function layoutServer(example: ServerExample, step: 0 | 1, variant: "wide" | "narrow", locale: Locale, text: ServerText): ServerScene {
  const wide = variant === "wide";
  const width = SERVER_WIDTHS[variant];
  const t = TYPE[variant];
  const r = fleetLoss({ cores: example.cores, reserved: example.reserved, fleet: 0 });
  const v = { ...fleetNumbers(r, locale, { one: "", other: "" }), claim: formatFigure(example.claim, "percent", locale) };
  const fill = (s: string) => fillText(s, v);

  const chassis: Rect = { x: 0, y: t.header + 14, width: wide ? 390 : width, height: wide ? 196 : 160 };
  const inset = wide ? 16 : 12;
  const grid = coreGrid(r.cores, r.reserved, { x: inset, y: chassis.y + inset, width: chassis.width - 2 * inset, height: chassis.height - 2 * inset });
  const colX = wide ? 440 : 0;
  const under =
    step === 0
      ? gridLabels(grid, chassis.y + chassis.height + 10, { text: fill(text.freeLabel), tone: "accent" }, { text: fill(text.lostLabel), tone: "alarm" }, t.label, wide ? colX - 12 : width)
      : gridLabels(grid, chassis.y + chassis.height + 10, { text: fill(text.keptLabel), tone: "muted" }, { text: fill(text.returnedLabel), tone: "accent" }, t.label, wide ? colX - 12 : width);
  const labels: TextLabel[] = [{ x: 0, y: t.header, text: fill(text.serverHeader), size: t.header, weight: 600 }, ...under.labels];

  const exampleTip: Tip = { title: "", value: "", note: fill(text.exampleNote), source: text.source, year: text.year, confidence: "low" };
  const count = (n: string, share: string) => fillText(text.tipCount, { count: n, share });
  const groups: CellGroup[] = [
    { key: "free", kind: "free", cells: grid.free, tip: { ...exampleTip, title: text.tipFree, value: count(v.free, v.freeShare) } },
    step === 0
      ? { key: "lost", kind: "lost", cells: grid.lost, tip: { ...exampleTip, title: text.tipLost, value: count(v.reserved, v.share) } }
      : { key: "returned", kind: "returned", cells: grid.lost, tip: { ...exampleTip, title: text.tipReturned, value: v.reserved } },
  ];

  let card: Card | null = null;
  let arrow: ServerScene["arrow"] = null;
  const colW = width - colX;
  if (step === 0) {
    const top = wide ? chassis.y + 66 : bottomOf(labels) + t.big + 10;
    const big = { x: colX, y: top, text: v.share, size: t.big, weight: 700, tone: "alarm" as Tone };
    const caption = lines(wrap(fill(text.bigCaption), colW, t.caption), colX, top + t.caption + 10, t.caption, lead(t.caption), "ink");
    const rounding = lines(wrap(fill(text.roundingNote), colW, t.note), colX, bottomOf(caption) + t.note + 16, t.note, lead(t.note), "soft");
    const tag = lines(wrap(fill(text.exampleTag), colW, t.tag), colX, bottomOf(rounding) + t.tag + 14, t.tag, lead(t.tag), "muted", { italic: locale === "en" });
    labels.push(big, ...caption, ...rounding, ...tag);
  } else {
    const lostMid = grid.lostSpan ? (grid.lostSpan[0] + grid.lostSpan[1]) / 2 : chassis.width / 2;
    const body: Rect = wide ? { x: 480, y: chassis.y + 14, width: 190, height: 90 } : { x: 180, y: bottomOf(labels) + 40, width: 160, height: 76 };
    const chip = wide ? 48 : 40;
    const small = { width: wide ? 24 : 22, height: wide ? 20 : 18 };
    const chips: Rect[] = [
      { x: body.x + 18, y: body.y + (body.height - chip) / 2, width: chip, height: chip },
      ...[0, 1].flatMap((c) =>
        [0, 1].map((row) => ({ x: body.x + 32 + chip + c * (small.width + 8), y: row ? body.y + body.height - 16 - small.height : body.y + 16, ...small })),
      ),
    ];
    const fingers: Rect[] = Array.from({ length: wide ? 13 : 10 }, (_, i) => ({ x: body.x + 40 + i * 10, y: body.y + body.height, width: 6, height: 7 }));
    card = { body, chips, fingers, tip: text.card };
    // The shaft leaves the server and ends at the card, with a filled head.
    const [x1, y1, x2, y2] = wide
      ? [chassis.width + 10, chassis.y + chassis.height / 2, body.x - 10, body.y + body.height / 2]
      : [lostMid, bottomOf(under.labels) + 10, body.x + body.width / 2, body.y - 8];
    const angle = Math.atan2(y2 - y1, x2 - x1);
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    const base = [x2 - 9 * cos, y2 - 9 * sin] as const;
    const pt = (px: number, py: number) => `${Math.round(px * 10) / 10},${Math.round(py * 10) / 10}`;
    arrow = { d: `M${pt(x1, y1)}L${pt(base[0], base[1])}`, head: [pt(x2, y2), pt(base[0] - 5 * sin, base[1] + 5 * cos), pt(base[0] + 5 * sin, base[1] - 5 * cos)].join(" ") };

    const textX = wide ? colX : 0;
    const textW = wide ? width - colX : body.x - 16;
    const cardTop = wide ? body.y + body.height + 7 + t.cardTitle + 20 : body.y + 12;
    const title = { x: textX, y: cardTop, text: fill(text.cardTitle), size: t.cardTitle, weight: 700, tone: "ink" as Tone };
    const cardBody = lines(wrap(fill(text.cardBody), textW, t.cardBody), textX, cardTop + lead(t.cardBody) + 2, t.cardBody, lead(t.cardBody), "soft");
    const claim = lines(wrap(fill(text.cardClaim), textW, t.cardClaim), textX, bottomOf(cardBody) + lead(t.cardClaim) + 4, t.cardClaim, lead(t.cardClaim), "muted", { italic: locale === "en" });
    labels.push(title, ...cardBody, ...claim);
    // The payoff sits under the server in the wide scene, and after the card in the narrow one.
    const captionTop = wide ? bottomOf(under.labels) + t.payoff + 20 : Math.max(bottomOf(labels), body.y + body.height + 7) + t.payoff + 22;
    labels.push(...lines(wrap(fill(text.returnedCaption), wide ? chassis.width : width, t.payoff), 0, captionTop, t.payoff, lead(t.payoff), "accent", { weight: 600 }));
  }
  const height = Math.ceil(Math.max(bottomOf(labels) + 8, chassis.y + chassis.height) + 6);
  return { width, height, step, chassis, groups, brackets: under.brackets, labels, card, arrow };
}

// ---------------------------------------------------------------------------------------------
// Step 3: published overhead by era, as range bars on one linear scale

export type StripText = {
  title: string;
  desc: string;
  axisTitle: string;
  kinds: Record<RangeRow["kind"], string>;
  rowLabels: Record<string, string>;
  rowNotes: Record<string, string>;
  /** "{value}, claimed" */
  claimValue: string;
  /** "{range} ({times} slower)" */
  offScale: string;
  rowMeta: string;
  tipTitle: string;
  source: (ids: string[]) => string;
};

export type StripMark =
  | { type: "bar"; x: number; y: number; width: number; height: number }
  | { type: "dot"; cx: number; cy: number; r: number }
  /** A range that runs past the scale's end: the bar stops at a break and an arrow says it goes on. */
  | { type: "offscale"; x: number; y: number; width: number; height: number; breakX: number; head: string };

export type StripRow = {
  key: string;
  year: number;
  kind: RangeRow["kind"];
  confidence: RangeRow["confidence"];
  hollow: boolean;
  tone: "alarm" | "accent";
  mark: StripMark;
  valueText: string;
  tip: Tip;
};

export type StripScene = {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  ticks: { x: number; label: string }[];
  tickSize: number;
  rows: StripRow[];
  labels: TextLabel[];
};

/** The scale stops here; software emulation (100–900%) runs past it. */
export const STRIP_MAX = 100;

export function layoutStrip(input: RangeRow[], variant: "wide" | "narrow", locale: Locale, text: StripText): StripScene {
  const wide = variant === "wide";
  const width = wide ? 720 : 340;
  const rows = [...input].sort((a, b) => a.year - b.year);
  const ts = wide ? { label: 15, meta: 13, value: 14, axis: 14 } : { label: 12, meta: 11, value: 12, axis: 12 };
  const rowH = wide ? 48 : 50;
  const top = wide ? 12 : 8;
  const x0 = wide ? 232 : 8;
  const x1 = wide ? 620 : 268;
  const x = scaleLinear().domain([0, STRIP_MAX]).range([x0, x1]);
  const y1 = top + rows.length * rowH;
  const labels: TextLabel[] = [];
  const barH = wide ? 14 : 10;

  const laid: StripRow[] = rows.map((row, i) => {
    const rowTop = top + i * rowH;
    const cy = wide ? rowTop + rowH / 2 - 2 : rowTop + 31;
    const label = text.rowLabels[row.key] ?? row.key;
    const kind = text.kinds[row.kind];
    const meta = fillText(text.rowMeta, { kind, year: row.year });
    if (wide) {
      labels.push({ x: 0, y: cy - 3, text: label, size: ts.label, weight: 600 });
      labels.push({ x: 0, y: cy + ts.meta + 2, text: meta, size: ts.meta, tone: "muted" });
    } else if (textWidth(label, ts.label) + textWidth(meta, ts.meta) + 12 <= width) {
      labels.push({ x: 0, y: rowTop + 13, text: label, size: ts.label, weight: 600 });
      labels.push({ x: width, y: rowTop + 13, text: meta, size: ts.meta, anchor: "end", tone: "muted" });
    } else {
      labels.push({ x: 0, y: rowTop + 13, text: `${label} · ${meta}`, size: 11.5, tone: "ink" });
    }
    const range = row.low === row.high ? formatFigure(row.low, "percent", locale) : formatFigure({ min: row.low, max: row.high }, "percent", locale);
    const times = formatFigure({ min: 1 + row.low / 100, max: 1 + row.high / 100 }, "times", locale);
    const valueText = row.kind === "claim" ? fillText(text.claimValue, { value: range }) : row.high > STRIP_MAX ? fillText(text.offScale, { range, times }) : range;
    let mark: StripMark;
    let valueLabel: TextLabel;
    if (row.high > STRIP_MAX) {
      const start = x(Math.min(row.low, STRIP_MAX));
      const end = x1 + (wide ? 56 : 44);
      const breakX = x1 + (wide ? 24 : 18);
      mark = { type: "offscale", x: start, y: cy - barH / 2, width: end - start, height: barH, breakX, head: `${end},${cy - barH / 2 - 4} ${end + 11},${cy} ${end},${cy + barH / 2 + 4}` };
      valueLabel = { x: start - 8, y: cy + ts.value * 0.35, text: valueText, size: ts.value, anchor: "end", tone: "soft" };
    } else if (row.low === row.high) {
      mark = { type: "dot", cx: x(row.low), cy, r: wide ? 7 : 5.5 };
      valueLabel = { x: x(row.low) + 12, y: cy + ts.value * 0.35, text: valueText, size: ts.value, tone: "soft" };
    } else {
      const a = x(row.low);
      const w = Math.max(3, x(row.high) - a);
      mark = { type: "bar", x: a, y: cy - barH / 2, width: w, height: barH };
      valueLabel = { x: a + w + 7, y: cy + ts.value * 0.35, text: valueText, size: ts.value, tone: "soft" };
    }
    labels.push(valueLabel);
    return {
      key: row.key,
      year: row.year,
      kind: row.kind,
      confidence: row.confidence,
      hollow: row.confidence === "low",
      tone: row.kind === "claim" ? "accent" : "alarm",
      mark,
      valueText,
      tip: {
        title: fillText(text.tipTitle, { label, year: row.year }),
        value: `${valueText} · ${kind}`,
        note: text.rowNotes[row.key] ?? row.note,
        source: text.source(row.source),
        year: row.year,
        confidence: row.confidence,
      },
    };
  });

  const tickValues = wide ? [0, 25, 50, 75, 100] : [0, 50, 100];
  const ticks = tickValues.map((t) => ({ x: x(t), label: formatFigure(t, "percent", locale) }));
  labels.push({ x: x0, y: y1 + 2 * ts.axis + 20, text: text.axisTitle, size: ts.axis, tone: "muted" });
  // Labels cross the gridlines (row names in the narrow scene, values in both): a paper halo keeps them legible.
  return { width, height: Math.ceil(y1 + 2 * ts.axis + 28), tickSize: ts.axis - 1, plot: { x0, x1, y0: top, y1 }, ticks, rows: laid, labels: labels.map((l) => ({ ...l, halo: true })) };
}
