// Built without SITE_URL, a page writes its absolute URLs with the default origin and says so on
// <html data-build-origin>. Where a reader sees or copies such a URL (the "Cite this" lines, marked
// data-site-url), this puts the origin the page is actually served from in its place, so a deployment built
// without SITE_URL never shows localhost. Without JavaScript the default origin stays (README: set SITE_URL).
export function fixOrigin(doc: Document = document): number {
  const built = doc.documentElement.getAttribute("data-build-origin");
  const served = doc.defaultView?.location.origin;
  if (!built || !served || built === served) return 0;
  let changed = 0;
  for (const el of Array.from(doc.querySelectorAll("[data-site-url]"))) {
    const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? "";
      if (!text.includes(built)) continue;
      node.nodeValue = text.split(built).join(served);
      changed++;
    }
  }
  return changed;
}
