// The search page: loads Pagefind's own UI from this site's /pagefind/ folder (built by `pagefind --site out`).
import type { Attach } from "@/components/islands/attach";

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
    new window.PagefindUI({
      element: el,
      bundlePath: base,
      baseUrl: `${basePath}/`,
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      translations: { placeholder },
      autofocus: true,
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
