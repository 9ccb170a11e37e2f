// A chapter's reading bar (the progress line is the [data-progress] inside the marked element), the table of
// contents that follows the scroll, and "continue where you left off" (the position is kept in localStorage; #continue restores it).
import type { Attach } from "@/components/islands/attach";

export const READING_KEY = "ce-reading";

export type ReadingPosition = { locale: string; slug: string; fraction: number; heading?: string; at: number };
export type ReadingProps = { locale: string; slug: string };

export const attachReading: Attach<ReadingProps> = (el, { locale, slug }) => {
  const bar = el.querySelector<HTMLElement>("[data-progress]");
  const article = document.querySelector<HTMLElement>("[data-chapter]");
  if (!article) return;
  const headings = Array.from(article.querySelectorAll<HTMLElement>(".prose-body h2[id], .prose-body h3[id]"));
  const tocLinks = new Map(Array.from(document.querySelectorAll<HTMLAnchorElement>("[data-toc] a[href^='#']")).map((a) => [a.hash.slice(1), a]));

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
          if (saved && saved.slug === slug) {
            window.scrollTo({ top: article.offsetTop + saved.fraction * (span() - article.offsetTop), behavior: "instant" });
          }
        } catch {}
        restoring = false;
      }),
    );
  }

  let frame = 0;
  let lastSave = 0;
  const update = () => {
    frame = 0;
    const f = fraction();
    if (bar) bar.style.transform = `scaleX(${f})`;
    let current: HTMLElement | undefined;
    for (const h of headings) if (h.getBoundingClientRect().top < window.innerHeight * 0.3) current = h;
    for (const [id, a] of tocLinks) {
      if (current && id === current.id) a.setAttribute("aria-current", "location");
      else a.removeAttribute("aria-current");
    }
    const now = Date.now();
    if (!restoring && now - lastSave > 500 && window.scrollY > 0) {
      lastSave = now;
      try {
        const position: ReadingPosition = { locale, slug, fraction: f, heading: current?.id, at: now };
        localStorage.setItem(READING_KEY, JSON.stringify(position));
      } catch {}
    }
  };
  const onScroll = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  update();
  window.addEventListener("scroll", onScroll, { passive: true });
  window.addEventListener("resize", onScroll);
  return () => {
    window.removeEventListener("scroll", onScroll);
    window.removeEventListener("resize", onScroll);
    cancelAnimationFrame(frame);
  };
};
