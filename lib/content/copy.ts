// Chart and page copy kept as data: content/charts/<id>.json holds English and Simplified; Traditional is derived.
import type { Locale } from "@/lib/i18n";
import { toHantDeep } from "@/lib/content/hant";

export type Bilingual<T> = { en: T; "zh-hans": T };

export function pickCopy<T>(copy: Bilingual<T>, locale: Locale): T {
  if (locale === "en") return copy.en;
  return locale === "zh-hant" ? toHantDeep(copy["zh-hans"]) : copy["zh-hans"];
}
