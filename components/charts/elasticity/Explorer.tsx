"use client";
// The explorable's controls (strategy, elastic delay, safety margin) and its tally, a small island without
// d3. The plot is the server's SVG: after a change the island runs the model, lays the chart out again for
// each frame on the page with the same kernel code the server used (layout.ts), and redraws it with
// patchPlot, which changes the same elements so the page's CSS transitions animate them (reduced motion
// jumps). A drag on the slider redraws at once, so the lines follow the thumb. The tally is a polite live
// region. Without JavaScript the controls hide and the server's SVG and tally show the 2010 plan.
import { useEffect, useMemo, useRef, useState } from "react";
import type { Locale } from "@/lib/i18n";
import { FRAMES, type FrameId } from "@/lib/charts/frames";
import { sceneTree } from "@/lib/charts/tree";
import { patchPlot, STATE_EVENT } from "@/components/charts/shared/live";
import { demandCurve, type DelayOption, type ModelResult, type Scenario, type StrategyKind } from "@/components/charts/elasticity/model";
import { layoutElasticity, run } from "@/components/charts/elasticity/layout";
import {
  delayLabel,
  formatMargin,
  scenarioLine,
  tallyFor,
  type ElasticityCopy,
  type ElasticityInputs,
  type TallyItem,
} from "@/components/charts/elasticity/text";

export type ExplorerProps = {
  locale: Locale;
  /** The figure's uid: element ids inside its SVGs start with it. */
  uid: string;
  copy: ElasticityCopy;
  /** The tooltips' source line. */
  source: string;
  surge: number;
  forecast: number;
  initial: Scenario;
};

const KINDS: StrategyKind[] = ["plan2010", "normal", "peak", "elastic"];
const DELAYS: DelayOption[] = ["servers", "vms", "containers"];
const same = (a: Scenario, b: Scenario) => a.kind === b.kind && a.headroom === b.headroom && a.delay === b.delay;

/** Lays the chart out for every frame the figure draws, and moves its marks there. */
function redraw(figure: HTMLElement, inputs: ElasticityInputs, scenario: Scenario, result: ModelResult, props: ExplorerProps, instant: boolean) {
  const svgs = Array.from(figure.querySelectorAll<SVGSVGElement>("svg[data-frame]")).filter((svg) => (svg.dataset.frame ?? "") in FRAMES);
  for (const svg of svgs) {
    const frame = FRAMES[svg.dataset.frame as FrameId];
    const scene = layoutElasticity(inputs, scenario, frame, { copy: props.copy, locale: props.locale, source: props.source }, result);
    if (instant) svg.setAttribute("data-instant", "");
    patchPlot(svg, sceneTree(scene, `${props.uid}-${frame.id}`, { "data-frame": frame.id, class: `chart-${frame.id}` }));
  }
  if (instant) {
    // Let the new values apply with transitions off, then turn them back on for the next change.
    void figure.getBoundingClientRect();
    requestAnimationFrame(() => svgs.forEach((svg) => svg.removeAttribute("data-instant")));
  }
  // The marks' tooltips now say something else: close an open one.
  figure.dispatchEvent(new CustomEvent(STATE_EVENT, { detail: { state: "explorer", step: undefined } }));
}

/** The island as a page places it: controls and tally, before the figure's plots. */
export function ElasticityExplorer(props: ExplorerProps) {
  return (
    <div data-elastic-explorer="" className="chart-elastic-explorer">
      <ElasticityControls {...props} />
    </div>
  );
}

/** The controls and the tally (what the embed hydrates inside the server's [data-elastic-explorer]). */
export function ElasticityControls(props: ExplorerProps) {
  const { locale, uid, copy, surge, forecast, initial } = props;
  const [scenario, setScenario] = useState<Scenario>(initial);
  const inputs = useMemo<ElasticityInputs>(() => ({ ...demandCurve({ surge }), surge, forecast }), [surge, forecast]);
  const result = useMemo(() => run(inputs, scenario), [inputs, scenario]);
  const controls = useRef<HTMLDivElement>(null);
  const drawn = useRef(initial);
  const dragging = useRef(false);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    if (same(drawn.current, scenario)) return;
    drawn.current = scenario;
    const figure = controls.current?.closest<HTMLElement>("[data-chart]");
    if (figure) redraw(figure, inputs, scenario, result, latest.current, dragging.current);
  }, [inputs, scenario, result]);

  // Arrow keys belong to the radios and the slider here, not to the plot's point-by-point navigation; a drag
  // on the slider ends wherever the pointer is released.
  useEffect(() => {
    const el = controls.current;
    if (!el) return;
    const stop = (e: KeyboardEvent) => e.stopPropagation();
    const release = () => (dragging.current = false);
    el.addEventListener("keydown", stop);
    window.addEventListener("pointerup", release);
    window.addEventListener("pointercancel", release);
    return () => {
      el.removeEventListener("keydown", stop);
      window.removeEventListener("pointerup", release);
      window.removeEventListener("pointercancel", release);
    };
  }, []);

  const choose = (next: Partial<Scenario>) => setScenario((s) => ({ ...s, ...next }));
  const pill =
    "inline-flex min-h-6 cursor-pointer items-center rounded-full border border-rule px-3 py-1 has-[:checked]:border-ink has-[:checked]:bg-ink has-[:checked]:text-paper has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-[var(--focus)]";
  const elastic = scenario.kind === "elastic";

  return (
    <>
      <div ref={controls} className="needs-js grid gap-3 text-sm" data-elastic-controls="">
        <fieldset data-control="strategy">
          <legend className="mb-1.5 font-semibold text-ink">{copy.controls.strategy}</legend>
          <div className="flex flex-wrap gap-1.5">
            {KINDS.map((k) => (
              <label key={k} className={pill}>
                <input type="radio" className="sr-only" name={`${uid}-strategy`} value={k} checked={scenario.kind === k} onChange={() => choose({ kind: k })} />
                {copy.strategies[k]}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset data-control="delay" disabled={!elastic} className="group">
          <legend className="mb-1.5 font-semibold text-ink group-disabled:font-normal group-disabled:text-muted">{copy.controls.delay}</legend>
          <div className="flex flex-wrap gap-1.5 group-disabled:text-muted">
            {DELAYS.map((d) => (
              <label
                key={d}
                className={`${pill} group-disabled:cursor-not-allowed group-disabled:border-dashed group-disabled:has-[:checked]:border-muted group-disabled:has-[:checked]:bg-paper-raised group-disabled:has-[:checked]:text-ink-soft`}
              >
                <input type="radio" className="sr-only" name={`${uid}-delay`} value={d} checked={scenario.delay === d} onChange={() => choose({ delay: d })} />
                {delayLabel(d, copy, locale)}
              </label>
            ))}
          </div>
        </fieldset>
        <div data-control="headroom" className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <label htmlFor={`${uid}-headroom`} className="font-semibold text-ink">
            {copy.controls.headroom}
          </label>
          <input
            id={`${uid}-headroom`}
            type="range"
            className="chart-range w-48 max-w-full"
            min={0}
            max={200}
            step={5}
            value={Math.round(scenario.headroom * 100)}
            aria-valuetext={formatMargin(scenario.headroom, locale)}
            aria-describedby={`${uid}-headroom-hint`}
            onPointerDown={() => (dragging.current = true)}
            onChange={(e) => choose({ headroom: Number(e.currentTarget.value) / 100 })}
          />
          <output htmlFor={`${uid}-headroom`} className="min-w-[3.5em] font-semibold tabular-nums text-ink">
            {formatMargin(scenario.headroom, locale)}
          </output>
          <span id={`${uid}-headroom-hint`} className="text-muted">
            {copy.controls.headroomHint}
          </span>
        </div>
      </div>
      <ElasticityTally
        items={tallyFor(result, copy, locale)}
        heading={`${copy.tally.heading}${locale === "en" ? ": " : "："}`}
        line={scenarioLine(scenario, forecast, copy, locale)}
      />
    </>
  );
}

/** The running tally: a polite live region, so a change is announced once it settles. `heading` ends with its colon. */
function ElasticityTally({ items, heading, line }: { items: TallyItem[]; heading: string; line: string }) {
  return (
    <div className="chart-elastic-tally" aria-live="polite" aria-atomic="true" data-tally="">
      <p className="no-print mb-2 text-sm text-ink-soft">
        <span className="sr-only">{heading}</span>
        {line}
      </p>
      <dl className="grid grid-cols-3 gap-3">
        {items.map((item) => (
          <div key={item.key} data-tally-item={item.key} className="border-t border-rule pt-1.5">
            <dt className="text-xs leading-snug text-muted">{item.label}</dt>
            <dd className={`text-lg font-semibold leading-tight tabular-nums ${item.alarm ? "text-alarm" : "text-ink"}`}>{item.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
