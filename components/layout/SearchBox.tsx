"use client";
// The search page's box: Pagefind's own UI, loaded by components/islands/search.ts.
import { attachAttrs, useAttach } from "@/components/islands/attach";
import { attachSearch, type SearchProps } from "@/components/islands/search";

export function SearchBox(props: SearchProps) {
  const ref = useAttach<HTMLDivElement, SearchProps>(attachSearch, props);
  return <div ref={ref} {...attachAttrs("search", props)} data-search="" className="search-ui" />;
}
