// The frame of every locale page: skip link, header (title, chapters, languages, theme), main, footer.
import Link from "next/link";
import type { ReactNode } from "react";
import { localePath, type Locale } from "@/lib/i18n";
import { fill, getDictionary } from "@/lib/ui";
import { getSource } from "@/lib/data/registry";
import { quoted } from "@/components/content/Fact";
import { chapterName, getChapters } from "@/lib/content/chapters";
import { LanguageSwitcher } from "@/components/layout/LanguageSwitcher";
import { ThemeToggle } from "@/components/layout/ThemeToggle";
import { OfflineRegistration } from "@/components/classroom/OfflineRegistration";

export function PageShell({ locale, path, children }: { locale: Locale; path: string; children: ReactNode }) {
  const t = getDictionary(locale);
  const chapters = getChapters(locale);
  return (
    <>
      <a
        href="#main"
        className="skip-link sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:rounded focus:bg-ink focus:px-3 focus:py-2 focus:text-paper"
      >
        {t.skipToContent}
      </a>
      <header className="border-b border-rule">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
          <Link href={localePath(locale, "/")} className="font-sans text-base font-bold tracking-tight text-ink no-underline">
            {t.siteTitle}
          </Link>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <LanguageSwitcher locale={locale} path={path} label={t.language.label} />
            <ThemeToggle labels={t.theme} />
          </div>
        </div>
        <nav aria-label={t.nav.label} className="mx-auto max-w-6xl px-4 pb-2">
          {/* On a phone the list is one row that scrolls sideways (the header keeps to a sixth of the screen);
              wider, it wraps. The reading bar at the bottom carries the chapters on a phone too. */}
          <ol className="site-nav flex gap-x-4 text-sm max-sm:overflow-x-auto sm:flex-wrap" role="list">
            {chapters.map((c) => {
              const href = localePath(locale, `/${c.slug}/`);
              const current = path === `/${c.slug}/`;
              return (
                <li key={c.slug} className="shrink-0 py-1">
                  <Link
                    href={href}
                    aria-current={current ? "page" : undefined}
                    className={current ? "font-semibold text-ink" : "text-ink-soft no-underline hover:underline"}
                  >
                    <span data-chapter-name="">{chapterName(c)}</span>
                  </Link>
                </li>
              );
            })}
            <li className="shrink-0 py-1">
              <Link
                href={localePath(locale, "/timeline/")}
                aria-current={path === "/timeline/" ? "page" : undefined}
                className={path === "/timeline/" ? "font-semibold text-ink" : "text-ink-soft no-underline hover:underline"}
              >
                {t.nav.timeline}
              </Link>
            </li>
            <li className="shrink-0 py-1">
              <Link
                href={localePath(locale, "/charts/")}
                aria-current={path === "/charts/" ? "page" : undefined}
                className={path === "/charts/" ? "font-semibold text-ink" : "text-ink-soft no-underline hover:underline"}
              >
                {t.gallery.navLabel}
              </Link>
            </li>
            <li className="shrink-0 py-1">
              <Link
                href={localePath(locale, "/search/")}
                aria-current={path === "/search/" ? "page" : undefined}
                className={path === "/search/" ? "font-semibold text-ink" : "text-ink-soft no-underline hover:underline"}
              >
                {t.nav.search}
              </Link>
            </li>
            <li className="shrink-0 py-1">
              <Link
                href={localePath(locale, "/sources/")}
                aria-current={path === "/sources/" ? "page" : undefined}
                className={path === "/sources/" ? "font-semibold text-ink" : "text-ink-soft no-underline hover:underline"}
              >
                {t.nav.sources}
              </Link>
            </li>
            <li className="shrink-0 py-1">
              <Link
                href={localePath(locale, "/teach/")}
                aria-current={path === "/teach/" ? "page" : undefined}
                className={path === "/teach/" ? "font-semibold text-ink" : "text-ink-soft no-underline hover:underline"}
              >
                {t.teach.nav}
              </Link>
            </li>
          </ol>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        {children}
      </main>
      <footer className="mt-16 border-t border-rule">
        <div className="mx-auto max-w-6xl space-y-2 px-4 py-8 text-sm text-muted">
          <p>{t.footer.about}</p>
          <p>{fill(t.footer.credit, { article: quoted(getSource("article").title, locale) })}</p>
          <p>
            <Link href={localePath(locale, "/sources/")}>{t.chapter.allSources}</Link>
            {" · "}
            <Link href={localePath(locale, "/teach/")}>{t.teach.nav}</Link>
          </p>
        </div>
      </footer>
      <OfflineRegistration labels={{ update: t.teach.offline.update, reload: t.teach.offline.reload }} />
    </>
  );
}
