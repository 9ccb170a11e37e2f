// The root cover's three language doors: the reader's preferred language (navigator.languages) moves to
// the top and is marked. Without JavaScript all three are plain links in a fixed order.
import type { Attach } from "@/components/islands/attach";
import { preferredLocale, type Locale } from "@/lib/i18n";

export type DoorsProps = { badge: Record<Locale, string> };

export const attachDoors: Attach<DoorsProps> = (el, { badge }) => {
  const preferred = preferredLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
  const door = el.querySelector<HTMLElement>(`[data-locale-door="${preferred}"]`);
  if (!door) return;
  el.prepend(door);
  door.setAttribute("data-preferred", "");
  const mark = document.createElement("span");
  mark.className = "pointer-events-none absolute right-5 top-5 font-sans text-xs text-accent";
  mark.textContent = badge[preferred];
  door.append(mark);
};
