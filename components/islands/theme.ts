// The theme switch (system / light / dark): the radios are server HTML; this checks the stored choice and
// applies a new one at once. ThemeScript applies the stored choice before the first paint of every page.
import type { Attach } from "@/components/islands/attach";

export const THEME_KEY = "ce-theme";
type Theme = "system" | "light" | "dark";

export const attachTheme: Attach = (el) => {
  const radios = Array.from(el.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
  const current = document.documentElement.dataset.theme;
  for (const r of radios) r.checked = r.value === (current === "light" || current === "dark" ? current : "system");
  const onChange = (e: Event) => {
    const next = (e.target as HTMLInputElement).value as Theme;
    document.documentElement.dataset.theme = next;
    try {
      if (next === "system") localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage can be blocked; the choice still holds for this page.
    }
  };
  el.addEventListener("change", onChange);
  return () => el.removeEventListener("change", onChange);
};
