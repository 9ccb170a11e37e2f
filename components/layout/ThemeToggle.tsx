"use client";
// System / light / dark: server HTML, with its behaviour in components/islands/theme.ts. The choice is
// stored and applied by ThemeScript before the next paint.
import { attachAttrs, useAttach } from "@/components/islands/attach";
import { attachTheme } from "@/components/islands/theme";

type Labels = { label: string; system: string; light: string; dark: string };

export function ThemeToggle({ labels }: { labels: Labels }) {
  const ref = useAttach<HTMLFieldSetElement, Record<string, never>>(attachTheme, {});
  return (
    <fieldset ref={ref} {...attachAttrs("theme")} className="theme-toggle needs-js flex items-center gap-0.5 rounded-full border border-rule p-0.5 text-xs">
      <legend className="sr-only">{labels.label}</legend>
      {(["system", "light", "dark"] as const).map((value) => (
        <label
          key={value}
          className="cursor-pointer rounded-full px-2 py-1 has-[:checked]:bg-ink has-[:checked]:text-paper has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-[var(--focus)]"
        >
          <input type="radio" name="theme" value={value} defaultChecked={value === "system"} className="sr-only" />
          {labels[value]}
        </label>
      ))}
    </fieldset>
  );
}
