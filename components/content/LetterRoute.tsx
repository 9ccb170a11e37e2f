// The letter's route (chapter 5): the same warning from a railway tunnel to the dispatch center, before
// (on foot) and by 2013 (by phone). Server-rendered HTML with a decorative SVG ridge: readable without
// JavaScript and in print, coloured by the theme's variables. It draws no figure: the article gives none,
// and names neither the line nor the app, which the caption says.
import type { Locale } from "@/lib/i18n";
import { getDictionary } from "@/lib/ui";

const ties = Array.from({ length: 22 }, (_, i) => 146 + i * 10);

export function LetterRoute({ locale }: { locale: Locale }) {
  const m = getDictionary(locale).moveOn.letter;
  return (
    <figure className="letter-route not-prose" data-letter-route="" aria-labelledby="letter-route-title">
      <p className="letter-route-kicker">{m.kicker}</p>
      <p className="letter-route-title" id="letter-route-title">
        {m.title}
      </p>
      <svg className="letter-route-ridge" viewBox="0 0 360 66" aria-hidden="true" focusable="false">
        <path className="ridge" d="M0 60 L0 40 L22 22 L40 30 L68 8 L96 26 L112 18 L150 60 Z" />
        <path className="portal" d="M112 60 V49 a11 11 0 0 1 22 0 V60 Z" />
        <line className="rail" x1="123" y1="58.5" x2="360" y2="58.5" />
        <line className="rail" x1="123" y1="63" x2="360" y2="63" />
        {ties.map((x) => (
          <line key={x} className="tie" x1={x} y1="56.5" x2={x} y2="65" />
        ))}
      </svg>
      <div className="letter-route-cols">
        <div className="letter-route-col" data-way="before">
          <p className="letter-route-way">{m.beforeLabel}</p>
          <ol>
            {m.before.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        </div>
        <div className="letter-route-col" data-way="after">
          <p className="letter-route-way">{m.afterLabel}</p>
          <ol>
            {m.after.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        </div>
      </div>
      <figcaption>{m.caption}</figcaption>
    </figure>
  );
}
