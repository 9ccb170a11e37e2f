// "The article says / the record shows": a correction from content/data/corrections.json, with its notes.
import { registry } from "@/lib/data/registry";
import type { Locale } from "@/lib/i18n";
import { getDictionary } from "@/lib/ui";
import type { Notes } from "@/lib/content/citations";
import { localize } from "@/components/content/Fact";

export function Correction({ id, locale, notes }: { id: string; locale: Locale; notes: Notes }) {
  const c = registry().corrections.find((x) => x.id === id);
  if (!c) throw new Error(`<Correction id="${id}"/>: no such correction in content/data/corrections.json`);
  const t = getDictionary(locale);
  return (
    <aside id={`correction-${c.id}`} aria-labelledby={`correction-${c.id}-title`} className="correction not-prose my-8 rounded-md border-l-4 border-alarm bg-paper-raised px-4 py-3 font-sans text-base leading-relaxed">
      <p id={`correction-${c.id}-title`} className="text-sm font-semibold uppercase tracking-wide text-alarm">
        {t.correction.label}: {localize(c.title, locale)}
      </p>
      <p className="mt-2">
        <span className="font-semibold">{t.correction.claim} </span>
        {localize(c.claim, locale)}
      </p>
      <p className="mt-2">
        <span className="font-semibold">{t.correction.record} </span>
        {localize(c.record, locale)}
        <sup className="ml-0.5 text-xs">
          {c.source.map((s, i) => {
            const n = notes.number(s);
            return (
              <span key={s}>
                {i > 0 ? "," : ""}
                <a href={`#note-${n}`} aria-label={`${t.fact.source} ${n}`} className="no-underline">
                  {n}
                </a>
              </span>
            );
          })}
        </sup>
      </p>
    </aside>
  );
}
