// A placement of a chart, as data: which states it moves between, which frames it draws, and the merged SVG
// of each frame with the table of what changes per state. The page (components/charts/shared/Figure), the
// deck and the exports all build a placement here, from the chart's spec. Pure: no React, no DOM.
import type { Locale } from "@/lib/i18n";
import { FRAMES, PAGE_FRAMES, type FrameId } from "@/lib/charts/frames";
import { sceneTree, type SvgNode } from "@/lib/charts/tree";
import { mergeStates, type FigureModel } from "@/lib/charts/states";
import { allStates, stateId } from "@/lib/charts/state-id";
import type { ChartDefinition, ChartSpec, ChartState, ChartTable } from "@/lib/charts/spec";

export type PlacementOptions = {
  locale: Locale;
  /** Prefix of element ids, unique on the page. */
  uid: string;
  /** Steps the placement moves between; none = the complete chart. */
  steps?: number[];
  /** The step the markup draws (without JavaScript, in print, before the island starts): by default the last. */
  shown?: number;
  frames?: FrameId[];
};

export type Placement = {
  /** The spec of the state the markup draws (title, subtitle, controls…). */
  spec: ChartSpec;
  /** The data as a table: the complete chart's when the placement moves through steps. */
  table: ChartTable;
  sources: string[];
  notes: string[];
  plots: { frame: FrameId; tree: SvgNode }[];
  /** Present when there is more than one state to move between. */
  model?: FigureModel;
};

const specs = new Map<string, ChartSpec>();

/** A chart's spec, computed once per build process for each locale, state and frame. */
export function specFor(def: ChartDefinition, locale: Locale, state: ChartState, frame: FrameId): ChartSpec {
  const key = `${def.id}/${locale}/${frame}/${stateId(state.step, state.variants, def.variants)}`;
  let spec = specs.get(key);
  if (!spec) {
    spec = def.spec(locale, state, FRAMES[frame]);
    specs.set(key, spec);
  }
  return spec;
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

const placements = new Map<string, Placement>();

/** A placement, computed once per build process for the same chart and options. */
export function placement(def: ChartDefinition, opts: PlacementOptions): Placement {
  const key = JSON.stringify([def.id, opts.locale, opts.uid, opts.steps ?? null, opts.shown ?? null, opts.frames ?? null]);
  let p = placements.get(key);
  if (!p) {
    p = place(def, opts);
    placements.set(key, p);
  }
  return p;
}

function place(def: ChartDefinition, opts: PlacementOptions): Placement {
  const { locale, uid } = opts;
  const frames = opts.frames ?? PAGE_FRAMES;
  const steps = opts.steps?.filter((s) => Number.isInteger(s) && s >= 0 && s < def.steps);
  const stepList: (number | undefined)[] = steps?.length ? steps : [undefined];
  const shownStep = steps?.length ? (opts.shown !== undefined && steps.includes(opts.shown) ? opts.shown : steps.at(-1)) : undefined;
  const variants = def.variants ?? [];
  const defaults = Object.fromEntries(variants.map((v) => [v.name, v.default]));
  const states = allStates(stepList, variants);
  const shown = stateId(shownStep, defaults, variants);

  const plots = frames.map((frame) => {
    const trees = states.map((s) => ({
      id: s.id,
      tree: sceneTree(specFor(def, locale, s, frame).scene, `${uid}-${frame}`, { "data-frame": frame, class: `chart-${frame}` }),
    }));
    return { frame, ...mergeStates(trees, shown) };
  });

  const first = frames[0]!;
  const shownSpec = specFor(def, locale, { step: shownStep, variants: defaults }, first);
  const all = states.map((s) => specFor(def, locale, s, first));
  // Moving through steps, the figure shows all of them over time: its table is the complete chart's.
  const complete = stepList.length > 1 ? specFor(def, locale, { variants: defaults }, first) : shownSpec;
  const texts: FigureModel["texts"] = {};
  for (const [i, s] of states.entries()) {
    const spec = all[i]!;
    const t: { title?: string; subtitle?: string } = {};
    if (spec.title !== shownSpec.title) t.title = spec.title;
    if (spec.subtitle !== shownSpec.subtitle) t.subtitle = spec.subtitle;
    if (t.title !== undefined || t.subtitle !== undefined) texts[s.id] = t;
  }
  const model: FigureModel | undefined =
    states.length > 1
      ? {
          shown,
          steps: (steps ?? []).slice(),
          variants: variants.map((v) => ({ name: v.name, values: v.values, default: v.default })),
          texts,
          plots: Object.fromEntries(plots.map((p) => [p.frame, p.states])),
        }
      : undefined;

  return {
    spec: shownSpec,
    table: complete.table,
    sources: unique([...all.flatMap((s) => s.sources), ...complete.sources]),
    notes: unique([...all.flatMap((s) => s.notes)]),
    plots: plots.map((p) => ({ frame: p.frame, tree: p.tree })),
    model,
  };
}
