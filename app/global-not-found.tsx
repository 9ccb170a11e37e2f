// The one 404.html every static host serves. It speaks all three languages (each section has its own
// lang); a small script keeps only the language of the path the reader asked for.
import "./globals.css";
import type { Metadata } from "next";
import { langTag, locales } from "@/lib/i18n";
import { basePath } from "@/lib/paths";
import { ThemeScript } from "@/components/layout/ThemeScript";
import { NotFoundBody } from "@/components/layout/NotFoundBody";

export const metadata: Metadata = {
  title: "404 · Page not found · 找不到页面 · 找不到頁面",
  robots: { index: false },
};

const pickLanguage = `(function(){var p=location.pathname.slice(${JSON.stringify(basePath)}.length);var m=/^\\/(en|zh-hans|zh-hant)(\\/|$)/.exec(p);if(!m)return;var tags=${JSON.stringify(langTag)};document.documentElement.lang=tags[m[1]];document.querySelectorAll("[data-locale]").forEach(function(s){if(s.getAttribute("data-locale")!==m[1])s.hidden=true})})();`;

export default function GlobalNotFound() {
  return (
    <html lang="en" data-theme="system" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {locales.map((l) => (
            <div key={l} data-locale={l} lang={langTag[l]} className="border-b border-rule pb-6 last:border-0">
              <NotFoundBody locale={l} plainLinks />
            </div>
          ))}
        </main>
        <script data-keep="" dangerouslySetInnerHTML={{ __html: pickLanguage }} />
      </body>
    </html>
  );
}
