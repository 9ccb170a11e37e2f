// The search page: loads Pagefind's own UI from this site's /pagefind/ folder (built by `pagefind --site out`).
// Snippets are rebuilt around whole matches of the query (lib/search/snippet.ts): Pagefind's own cut Chinese
// mid-word ("…2010年双" for 双11).
import type { Attach } from "@/components/islands/attach";
import { wholeSnippets, type ResultData } from "@/lib/search/snippet";

declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => unknown;
  }
}

export type SearchProps = { basePath: string; placeholder: string };

export const attachSearch: Attach<SearchProps> = (el, { basePath, placeholder }) => {
  const base = `${basePath}/pagefind/`;
  const css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = `${base}pagefind-ui.css`;
  document.head.appendChild(css);
  const script = document.createElement("script");
  script.src = `${base}pagefind-ui.js`;
  script.onload = () => {
    if (!window.PagefindUI) return;
    // The term of the search on screen, as Pagefind UI hands it over before searching.
    let term = "";
    new window.PagefindUI({
      element: el,
      bundlePath: base,
      baseUrl: `${basePath}/`,
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      translations: { placeholder },
      autofocus: true,
      // Rank exact words above longer words that merely start with the query ("11" → "1127087", "双" → "双方"):
      // with every page holding 双 and 11, such extensions decided the order (https://pagefind.app/docs/ranking/).
      ranking: { termSimilarity: 2 },
      processTerm: (t: string) => (term = t),
      processResult: (result: ResultData) => wholeSnippets(result, term),
    });
    const q = new URLSearchParams(location.search).get("q");
    if (q) {
      const input = el.querySelector<HTMLInputElement>("input");
      if (input) {
        input.value = q.slice(0, 200);
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
    }
  };
  document.body.appendChild(script);
  return () => {
    css.remove();
    script.remove();
  };
};
