// The chart's words: the figures its copy quotes (computed from the data, never typed), each state's
// title, subtitle, description and notes, the table of every figure the chart draws, and its sources. Pure.
import { fill } from "@/lib/fill";
import type { Confidence } from "@/lib/data/schema";
import type { Locale } from "@/lib/i18n";
import type { ChartTable } from "@/lib/charts/spec";
import { figure, DEFAULT_FLEET, fleetLoss, fleetNumbers, simplestRatio } from "@/components/charts/virtualization-loss/model";
import { rowWords, sortRows, STRIP_MAX, type OverheadRow } from "@/components/charts/virtualization-loss/strip";
import type { StepPlan } from "@/components/charts/virtualization-loss/steps";
import type { VirtCopy } from "@/components/charts/virtualization-loss/context";

/** Everything the chart draws, from the registry: the article's example server and the overhead by era. */
export type VirtInput = {
  example: { cores: number; reserved: number; claim: number; year: number; confidence: Confidence; source: string[] };
  rows: OverheadRow[];
};

/** The row of a key, or a loud error: the copy names these rows. */
export function rowOf(input: VirtInput, key: string): OverheadRow {
  const found = input.rows.find((x) => x.key === key);
  if (!found) throw new Error(`virtualization-loss: dataset virtualization-overhead has no row "${key}"`);
  return found;
}

/** A row stored past 100% (extra run time rather than a share of performance lost), if any. */
export const offScaleRow = (input: VirtInput) => input.rows.find((x) => x.high > STRIP_MAX);

/** The figures the copy's placeholders name ({share}, {per}, {paravirt}…), all from the data. */
export function copyVars(input: VirtInput, copy: VirtCopy, locale: Locale): Record<string, string | number> {
  const { example } = input;
  const r = fleetLoss({ cores: example.cores, reserved: example.reserved, fleet: DEFAULT_FLEET });
  const ratio = simplestRatio(r.reserved, r.cores);
  const words = (row: OverheadRow) => rowWords({ strip: copy.strip, locale }, row);
  const off = offScaleRow(input);
  return {
    ...fleetNumbers(r, locale, copy.fleet.worth),
    claim: figure(example.claim, "percent", locale),
    per: ratio.whole,
    lost: ratio.part,
    paravirt: words(rowOf(input, "paravirt")).range,
    hw: words(rowOf(input, "hw-assisted")).range,
    range: off ? words(off).range : "",
    times: off ? words(off).times : "",
    list: sortRows(input.rows)
      .map((row) => {
        const w = words(row);
        return locale === "en" ? `${w.name} ${w.value} (${w.kind})` : `${w.name} ${w.value}（${w.kind}）`;
      })
      .join(locale === "en" ? "; " : "；"),
  };
}

/** A state's title, subtitle, description and notes. */
export function virtText(input: VirtInput, copy: VirtCopy, locale: Locale, plan: StepPlan) {
  const vars = copyVars(input, copy, locale);
  const notes = plan.notes.flatMap((k) => [fill(copy.notes[k], vars), ...(k === "strip" && offScaleRow(input) ? [fill(copy.notes.emulation, vars)] : [])]);
  return {
    title: fill(copy.titles[plan.copy]!, vars),
    subtitle: fill(copy.subtitles[plan.copy]!, vars),
    desc: fill(copy.descs[plan.copy]!, vars),
    notes,
    vars,
  };
}

/** Every figure the chart draws over its steps: the example, the card's claim, the fleet, each era. */
export function virtTable(input: VirtInput, copy: VirtCopy, locale: Locale, publishers: (ids: string[]) => string): ChartTable {
  const vars = copyVars(input, copy, locale);
  const tc = copy.table;
  const kinds = copy.strip.kinds as Record<string, string>;
  const { example } = input;
  const year = String(example.year);
  const source = publishers(example.source);
  const xdragon = rowOf(input, "xdragon-claim");
  const rows: Record<string, string>[] = [
    { item: tc.hostCores, year, value: String(vars.cores), kind: kinds.illustration!, source },
    { item: tc.reservedCores, year, value: String(vars.reserved), kind: kinds.illustration!, source },
    { item: tc.share, year, value: String(vars.share), kind: kinds.illustration!, source },
    { item: tc.claim, year, value: fill(tc.claimValue, vars), kind: kinds.illustration!, source },
    { item: tc.card, year: String(xdragon.year), value: copy.tips.cardValue, kind: kinds.claim!, source: publishers(xdragon.source) },
    { item: tc.fleet, year: "", value: fill(copy.controls.fleetValue, { n: vars.fleetN! }), kind: tc.hypothetical, source: "" },
    { item: tc.worth, year: "", value: String(vars.worth), kind: tc.hypothetical, source: "" },
    ...sortRows(input.rows).map((row) => {
      const w = rowWords({ strip: copy.strip, locale }, row);
      return { item: w.name, year: String(row.year), value: w.value, kind: w.kind, source: publishers(row.source) };
    }),
  ];
  return {
    caption: tc.caption,
    columns: [
      { key: "item", label: tc.columns.item },
      { key: "year", label: tc.columns.year },
      { key: "value", label: tc.columns.value, numeric: true },
      { key: "kind", label: tc.columns.kind },
      { key: "source", label: tc.columns.source },
    ],
    rows,
  };
}

/** Every source the chart draws on. */
export const virtSources = (input: VirtInput) => [...new Set([...input.example.source, ...input.rows.flatMap((r) => r.source)])];
