// UI strings: one dictionary per locale. Traditional is derived from Simplified (see lib/content/hant.ts).
import en from "@/content/ui/en.json";
import zhHans from "@/content/ui/zh-hans.json";
import zhHantWritten from "@/content/ui/zh-hant.json";
import type { Locale } from "@/lib/i18n";
import { toHantDeep } from "@/lib/content/hant";

export type Dictionary = typeof en;

/** Derived from Simplified, then any hand-written Traditional strings win (content/ui/zh-hant.json). */
const zhHant = merge(toHantDeep(zhHans) as Dictionary, zhHantWritten) as Dictionary;

function merge(base: unknown, over: unknown): unknown {
  if (!over || typeof over !== "object" || Array.isArray(over)) return over ?? base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) if (!k.startsWith("$")) out[k] = merge(out[k], v);
  return out;
}
const dictionaries: Record<Locale, Dictionary> = { en, "zh-hans": zhHans as Dictionary, "zh-hant": zhHant };

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

export { fill } from "@/lib/fill";
