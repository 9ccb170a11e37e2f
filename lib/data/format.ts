// Locale-aware formatting of figures: ¥19.1bn and 583,000 orders a second in English; 191亿元 and 58.3万笔/秒 in Chinese.
import { intlLocale, isChinese, type Locale } from "@/lib/i18n";
import { units, type Unit, type UnitId } from "@/lib/data/units";

export type FigureValue = number | { min: number; max: number };

const nf = (locale: Locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(intlLocale[locale], options);

/** Digits after the point that the stored value actually has, so 2684.44 keeps its ".44" and 191 gets none. */
function decimalsOf(n: number): number {
  const s = String(n);
  if (s.includes("e")) return 2;
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : Math.min(s.length - dot - 1, 4);
}

/**
 * A plain number in the reader's convention. Chinese uses 万 and 亿 from Intl's compact notation
 * (191亿, 58.3万) and no thousands separators below 万; English groups digits (583,000) and uses
 * "million"/"billion" words for counts of a million and more.
 */
export function formatNumber(n: number, locale: Locale, opts: { maxFractionDigits?: number } = {}): string {
  const abs = Math.abs(n);
  if (isChinese(locale)) {
    const scaled = abs >= 1e12 ? n / 1e12 : abs >= 1e8 ? n / 1e8 : n / 1e4;
    // 万/亿 when the figure reads cleanly that way (58.3万, 2684.44亿); an exact count such as 24576 stays whole.
    if (abs >= 1e4 && (opts.maxFractionDigits !== undefined || decimalsOf(round(scaled, 6)) <= 2)) {
      return nf(locale, { notation: "compact", maximumFractionDigits: opts.maxFractionDigits ?? decimalsOf(round(scaled, 6)) }).format(n);
    }
    return nf(locale, { useGrouping: false, maximumFractionDigits: opts.maxFractionDigits ?? decimalsOf(n) }).format(n);
  }
  if (abs >= 1e6) {
    return nf(locale, { notation: "compact", compactDisplay: "long", maximumFractionDigits: 2 }).format(round(n, 0));
  }
  return nf(locale, { maximumFractionDigits: opts.maxFractionDigits ?? decimalsOf(n) }).format(n);
}

/** Money in English newsroom style: ¥19.1bn, ¥936m, $463.7bn. */
function englishMoney(n: number, symbol: string, locale: Locale): string {
  const abs = Math.abs(n);
  // Newsroom precision: ¥1.95bn and ¥19.1bn, ¥268.4bn (not ¥268.444bn).
  const digits = (x: number) => nf(locale, { maximumFractionDigits: Math.min(decimalsOf(x), Math.abs(x) < 10 ? 2 : 1) }).format(x);
  if (abs >= 1e12) return `${symbol}${digits(round(n / 1e12, 3))}tn`;
  if (abs >= 1e9) return `${symbol}${digits(round(n / 1e9, 3))}bn`;
  if (abs >= 1e6) return `${symbol}${digits(round(n / 1e6, 3))}m`;
  return `${symbol}${digits(n)}`;
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/** Formats a stored value (in its unit's scale) with its unit, for prose: the way a reader of that language writes it. */
export function formatFigure(value: FigureValue, unitId: UnitId, locale: Locale): string {
  const unit = units[unitId];
  if (typeof value === "object") {
    if (value.min === value.max) return formatFigure(value.min, unitId, locale);
    const lo = formatBare(Number((value.min * unit.scale).toPrecision(12)), unitId, locale);
    const hi = formatFigure(value.max, unitId, locale);
    return isChinese(locale) ? `${lo}至${hi}` : `${lo}–${hi}`;
  }
  // Stored values times their scale carry float noise (2.53 × 10⁸ = 252999999.99…): round to 12 significant digits.
  const raw = Number((value * unit.scale).toPrecision(12));
  if (unit.kind === "money") {
    if (isChinese(locale)) return `${formatNumber(raw, locale)}${zhTemplate(unit, locale)}`;
    return englishMoney(raw, unit.symbol ?? "", locale);
  }
  if (unit.kind === "date") return formatDateValue(String(value), locale);
  const text = formatNumber(raw, locale);
  const template = isChinese(locale) ? zhTemplate(unit, locale) : pluralise(unit.en, raw, locale);
  return template.replace("{n}", text);
}

const zhTemplate = (unit: Unit, locale: Locale) => (locale === "zh-hant" && unit.zhHant) || unit.zh;

/** The number part of a range's lower end: "10" of "10–50%". */
function formatBare(raw: number, unitId: UnitId, locale: Locale): string {
  const unit = units[unitId];
  if (unit.kind === "money" && !isChinese(locale)) return englishMoney(raw, unit.symbol ?? "", locale);
  return formatNumber(raw, locale);
}

/** English templates may hold "one|other" forms: "{n} second|{n} seconds". */
function pluralise(template: string, n: number, locale: Locale): string {
  if (!template.includes("|")) return template;
  const [one, other] = template.split("|") as [string, string];
  return new Intl.PluralRules(intlLocale[locale]).select(n) === "one" ? one : other;
}

/** "2011-07-28" → 28 July 2011 / 2011年7月28日; "2017-10" → October 2017 / 2017年10月; "2009" stays a year. */
export function formatDateValue(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (!y) return iso;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }
    : m
      ? { year: "numeric", month: "long", timeZone: "UTC" }
      : { year: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(intlLocale[locale], options).format(date);
}

/** Axis ticks: short forms that fit at 320 px (¥500bn / 500亿). */
export function formatTick(raw: number, locale: Locale, unitId?: UnitId): string {
  const unit = unitId ? units[unitId] : undefined;
  if (isChinese(locale)) return nf(locale, { notation: "compact", maximumFractionDigits: 1 }).format(raw);
  if (unit?.kind === "money") return englishMoney(raw, unit.symbol ?? "", locale);
  return nf(locale, { notation: "compact", maximumFractionDigits: 1 }).format(raw);
}
