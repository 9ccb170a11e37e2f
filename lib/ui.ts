// UI strings: one dictionary per locale. Traditional is derived from Simplified (see lib/content/hant.ts).
import en from "@/content/ui/en.json";
import zhHans from "@/content/ui/zh-hans.json";
import type { Locale } from "@/lib/i18n";
import { toHantDeep } from "@/lib/content/hant";

export type Dictionary = typeof en;

const zhHant = toHantDeep(zhHans) as Dictionary;
const dictionaries: Record<Locale, Dictionary> = { en, "zh-hans": zhHans as Dictionary, "zh-hant": zhHant };

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

/** Fills `{name}` placeholders: t("{minutes} min read", { minutes: 4 }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}
