// The elasticity chart's words: numbers in the reader's convention, the sentence that names a scenario, the
// tally, the SVG's description, the notes' figures and the hour-by-hour table. Pure, d3-free and
// registry-free: the explorer builds its tally and description with it in the browser.
import type copyFile from "@/content/charts/elasticity.json";
import { fill } from "@/lib/fill";
import { formatFigure, formatNumber } from "@/lib/data/format";
import type { Locale } from "@/lib/i18n";
import type { ChartTable } from "@/lib/charts/spec";
import {
  ASSUMPTIONS,
  MIDNIGHT,
  WINDOW_START_HOUR,
  hourly,
  type DelayOption,
  type ModelResult,
  type PeriodRow,
  type Scenario,
} from "@/components/charts/elasticity/model";

/** The words the chart uses: one locale's copy, as in content/charts/elasticity.json. */
export type ElasticityCopy = (typeof copyFile)["en"];

/** What the layout and the explorer need besides the copy: the model's documented inputs. */
export type ElasticityInputs = {
  demand: readonly number[];
  normal: readonly number[];
  /** The 2010 plan's forecast and the midnight surge, in multiples of a normal peak. */
  forecast: number;
  surge: number;
};

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

// The explorer formats the same few values again after every change; Intl formatters are slow to build.
const memo = new Map<string, string>();
const cached = (value: number, unit: "times" | "percent", locale: Locale) => {
  const key = `${locale}|${unit}|${value}`;
  let text = memo.get(key);
  if (text === undefined) {
    text = formatFigure(value, unit, locale);
    if (memo.size > 2000) memo.clear();
    memo.set(key, text);
  }
  return text;
};

/** A multiple of a normal peak: 2.9× / 2.9倍. */
export const formatTimes = (v: number, locale: Locale) => cached(round(v, 1), "times", locale);

/** A share (0–1) as a percentage with as many decimals as a small value needs: 32%, 5.6%, 0.08%. */
export function formatShare(share: number, locale: Locale): string {
  const p = share * 100;
  return cached(round(p, p >= 10 ? 0 : p >= 0.1 ? 1 : 2), "percent", locale);
}

/** "00:00", "18:30" from a clock time in hours. */
export function hhmm(clock: number): string {
  const total = Math.round((((clock % 24) + 24) % 24) * 60);
  return `${String(Math.floor(total / 60) % 24).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/** Clock time (hours) at a minute of the modelled window. */
export const clockAt = (minute: number) => (WINDOW_START_HOUR + minute / 60) % 24;

/** "00:00–01:00, 11 Nov": the title of a stretch of the night. */
export const periodTitle = (r: PeriodRow, copy: ElasticityCopy) =>
  fill(copy.tip.title, { from: hhmm(r.clock), to: hhmm(r.clock + r.length / 60), date: r.start < MIDNIGHT ? copy.dates.before : copy.dates.day });

/** The elastic delays in the reader's numbers: { vm: "10", ct: "30" }. */
export const delayVars = (locale: Locale) => ({
  vm: formatNumber(ASSUMPTIONS.vmDelayMinutes, locale),
  ct: formatNumber(ASSUMPTIONS.containerDelayMinutes * 60, locale),
});

export const delayLabel = (d: DelayOption, copy: ElasticityCopy, locale: Locale) => fill(copy.delays[d], delayVars(locale));

/** A safety margin (0–2) as a whole percentage. */
export const formatMargin = (headroom: number, locale: Locale) => formatFigure(Math.round(headroom * 100), "percent", locale);

/** One sentence naming the scenario shown: "Alipay’s 2010 plan: a forecast of 1.5× a normal peak, plus a 100% margin". */
export function scenarioLine(s: Scenario, forecast: number, copy: ElasticityCopy, locale: Locale): string {
  return fill(copy.scenario[s.kind], {
    margin: s.headroom > 0 ? fill(copy.margin.some, { headroom: formatMargin(s.headroom, locale) }) : copy.margin.none,
    forecast: formatTimes(forecast, locale),
    delay: fill(copy.delayNames[s.delay], delayVars(locale)),
  });
}

export type TallyItem = { key: "lost" | "serverHours" | "utilisation"; label: string; value: string; alarm: boolean };

/** The running tally: payments turned away, server-hours paid for, average use. */
export function tallyFor(result: ModelResult, copy: ElasticityCopy, locale: Locale): TallyItem[] {
  const t = result.totals;
  const lost =
    t.lostShare <= 1e-9
      ? copy.tally.lostNone
      : t.lostShare * 100 < 0.01
        ? fill(copy.tally.lostUnder, { n: formatFigure(0.01, "percent", locale) })
        : fill(copy.tally.lostValue, { n: formatShare(t.lostShare, locale) });
  const serverHours = Math.round((t.capacityHours * ASSUMPTIONS.serversPerNormalPeak) / 10) * 10;
  return [
    { key: "lost", label: copy.tally.lost, value: lost, alarm: t.lostShare > 1e-9 },
    { key: "serverHours", label: copy.tally.serverHours, value: formatFigure(serverHours, "number", locale), alarm: false },
    { key: "utilisation", label: copy.tally.utilisation, value: formatFigure(Math.round(t.utilisation * 100), "percent", locale), alarm: false },
  ];
}

/** The SVG's description: what the chart shows, the scenario, and its tally. */
export function describe(inputs: ElasticityInputs, scenario: Scenario, result: ModelResult, copy: ElasticityCopy, locale: Locale): string {
  const tally = tallyFor(result, copy, locale);
  const sentence = fill(copy.tally.sentence, { lost: tally[0]!.value, serverHours: tally[1]!.value, utilisation: tally[2]!.value });
  return `${fill(copy.desc, { surge: formatTimes(inputs.surge, locale) })} ${scenarioLine(scenario, inputs.forecast, copy, locale)}. ${sentence}`;
}

/** The figures the notes quote, from the model's inputs and assumptions. */
export function noteVars(inputs: ElasticityInputs, headroom2010: number, locale: Locale): Record<string, string> {
  return {
    surge: formatTimes(inputs.surge, locale),
    headroom: formatFigure(headroom2010 * 100, "percent", locale),
    forecast: formatTimes(inputs.forecast, locale),
    cap: formatTimes(ASSUMPTIONS.elasticCap, locale),
    down: formatNumber(ASSUMPTIONS.scaleDownMinutes, locale),
    elastic: formatFigure(ASSUMPTIONS.elasticHeadroom * 100, "percent", locale),
    servers: formatNumber(ASSUMPTIONS.serversPerNormalPeak, locale),
    ...delayVars(locale),
  };
}

/** The hour-by-hour table of exactly the scenario drawn. */
export function tableFor(inputs: ElasticityInputs, scenario: Scenario, result: ModelResult, copy: ElasticityCopy, locale: Locale): ChartTable {
  return {
    caption: fill(copy.tableCaption, { scenario: scenarioLine(scenario, inputs.forecast, copy, locale) }),
    columns: [
      { key: "hour", label: copy.columns.hour },
      { key: "demand", label: copy.columns.demand, numeric: true },
      { key: "capacity", label: copy.columns.capacity, numeric: true },
      { key: "dropped", label: copy.columns.dropped, numeric: true },
    ],
    rows: hourly(inputs.demand, result).map((r) => ({
      hour: periodTitle(r, copy),
      demand: formatTimes(r.demand, locale),
      capacity: formatTimes(r.capacity, locale),
      dropped: formatShare(r.droppedShare, locale),
    })),
  };
}
