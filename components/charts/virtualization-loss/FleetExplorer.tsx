"use client";
// The fleet calculator: three range sliders recompute the fleet scene (model.ts, no d3) and redraw both
// SVG sizes. The server renders it with the article's example, so without JavaScript the default
// numbers still show as SVG and as a sentence; the sliders, which need JavaScript, are hidden then.
import { useEffect, useId, useRef, useState } from "react";
import type { Locale } from "@/lib/i18n";
import { fillText, fleetLoss, fleetNumbers, layoutFleet, SLIDERS, type FleetSettings, type FleetText } from "@/components/charts/virtualization-loss/model";
import { FleetView } from "@/components/charts/virtualization-loss/View";

export type FleetControlsText = {
  label: string;
  cores: string;
  reserved: string;
  fleet: string;
  /** "{n} servers": the fleet slider's spoken and shown value. */
  fleetValue: string;
  /** The arithmetic as a sentence, announced when it changes. */
  result: string;
};

export function FleetExplorer({ uid, locale, text, controls, initial }: { uid: string; locale: Locale; text: FleetText; controls: FleetControlsText; initial: FleetSettings }) {
  const [settings, setSettings] = useState(initial);
  const form = useRef<HTMLFormElement>(null);
  const id = useId();

  // The chart's plot handles arrow keys to step between marks; keep those keys for the sliders.
  useEffect(() => {
    const el = form.current;
    if (!el) return;
    const stop = (e: KeyboardEvent) => e.stopPropagation();
    el.addEventListener("keydown", stop);
    return () => el.removeEventListener("keydown", stop);
  }, []);

  const result = fleetLoss(settings);
  const n = fleetNumbers(result, locale, text.worth);
  const sliders = [
    { name: "cores", label: controls.cores, value: result.cores, min: SLIDERS.cores.min, max: SLIDERS.cores.max, step: SLIDERS.cores.step, shown: n.cores },
    { name: "reserved", label: controls.reserved, value: result.reserved, min: SLIDERS.reserved.min, max: result.cores, step: SLIDERS.reserved.step, shown: `${n.reserved} (${n.share})` },
    { name: "fleet", label: controls.fleet, value: result.fleet, min: SLIDERS.fleet.min, max: SLIDERS.fleet.max, step: SLIDERS.fleet.step, shown: fillText(controls.fleetValue, { n: n.fleetN }) },
  ] as const;

  const update = (name: keyof FleetSettings, value: number) =>
    setSettings((s) => {
      const next = { ...s, [name]: value };
      return name === "cores" ? { ...next, reserved: Math.min(next.reserved, value) } : next;
    });

  return (
    <div data-fleet-explorer="">
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
      <FleetView scene={layoutFleet(result, "wide", locale, text)} variant="wide" uid={uid} />
      <FleetView scene={layoutFleet(result, "narrow", locale, text)} variant="narrow" uid={uid} />
      <p className="mt-3 text-sm text-ink">
        <output aria-live="polite" data-fleet-result="">
          {fillText(controls.result, n)}
        </output>
      </p>
    </div>
  );
}
