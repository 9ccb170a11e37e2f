"use client";
// Loads Pagefind's own UI from this site's /pagefind/ folder (built by `pagefind --site out`) on the search page.
import { useEffect, useRef } from "react";

declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => unknown;
  }
}

export function SearchBox({ basePath, placeholder }: { basePath: string; placeholder: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const base = `${basePath}/pagefind/`;
    const css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = `${base}pagefind-ui.css`;
    document.head.appendChild(css);
    const script = document.createElement("script");
    script.src = `${base}pagefind-ui.js`;
    script.onload = () => {
      if (!window.PagefindUI || !ref.current) return;
      new window.PagefindUI({
        element: ref.current,
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
        const input = ref.current.querySelector<HTMLInputElement>("input");
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
  }, [basePath, placeholder]);
  return <div ref={ref} data-search="" className="search-ui" />;
}
