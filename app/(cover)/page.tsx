// The front door: the three languages, each in its own script. A tiny script marks the reader's
// preferred language; without JavaScript all three links simply work.
import { langTag, locales, localePath, localeName } from "@/lib/i18n";
import { withBase } from "@/lib/paths";
import { getDictionary } from "@/lib/ui";

const suggest = `(function(){var prefs=navigator.languages||[navigator.language||"en"];var pick="en";for(var i=0;i<prefs.length;i++){var t=String(prefs[i]).toLowerCase();if(t.indexOf("zh")===0){pick=/hant|-tw|-hk|-mo/.test(t)?"zh-hant":"zh-hans";break}if(t.indexOf("en")===0){pick="en";break}}var a=document.querySelector('[data-locale-link="'+pick+'"]');if(a){a.setAttribute("data-preferred","");var b=a.querySelector("[data-preferred-badge]");if(b)b.hidden=false;var list=a.closest("ul");var li=a.closest("li");if(list&&li)list.insertBefore(li,list.firstChild)}})();`;

export default function RootCover() {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-3xl flex-col justify-center px-4 py-12">
      <p className="font-sans text-sm uppercase tracking-widest text-muted">2009–2025</p>
      <h1 className="mt-2 font-sans text-4xl font-bold leading-tight sm:text-5xl">
        Cloud Expedition
        <span className="mt-1 block text-2xl font-semibold text-ink-soft sm:text-3xl" lang="zh-Hans">
          云端远征
        </span>
      </h1>
      <h2 className="sr-only">Choose your language · 选择语言 · 選擇語言</h2>
      <ul className="mt-10 grid gap-4" role="list">
        {locales.map((l) => {
          const t = getDictionary(l);
          return (
            <li key={l}>
              <a
                href={withBase(localePath(l, "/"))}
                hrefLang={langTag[l]}
                lang={langTag[l]}
                data-locale-link={l}
                className="block rounded-lg border border-rule p-5 no-underline hover:border-accent data-[preferred]:border-accent data-[preferred]:bg-paper-raised"
              >
                <span className="flex items-baseline justify-between gap-3">
                  <span className="font-sans text-xl font-semibold text-ink">{localeName[l]}</span>
                  <span data-preferred-badge="" hidden className="font-sans text-xs text-accent">
                    {t.root.preferred}
                  </span>
                </span>
                <span className="mt-1 block font-serif text-ink-soft">{t.siteTagline}</span>
              </a>
            </li>
          );
        })}
      </ul>
      <script dangerouslySetInnerHTML={{ __html: suggest }} />
    </main>
  );
}
