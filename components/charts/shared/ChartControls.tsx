"use client";
// Toggles between server-rendered variants of a chart (log/linear scale, unit view…). Each variant's
// elements carry data-when="name=value"; choosing a value hides the others (components/islands/controls.ts).
// No chart code ships: the variants are already SVG. Without JavaScript the default variant shows and the
// controls are hidden.
import { useId } from "react";
import { applyVariant } from "@/components/charts/shared/variants";
import { attachAttrs, useAttach } from "@/components/islands/attach";
import { attachControls } from "@/components/islands/controls";

export { applyVariant };

export type ChartControl = { name: string; label: string; options: { value: string; label: string }[]; value: string };

export function ChartControls({ controls }: { controls: ChartControl[] }) {
  const ref = useAttach<HTMLDivElement, Record<string, never>>(attachControls, {});
  return (
    <div ref={ref} {...attachAttrs("controls")} className="needs-js mb-2 flex flex-wrap gap-3 text-sm" data-chart-controls="">
      {controls.map((c) => (
        <Toggle key={c.name} control={c} />
      ))}
    </div>
  );
}

function Toggle({ control }: { control: ChartControl }) {
  const group = useId();
  return (
    <fieldset className="flex items-center gap-0.5 rounded-full border border-rule p-0.5" data-control={control.name}>
      <legend className="sr-only">{control.label}</legend>
      {control.options.map((o) => (
        <label
          key={o.value}
          className="cursor-pointer rounded-full px-2.5 py-0.5 has-[:checked]:bg-ink has-[:checked]:text-paper has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-[var(--focus)]"
        >
          <input type="radio" className="sr-only" name={group} value={o.value} defaultChecked={control.value === o.value} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
