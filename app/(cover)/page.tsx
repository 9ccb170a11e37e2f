// The front door: the three languages, each in its own script. Plain links, so it works without
// JavaScript; LanguageDoor then lifts the reader's preferred language to the top.
import { langTag, locales, localePath, localeName } from "@/lib/i18n";
import { withBase } from "@/lib/paths";
import { getDictionary } from "@/lib/ui";
import { LanguageDoor } from "@/components/layout/LanguageDoor";

export default function RootCover() {
  const doors = locales.map((l) => {
    const t = getDictionary(l);
    return {
      locale: l,
      node: (
        <a
          href={withBase(localePath(l, "/"))}
          hrefLang={langTag[l]}
          lang={langTag[l]}
          data-locale-link={l}
          className="block rounded-lg border border-rule p-5 no-underline hover:border-accent group-data-[preferred]:border-accent group-data-[preferred]:bg-paper-raised"
        >
          <span className="block font-sans text-xl font-semibold text-ink">{localeName[l]}</span>
          <span className="mt-1 block font-serif text-ink-soft">{t.siteTagline}</span>
        </a>
      ),
    };
  });
  const badge = Object.fromEntries(locales.map((l) => [l, getDictionary(l).root.preferred])) as Record<(typeof locales)[number], string>;
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
      <LanguageDoor doors={doors} badge={badge} />
    </main>
  );
}
