// Links to the same page in each locale. Plain links: works without JavaScript.
import Link from "next/link";
import { langTag, localeName, localePath, locales, type Locale } from "@/lib/i18n";

export function LanguageSwitcher({ locale, path, label }: { locale: Locale; path: string; label: string }) {
  return (
    <nav aria-label={label} className="language-switcher">
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {locales.map((l) => (
          <li key={l}>
            {l === locale ? (
              <span aria-current="page" lang={langTag[l]} className="font-semibold">
                {localeName[l]}
              </span>
            ) : (
              <Link href={localePath(l, path)} hrefLang={langTag[l]} lang={langTag[l]} className="no-underline hover:underline">
                {localeName[l]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
