"use client";
// System / light / dark. The choice is stored and applied by ThemeScript before the next paint.
import { useEffect, useState } from "react";
import { THEME_KEY } from "@/components/layout/ThemeScript";

type Theme = "system" | "light" | "dark";
type Labels = { label: string; system: string; light: string; dark: string };

export function ThemeToggle({ labels }: { labels: Labels }) {
  const [theme, setTheme] = useState<Theme>("system");

  useEffect(() => {
    const current = document.documentElement.dataset.theme;
    if (current === "light" || current === "dark") setTheme(current);
  }, []);

  const choose = (next: Theme) => {
    setTheme(next);
    document.documentElement.dataset.theme = next;
    try {
      if (next === "system") localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage can be blocked; the choice still holds for this page.
    }
  };

  return (
    <fieldset className="theme-toggle needs-js flex items-center gap-0.5 rounded-full border border-rule p-0.5 text-xs">
      <legend className="sr-only">{labels.label}</legend>
      {(["system", "light", "dark"] as const).map((value) => (
        <label
          key={value}
          className="cursor-pointer rounded-full px-2 py-1 has-[:checked]:bg-ink has-[:checked]:text-paper has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-[var(--focus)]"
        >
          <input
            type="radio"
            name="theme"
            value={value}
            checked={theme === value}
            onChange={() => choose(value)}
            className="sr-only"
          />
          {labels[value]}
        </label>
      ))}
    </fieldset>
  );
}
