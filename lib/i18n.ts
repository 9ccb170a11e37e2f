// Locales, their BCP 47 tags and how a URL path maps between them.
export const locales = ["en", "zh-hans", "zh-hant"] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "en";

/** The value of <html lang> and hreflang for each locale. */
export const langTag: Record<Locale, string> = {
  en: "en",
  "zh-hans": "zh-Hans",
  "zh-hant": "zh-Hant",
};

/** Each locale's own name for itself, as a reader looks for it in a switcher. */
export const localeName: Record<Locale, string> = {
  en: "English",
  "zh-hans": "简体中文",
  "zh-hant": "繁體中文",
};

/** The locale that Intl formats numbers and dates with. */
export const intlLocale: Record<Locale, string> = {
  en: "en-GB",
  "zh-hans": "zh-CN",
  "zh-hant": "zh-TW",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export const isChinese = (locale: Locale) => locale !== "en";

/** `/en/sources/` → `/zh-hant/sources/`: the same page in another locale. Paths are site paths, without the base path. */
export function localePath(locale: Locale, rest = "/"): string {
  const tail = rest.startsWith("/") ? rest : `/${rest}`;
  return `/${locale}${tail}`;
}

/**
 * Picks the best of our locales for a list of reader preferences (navigator.languages or
 * Accept-Language order). Traditional is chosen for zh-Hant, zh-TW, zh-HK and zh-MO.
 */
export function preferredLocale(preferences: readonly string[]): Locale {
  for (const raw of preferences) {
    const tag = raw.toLowerCase();
    if (tag.startsWith("zh")) {
      if (/hant|-tw|-hk|-mo/.test(tag)) return "zh-hant";
      return "zh-hans";
    }
    if (tag.startsWith("en")) return "en";
  }
  return defaultLocale;
}
