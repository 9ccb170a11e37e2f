"use client";
// The three doors of the root cover. After hydration the reader's preferred language (navigator.languages)
// moves to the top and is marked; without JavaScript all three are plain links in a fixed order.
import { useEffect, useState, type ReactNode } from "react";
import { preferredLocale, type Locale } from "@/lib/i18n";

export function LanguageDoor({ doors, badge }: { doors: { locale: Locale; node: ReactNode }[]; badge: Record<Locale, string> }) {
  const [preferred, setPreferred] = useState<Locale | null>(null);
  useEffect(() => setPreferred(preferredLocale(navigator.languages?.length ? navigator.languages : [navigator.language])), []);
  const ordered = preferred ? [...doors].sort((a, b) => Number(b.locale === preferred) - Number(a.locale === preferred)) : doors;
  return (
    <ul className="mt-10 grid gap-4" role="list">
      {ordered.map(({ locale, node }) => (
        <li key={locale} data-locale-door={locale} data-preferred={locale === preferred ? "" : undefined} className="group relative">
          {node}
          {locale === preferred ? <span className="pointer-events-none absolute right-5 top-5 font-sans text-xs text-accent">{badge[locale]}</span> : null}
        </li>
      ))}
    </ul>
  );
}
