// The cold open's words: the figures its copy quotes (from the registry, through the input), the title,
// description and notes for a step, and the table of the load drawn. Pure.
import type copyFile from "@/content/charts/midnight.json";
import { fill } from "@/lib/fill";
import { formatFigure, formatNumber } from "@/lib/data/format";
import type { Locale } from "@/lib/i18n";
import type { ChartTable } from "@/lib/charts/spec";
import { WINDOW, clockText, planFor, STEP_COUNT } from "@/components/charts/midnight/steps";
import type { MidnightInput } from "@/components/charts/midnight/scales";

export type MidnightCopy = (typeof copyFile)["en"];

const round1 = (v: number) => Math.round(v * 10) / 10;

export type MidnightVars = Record<"surge" | "headroom" | "forecast" | "capacity" | "seconds" | "from" | "to" | "dayBefore" | "day", string> & { year: number };

/** The figures the copy's placeholders name, formatted for the locale. */
export function copyVars(input: MidnightInput, copy: MidnightCopy, locale: Locale): MidnightVars {
  return {
    year: input.year,
    surge: formatFigure(round1(input.surge), "times", locale),
    headroom: formatFigure(Math.round(input.headroom * 100), "percent", locale),
    forecast: formatFigure(round1(input.forecast), "times", locale),
    capacity: formatFigure(round1(input.capacity), "times", locale),
    seconds: formatFigure(input.seconds, "second", locale),
    from: clockText(WINDOW.from),
    to: clockText(WINDOW.to),
    dayBefore: fill(copy.date.before, { year: input.year }),
    day: fill(copy.date.day, { year: input.year }),
  };
}

export function midnightText(input: MidnightInput, copy: MidnightCopy, locale: Locale, step?: number) {
  const vars = copyVars(input, copy, locale);
  const s = step === undefined ? STEP_COUNT - 1 : Math.max(0, Math.min(STEP_COUNT - 1, step));
  return {
    title: fill(copy.title, vars),
    subtitle: fill(copy.subtitle, vars),
    desc: `${fill(copy.desc, vars)} ${fill(copy.steps[s]!, vars)}`,
    notes: copy.notes.map((n) => fill(n, vars)),
    vars,
    plan: planFor(step),
  };
}

/** The load every quarter of an hour, with the capacity and the share of it in use. */
export function midnightTable(input: MidnightInput, copy: MidnightCopy, locale: Locale): ChartTable {
  const rows = input.load
    .filter((p) => p.minute % 15 === 0)
    .map((p) => ({
      time: clockText(p.minute),
      load: formatNumber(round1(p.value), locale, { maxFractionDigits: 1 }),
      capacity: formatNumber(round1(input.capacity), locale, { maxFractionDigits: 1 }),
      share: formatFigure(Math.round((p.value / input.capacity) * 100), "percent", locale),
    }));
  return {
    caption: copy.tableCaption,
    columns: [
      { key: "time", label: copy.columns.time },
      { key: "load", label: copy.columns.load, numeric: true },
      { key: "capacity", label: copy.columns.capacity, numeric: true },
      { key: "share", label: copy.columns.share, numeric: true },
    ],
    rows,
  };
}
