"use client";
// The three doors of the root cover, as plain links in a fixed order; components/islands/doors.ts moves
// the reader's preferred language (navigator.languages) to the top and marks it.
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n";
import { attachAttrs, useAttach } from "@/components/islands/attach";
import { attachDoors, type DoorsProps } from "@/components/islands/doors";

export function LanguageDoor({ doors, badge }: { doors: { locale: Locale; node: ReactNode }[]; badge: Record<Locale, string> }) {
  const ref = useAttach<HTMLUListElement, DoorsProps>(attachDoors, { badge });
  return (
    <ul ref={ref} {...attachAttrs("doors", { badge })} className="mt-10 grid gap-4" role="list">
      {doors.map(({ locale, node }) => (
        <li key={locale} data-locale-door={locale} className="group relative">
          {node}
        </li>
      ))}
    </ul>
  );
}
