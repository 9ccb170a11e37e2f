// The header's page list on a phone is one row that scrolls sideways (PageShell, globals.css); on a later
// chapter, or the timeline, sources or guide, the current page's item starts off-screen. This scrolls the
// list itself (never the page: scrollLeft, not scrollIntoView) so that item shows at load, centred where the
// list allows; an item already in view stays where it is. Wider, the list wraps and nothing scrolls, so nothing changes. Without JavaScript the list
// starts at its first item, as it always did.
export function revealCurrentPage(doc: Document = document): number {
  let moved = 0;
  for (const list of Array.from(doc.querySelectorAll<HTMLElement>(".site-nav"))) {
    const room = list.scrollWidth - list.clientWidth;
    if (room <= 0) continue;
    const current = list.querySelector<HTMLElement>('[aria-current="page"]');
    const item = current?.closest("li") ?? current;
    if (!item) continue;
    const box = list.getBoundingClientRect();
    const itemBox = item.getBoundingClientRect();
    // Already in view (a short list, or names short enough, as in Chinese): leave the list as it is.
    if (itemBox.left >= box.left && itemBox.right <= box.right) continue;
    const left = itemBox.left - box.left + list.scrollLeft;
    const target = Math.round(Math.min(room, Math.max(0, left - (list.clientWidth - itemBox.width) / 2)));
    if (target === list.scrollLeft) continue;
    list.scrollLeft = target;
    moved++;
  }
  return moved;
}
