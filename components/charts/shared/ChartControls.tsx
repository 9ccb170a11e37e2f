"use client";
// Toggles between server-rendered variants of a chart (log/linear scale, unit view…). Each variant's
// elements carry data-when="name=value"; choosing a value hides the others. No chart code ships: the
// variants are already SVG. Without JavaScript the default variant shows and the controls are hidden.
import { useId, useState } from "react";
import { applyVariant } from "@/components/charts/shared/variants";

export { applyVariant };

export type ChartControl = { name: string; label: string; options: { value: string; label: string }[]; value: string };

export function ChartControls({ controls }: { controls: ChartControl[] }) {
  return (
    <div className="needs-js mb-2 flex flex-wrap gap-3 text-sm" data-chart-controls="">
      {controls.map((c) => (
        <Toggle key={c.name} control={c} />
      ))}
    </div>
  );
}

function Toggle({ control }: { control: ChartControl }) {
  const [value, setValue] = useState(control.value);
  const group = useId();
  return (
    <fieldset className="flex items-center gap-0.5 rounded-full border border-rule p-0.5" data-control={control.name}>
      <legend className="sr-only">{control.label}</legend>
      {control.options.map((o) => (
        <label
          key={o.value}
          className="cursor-pointer rounded-full px-2.5 py-0.5 has-[:checked]:bg-ink has-[:checked]:text-paper has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-[var(--focus)]"
        >
          <input
            type="radio"
            className="sr-only"
            name={group}
            value={o.value}
            checked={value === o.value}
            onChange={(e) => {
              setValue(o.value);
              const figure = e.currentTarget.closest<HTMLElement>("[data-chart]");
              if (figure) applyVariant(figure, control.name, o.value);
            }}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
