"use client";
// The explorable's controls: strategy, elastic delay and safety margin. It re-runs the model and the layout
// in the browser (plain TypeScript, no d3) and re-renders the same stateless View the server rendered, so
// without JavaScript the reader still gets the default state as SVG. The tally is a polite live region.
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { Locale } from "@/lib/i18n";
import { formatFigure } from "@/lib/data/format";
import { demandCurve, simulate, strategyFor, type DelayOption, type ModelResult, type Scenario, type StrategyKind } from "@/components/charts/elasticity/model";
import { delayVars, fill, presentElasticity, type ElasticityCopy } from "@/components/charts/elasticity/layout";
import { ElasticityTally, ElasticityView } from "@/components/charts/elasticity/View";

export type ExplorerProps = {
  locale: Locale;
  uid: string;
  title: string;
  /** Tooltip source line. */
  source: string;
  surge: number;
  forecast: number;
  initial: Scenario;
  copy: ElasticityCopy;
};

const KINDS: StrategyKind[] = ["plan2010", "normal", "peak", "elastic"];
const DELAYS: DelayOption[] = ["servers", "vms", "containers"];
const TWEEN_MS = 450;

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);
const mix = (a: number[], b: number[], t: number) => a.map((v, i) => v + (b[i]! - v) * t);

export function ElasticityExplorer({ locale, uid, title, source, surge, forecast, initial, copy }: ExplorerProps) {
  const [scenario, setScenario] = useState<Scenario>(initial);
  const curve = useMemo(() => demandCurve({ surge }), [surge]);
  const target = useMemo(() => simulate({ ...curve, strategy: strategyFor(scenario, forecast) }), [curve, scenario, forecast]);
  // After a strategy or delay change the lines travel from where they were to the new state (unless the
  // reader prefers reduced motion); the slider and the tally always jump.
  const [tween, setTween] = useState<{ from: ModelResult; start: number } | null>(null);
  const [now, setNow] = useState(0);
  const k = tween ? ease(Math.max(0, Math.min(1, (now - tween.start) / TWEEN_MS))) : 1;
  const shown: ModelResult =
    tween && k < 1
      ? {
          capacity: mix(tween.from.capacity, target.capacity, k),
          served: mix(tween.from.served, target.served, k),
          dropped: mix(tween.from.dropped, target.dropped, k),
          idle: mix(tween.from.idle, target.idle, k),
          totals: target.totals,
        }
      : target;
  const shownRef = useRef(shown);
  shownRef.current = shown;
  const controls = useRef<HTMLDivElement>(null);
  const ids = useId();

  useEffect(() => {
    if (!tween) return;
    let frame = 0;
    const tick = (t: number) => {
      if (t - tween.start >= TWEEN_MS) {
        setTween(null);
        return;
      }
      setNow(t);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [tween]);

  // Arrow keys belong to the radios and the slider here, not to the plot's data-point navigation.
  useEffect(() => {
    const el = controls.current;
    if (!el) return;
    const stop = (e: KeyboardEvent) => e.stopPropagation();
    el.addEventListener("keydown", stop);
    return () => el.removeEventListener("keydown", stop);
  }, []);

  const choose = (next: Partial<Scenario>, animate: boolean) => {
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    const start = performance.now();
    setTween(animate && !reduce ? { from: shownRef.current, start } : null);
    setNow(start);
    setScenario((s) => ({ ...s, ...next }));
  };

  // The settled state (tally, description); while the lines travel, only the drawing is laid out again.
  const final = useMemo(() => presentElasticity({ ...curve, forecast, surge }, scenario, copy, locale, target), [curve, forecast, surge, scenario, copy, locale, target]);
  const drawn = shown === target ? final : presentElasticity({ ...curve, forecast, surge }, scenario, copy, locale, shown);
  const text = { title, desc: final.desc, source };
  const percent = (h: number) => formatFigure(Math.round(h * 100), "percent", locale);
  const delayLabel = (d: DelayOption) => fill(copy.delays[d], delayVars(locale));
  const pill =
    "inline-flex cursor-pointer items-center rounded-full border border-rule px-3 py-1 has-[:checked]:border-ink has-[:checked]:bg-ink has-[:checked]:text-paper has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-[var(--focus)]";

  return (
    <div data-elastic-explorer="">
      <div ref={controls} className="mb-4 grid gap-3 text-sm" data-elastic-controls="">
        <fieldset data-control="strategy">
          <legend className="mb-1.5 font-semibold text-ink">{copy.controls.strategy}</legend>
          <div className="flex flex-wrap gap-1.5">
            {KINDS.map((k) => (
              <label key={k} className={pill}>
                <input type="radio" className="sr-only" name={`${ids}-strategy`} value={k} checked={scenario.kind === k} onChange={() => choose({ kind: k }, true)} />
                {copy.strategies[k]}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset data-control="delay" disabled={scenario.kind !== "elastic"} className="group">
          <legend className="mb-1.5 font-semibold text-ink group-disabled:font-normal group-disabled:text-muted">{copy.controls.delay}</legend>
          <div className="flex flex-wrap gap-1.5 group-disabled:text-muted">
            {DELAYS.map((d) => (
              <label
                key={d}
                className={`${pill} group-disabled:cursor-not-allowed group-disabled:border-dashed group-disabled:has-[:checked]:border-muted group-disabled:has-[:checked]:bg-paper-raised group-disabled:has-[:checked]:text-ink-soft`}
              >
                <input type="radio" className="sr-only" name={`${ids}-delay`} value={d} checked={scenario.delay === d} onChange={() => choose({ delay: d }, true)} />
                {delayLabel(d)}
              </label>
            ))}
          </div>
        </fieldset>
        <div data-control="headroom" className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <label htmlFor={`${ids}-headroom`} className="font-semibold text-ink">
            {copy.controls.headroom}
          </label>
          <input
            id={`${ids}-headroom`}
            type="range"
            className="chart-range w-48 max-w-full"
            min={0}
            max={200}
            step={5}
            value={Math.round(scenario.headroom * 100)}
            aria-valuetext={percent(scenario.headroom)}
            aria-describedby={`${ids}-headroom-hint`}
            onChange={(e) => choose({ headroom: Number(e.currentTarget.value) / 100 }, false)}
          />
          <output htmlFor={`${ids}-headroom`} className="min-w-[3.5em] font-semibold tabular-nums text-ink">
            {percent(scenario.headroom)}
          </output>
          <span id={`${ids}-headroom-hint`} className="text-muted">
            {copy.controls.headroomHint}
          </span>
        </div>
      </div>
      <ElasticityView scene={drawn.wide} text={text} variant="wide" uid={uid} />
      <ElasticityView scene={drawn.narrow} text={text} variant="narrow" uid={uid} />
      <ElasticityTally items={final.tally} heading={copy.tally.heading} line={final.line} live />
    </div>
  );
}
