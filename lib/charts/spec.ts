// A chart as plain data. Each chart exports a definition whose `spec(locale, state, frame)` returns
// everything any context needs: the words (title, subtitle, description), the sources and notes, the table
// of exactly the data shown, and the scene to draw. The chapter, the embed, the slide, the gallery, the
// SVG/PNG/CSV downloads and the social cards all read this; nothing inspects rendered React output.
import type { Locale } from "@/lib/i18n";
import type { Frame } from "@/lib/charts/frames";
import type { Scene } from "@/lib/charts/scene";
import type { VariantDef } from "@/lib/charts/state-id";

export type TableColumn = { key: string; label: string; numeric?: boolean };
export type ChartTable = { caption: string; columns: TableColumn[]; rows: Record<string, string>[] };

/** A reader's toggle between variants (log or linear scale, unit view): its words. */
export type ControlCopy = { name: string; label: string; options: { value: string; label: string }[] };

/** The state a chart is drawn in: a step of its story (none = the complete chart) and its variants. */
export type ChartState = { step?: number; variants?: Record<string, string> };

export type ChartSpec = {
  title: string;
  subtitle: string;
  /** The plot's accessible name, with the hint for keyboard use. */
  plotLabel: string;
  /** Source ids (content/data/sources) of everything drawn. */
  sources: string[];
  notes: string[];
  table: ChartTable;
  scene: Scene;
  controls?: ControlCopy[];
};

/**
 * A client island the complete chart carries wherever it is placed without a step (an explorer's controls
 * and tally): its name in components/charts/shared/lazy-islands.tsx and its props, plain data.
 */
export type ChartIslandDef = { name: string; props(locale: Locale, uid: string): object };

export type ChartDefinition = {
  id: string;
  /** Steps of the chart's story, as the chapters and slides tell them (0 = none). */
  steps: number;
  variants?: VariantDef[];
  island?: ChartIslandDef;
  spec(locale: Locale, state: ChartState, frame: Frame): ChartSpec;
};
