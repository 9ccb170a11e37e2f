// One placement of a chart on a page: the chapter, a scrollytelling section, a slide, the gallery, an
// embed. It lays the chart out for each frame and each state (lib/charts/figure.ts), renders one SVG per
// frame (CSS container queries pick one), and ships the table of states so the island can animate between
// them. Without JavaScript and in print, the figure reads in the state it was drawn in.
import type { ReactNode } from "react";
import type { ChartDefinition } from "@/lib/charts/spec";
import { placement, type PlacementOptions } from "@/lib/charts/figure";
import { ChartDetails, ChartFigure } from "@/components/charts/shared/ChartFigure";
import { Plot } from "@/components/charts/shared/Plot";
import { LazyIsland } from "@/components/charts/shared/lazy-islands";
import { IslandProps } from "@/components/islands/IslandProps";

export type FigureProps = Omit<PlacementOptions, "uid"> & {
  def: ChartDefinition;
  uid?: string;
  className?: string;
  /** Drawn after the plots, inside the plot area (an explorer's tally…). */
  extra?: ReactNode;
  /** Embeds: one source line, notes folded. */
  compact?: boolean;
  /** Sources, notes and table are rendered elsewhere, by <FigureDetails> with the same options. */
  detached?: boolean;
};

export function Figure({ def, uid = def.id, className, extra, compact, detached, ...opts }: FigureProps) {
  const p = placement(def, { ...opts, uid });
  const defaults = Object.fromEntries((def.variants ?? []).map((v) => [v.name, v.default]));
  // A placement of one step and no variants has no states to move between, hence no model: it shows that step.
  const single = opts.steps?.filter((n) => Number.isInteger(n) && n >= 0 && n < def.steps);
  const shownStep = p.model ? p.model.shown.split("|")[0] : single?.length === 1 ? String(single[0]) : undefined;
  // The complete chart (placed without a step) carries the chart's island, before its plots.
  // Its props also go into the HTML as JSON, for the pages that ship without React's client runtime.
  const islandProps = def.island && !opts.steps?.length ? (def.island.props(opts.locale, uid) as object) : undefined;
  const island = def.island && islandProps ? <LazyIsland name={def.island.name} props={islandProps} /> : null;
  return (
    <ChartFigure
      id={def.id}
      uid={uid}
      locale={opts.locale}
      step={shownStep !== undefined && shownStep !== "all" ? Number(shownStep) : undefined}
      className={className}
      title={p.spec.title}
      subtitle={p.spec.subtitle}
      plotLabel={p.spec.plotLabel}
      sources={p.sources}
      notes={p.notes}
      table={p.table}
      states={p.model}
      compact={compact}
      detached={detached}
      controls={p.spec.controls?.map((c) => ({ ...c, value: defaults[c.name] ?? c.options[0]!.value }))}
    >
      {island}
      {p.plots.map(({ frame, tree }) => (
        <Plot key={frame} tree={tree} />
      ))}
      {extra}
      {def.island && islandProps ? <IslandProps name={def.island.name} props={islandProps} /> : null}
    </ChartFigure>
  );
}

/** The sources, notes and table of a placement drawn by a detached <Figure>: after a scrollytelling section. */
export function FigureDetails({ def, uid = def.id, compact, ...opts }: Omit<FigureProps, "className" | "extra" | "detached">) {
  const p = placement(def, { ...opts, uid });
  return (
    <div className="chart chart-details not-prose font-sans" data-chart-details={def.id}>
      <ChartDetails locale={opts.locale} sources={p.sources} notes={p.notes} table={p.table} compact={compact} />
    </div>
  );
}
