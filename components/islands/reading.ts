// A chapter's reading bar (the progress line is the [data-progress] inside the marked element), the table of
// contents that follows the scroll, and "continue where you left off" (the position is kept in localStorage; #continue restores it).
import type { Attach } from "@/components/islands/attach";

export const READING_KEY = "ce-reading";

/** `block` and `offset`: the text block (a child of a .prose-body) at the top of the screen and how far into it
 * the reader was, in pixels. Blocks off the screen are not laid out (content-visibility: auto, app/globals.css)
 * and stand at an estimated height until drawn, so a fraction of the page's height would land elsewhere on the
 * next visit; a block and an offset inside it land where the reader left. */
export type ReadingPosition = { locale: string; slug: string; fraction: number; heading?: string; block?: number; offset?: number; at: number };
export type ReadingProps = { locale: string; slug: string };

export const attachReading: Attach<ReadingProps> = (el, { locale, slug }) => {
  const bar = el.querySelector<HTMLElement>("[data-progress]");
  const article = document.querySelector<HTMLElement>("[data-chapter]");
  if (!article) return;
  const headings = Array.from(article.querySelectorAll<HTMLElement>(".prose-body h2[id], .prose-body h3[id]"));
  const tocLinks = new Map(Array.from(document.querySelectorAll<HTMLAnchorElement>("[data-toc] a[href^='#']")).map((a) => [a.hash.slice(1), a]));

  const blocks = Array.from(article.querySelectorAll<HTMLElement>(".prose-body > *"));
  /** The block at the top of the screen (the first whose bottom is below it) and the reader's depth into it. */
  const anchor = () => {
    const i = blocks.findIndex((b) => b.getBoundingClientRect().bottom > 0);
    return i < 0 ? {} : { block: i, offset: Math.round(-blocks[i]!.getBoundingClientRect().top) };
  };
  const span = () => Math.max(1, article.offsetTop + article.offsetHeight - window.innerHeight);
  const fraction = () => Math.min(1, Math.max(0, (window.scrollY - article.offsetTop) / (span() - article.offsetTop || 1)));

  // Restore: a "continue reading" link lands on #continue. Wait two frames, so that the other islands
  // (the pinned scrollytelling adds a lot of height) have laid the page out first.
  let restoring = location.hash === "#continue";
  if (restoring) {
    history.replaceState(null, "", location.pathname + location.search);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        try {
          const saved = JSON.parse(localStorage.getItem(READING_KEY) ?? "null") as ReadingPosition | null;
          const block = saved?.block === undefined ? undefined : blocks[saved.block];
          if (saved && saved.slug === slug && block) {
            const place = () => window.scrollTo({ top: window.scrollY + block.getBoundingClientRect().top + (saved.offset ?? 0), behavior: "instant" });
            place();
            holdPlace(place, [block, article]);
          } else if (saved && saved.slug === slug) {
            window.scrollTo({ top: article.offsetTop + saved.fraction * (span() - article.offsetTop), behavior: "instant" });
          }
        } catch {}
        restoring = false;
      }),
    );
  }

  // A jump to a heading or a note (a link followed, or the page opened at #id) often lands before the page
  // has settled: blocks drawn there for the first time, and blocks measured in idle time above it (blocks.ts),
  // change heights, and scroll anchoring does not always hold the target. Keep it where the jump put it.
  const holdTarget = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id && id !== "continue" ? document.getElementById(id) : null;
    if (!target || !article.contains(target)) return;
    const at = target.getBoundingClientRect().top;
    holdPlace(() => {
      const moved = target.getBoundingClientRect().top - at;
      if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: "instant" });
    }, [target, article]);
  };
  if (!restoring) holdTarget();
  window.addEventListener("hashchange", holdTarget);

  let frame = 0;
  let lastSave = 0;
  /** The heading the reader is under: the last whose top is above 30 % of the screen. */
  const currentHeading = () => {
    let current: HTMLElement | undefined;
    for (const h of headings) if (h.getBoundingClientRect().top < window.innerHeight * 0.3) current = h;
    return current;
  };
  const save = (f: number, current: HTMLElement | undefined) => {
    if (restoring || window.scrollY <= 0) return;
    lastSave = Date.now();
    try {
      const position: ReadingPosition = { locale, slug, fraction: f, heading: current?.id, ...anchor(), at: lastSave };
      localStorage.setItem(READING_KEY, JSON.stringify(position));
    } catch {}
  };
  const update = () => {
    frame = 0;
    const f = fraction();
    if (bar) bar.style.transform = `scaleX(${f})`;
    const current = currentHeading();
    for (const [id, a] of tocLinks) {
      if (current && id === current.id) a.setAttribute("aria-current", "location");
      else a.removeAttribute("aria-current");
    }
    // At most twice a second while scrolling; the last position is saved when the reader leaves.
    if (Date.now() - lastSave > 500) save(f, current);
  };
  const onLeave = () => save(fraction(), currentHeading());
  const onScroll = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  update();
  window.addEventListener("scroll", onScroll, { passive: true });
  window.addEventListener("resize", onScroll);
  window.addEventListener("pagehide", onLeave);
  return () => {
    window.removeEventListener("scroll", onScroll);
    window.removeEventListener("resize", onScroll);
    window.removeEventListener("pagehide", onLeave);
    window.removeEventListener("hashchange", holdTarget);
    release();
    cancelAnimationFrame(frame);
  };
};

/** The hold in force: a new jump ends it. */
let release = () => {};

/** Keeps a place on the screen (place() puts it back) while what it observes changes size: until the page
 * settles (2 s), the reader moves (wheel, touch, key or pointer) or another jump takes over. */
function holdPlace(place: () => void, observed: Element[]): void {
  release();
  const sizes = new ResizeObserver(() => place());
  for (const el of observed) sizes.observe(el);
  const moves = ["wheel", "touchstart", "keydown", "pointerdown"];
  const stop = () => {
    sizes.disconnect();
    for (const e of moves) window.removeEventListener(e, stop, true);
  };
  for (const e of moves) window.addEventListener(e, stop, { capture: true, passive: true });
  setTimeout(stop, 2000);
  release = stop;
}
