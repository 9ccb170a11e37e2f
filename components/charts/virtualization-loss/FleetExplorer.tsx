"use client";
// The fleet calculator: three sliders under the chart's own plot. A change lays the fleet out again in the
// browser with the same code the server used (calculator.ts, d3-free) and patches each frame's SVG in place
// (patchPlot), so the same cores and squares move and change colour through the chart's CSS transitions.
// The island draws only the sliders and the sentence; the plot is the figure's server-rendered SVG, so
// without JavaScript the article's example still reads as SVG and as a sentence (the sliders, which need
// JavaScript, are hidden then).
import { useEffect, useRef, useState } from "react";
import { fill } from "@/lib/fill";
import { FRAMES, type FrameId } from "@/lib/charts/frames";
import { sceneTree } from "@/lib/charts/tree";
import { patchPlot } from "@/components/charts/shared/live";
import type { VirtCopy } from "@/components/charts/virtualization-loss/context";
import { calculatorScene, type CalculatorInput } from "@/components/charts/virtualization-loss/calculator";
import { fleetLoss, fleetNumbers, SLIDERS, type FleetSettings } from "@/components/charts/virtualization-loss/model";

export type FleetExplorerProps = CalculatorInput & {
  /** The figure's uid: the plot's element ids are made from it. */
  uid: string;
  controls: VirtCopy["controls"];
  initial: FleetSettings;
};

const same = (a: FleetSettings, b: FleetSettings) => a.cores === b.cores && a.reserved === b.reserved && a.fleet === b.fleet;

export function FleetExplorer({ uid, controls, initial, ...input }: FleetExplorerProps) {
  const [settings, setSettings] = useState(initial);
  const root = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const drawn = useRef(initial);
  // Ids from the figure's uid, not useId: the built site renders each island as its own Preact root, where
  // useId would give every island on the page the same ids.
  const id = `${uid}-fleet`;

  // The chart's plot handles arrow keys to step between marks; keep those keys for the sliders.
  useEffect(() => {
    const el = form.current;
    if (!el) return;
    const stop = (e: KeyboardEvent) => e.stopPropagation();
    el.addEventListener("keydown", stop);
    return () => el.removeEventListener("keydown", stop);
  }, []);

  // Redraw every frame of the figure's plot for the new settings (the server drew the first).
  useEffect(() => {
    if (same(settings, drawn.current)) return;
    drawn.current = settings;
    const figure = root.current?.closest("figure[data-chart]");
    figure?.querySelectorAll<SVGSVGElement>("svg[data-frame]").forEach((svg) => {
      const frame = FRAMES[svg.dataset.frame as FrameId];
      if (!frame) return;
      // The plot keeps the height the server gave it (the tallest any setting needs).
      const scene = calculatorScene(frame, input, settings, svg.viewBox.baseVal.height || undefined);
      patchPlot(svg, sceneTree(scene, `${uid}-${frame.id}`, { "data-frame": frame.id, class: `chart-${frame.id}` }));
    });
  });

  const result = fleetLoss(settings);
  const n = fleetNumbers(result, input.locale, input.words.fleet.worth);
  const sliders = [
    { name: "cores", label: controls.cores, value: result.cores, min: SLIDERS.cores.min, max: SLIDERS.cores.max, step: SLIDERS.cores.step, shown: n.cores },
    {
      name: "reserved",
      label: controls.reserved,
      value: result.reserved,
      min: SLIDERS.reserved.min,
      max: result.cores,
      step: SLIDERS.reserved.step,
      shown: `${n.reserved} (${n.share})`,
    },
    {
      name: "fleet",
      label: controls.fleet,
      value: result.fleet,
      min: SLIDERS.fleet.min,
      max: SLIDERS.fleet.max,
      step: SLIDERS.fleet.step,
      shown: fill(controls.fleetValue, { n: n.fleetN }),
    },
  ] as const;

  const update = (name: keyof FleetSettings, value: number) =>
    setSettings((s) => {
      const next = { ...s, [name]: value };
      return name === "cores" ? { ...next, reserved: Math.min(next.reserved, value) } : next;
    });

  return (
    <div ref={root} data-fleet-explorer="" className="chart-vl-explorer">
      <form ref={form} aria-label={controls.label} className="needs-js mb-4 grid gap-x-5 gap-y-3 text-sm @md:grid-cols-3" onSubmit={(e) => e.preventDefault()}>
        {sliders.map((s) => (
          <div key={s.name} className="flex flex-col justify-end">
            <label htmlFor={`${id}-${s.name}`} className="leading-snug text-ink-soft">
              {s.label}
            </label>
            <span aria-hidden="true" className="font-semibold tabular-nums text-ink" data-slider-value={s.name}>
              {s.shown}
            </span>
            <input
              id={`${id}-${s.name}`}
              name={s.name}
              type="range"
              min={s.min}
              max={s.max}
              step={s.step}
              value={s.value}
              aria-valuetext={s.shown}
              className="mt-1 w-full accent-accent"
              onChange={(e) => update(s.name, Number(e.currentTarget.value))}
            />
          </div>
        ))}
      </form>
      <p className="mt-3 text-sm text-ink">
        <output aria-live="polite" data-fleet-result="">
          {fill(controls.result, n)}
        </output>
      </p>
    </div>
  );
}
