// The fleet calculator's scene: the fleet step drawn for the reader's settings, with a core mark for the
// largest server the sliders allow (the unused ones off), so every setting draws the same elements and a
// slider only moves, recolours or fades them. The server lays out the first state with it; the island
// (FleetExplorer.tsx) lays out every later one with it in the browser and patches the plot. Its height is
// the tallest any setting needs, so the plot never changes size while a slider moves. d3-free. Pure.
import { fill } from "@/lib/fill";
import type { Frame } from "@/lib/charts/frames";
import type { Locale } from "@/lib/i18n";
import type { Scene } from "@/lib/charts/scene";
import { fleetLoss, fleetNumbers, SLIDERS, type FleetSettings } from "@/components/charts/virtualization-loss/model";
import { geometry } from "@/components/charts/virtualization-loss/geometry";
import type { Ctx, Example, FleetWords } from "@/components/charts/virtualization-loss/context";
import { fleetView } from "@/components/charts/virtualization-loss/fleet";

/** What the calculator needs to draw, as plain data (the embed writes it into its page as JSON). */
export type CalculatorInput = {
  locale: Locale;
  words: FleetWords;
  example: Example;
  /** The SVG's accessible name (the figure's title, at the article's ratio). */
  title: string;
  /** The description, with the reader's numbers filled in ({reservedN}, {worth}…). */
  desc: string;
};

/** Settings that need the most room: the longest numbers, labels that clash, groups that empty. */
function probes(): FleetSettings[] {
  const out: FleetSettings[] = [];
  for (const cores of [SLIDERS.cores.min, 64, SLIDERS.cores.max])
    for (const reserved of [0, 1, cores / 2, cores - 1, cores])
      for (const fleet of [SLIDERS.fleet.min, 990_000, SLIDERS.fleet.max]) out.push({ cores, reserved, fleet });
  return out;
}

const heights = new Map<string, number>();

/** The tallest the scene gets over the sliders' range, for a frame and a language. */
function heightFor(c: Ctx): number {
  const key = `${c.g.frame.id}|${c.locale}|${c.words.fleet.header}`;
  let h = heights.get(key);
  if (h === undefined) {
    h = Math.ceil(Math.max(...probes().map((s) => fleetView(c, fleetLoss(s), { slots: SLIDERS.cores.max }).bottom)) + 8);
    heights.set(key, h);
  }
  return h;
}

/** The scene for a setting; `height` skips measuring the tallest setting when the plot already has it. */
export function calculatorScene(frame: Frame, input: CalculatorInput, settings: FleetSettings, height?: number): Scene {
  const c: Ctx = { g: geometry(frame), locale: input.locale, words: input.words, example: input.example };
  const r = fleetLoss(settings);
  const view = fleetView(c, r, { slots: SLIDERS.cores.max });
  return {
    width: frame.width,
    height: height ?? heightFor(c),
    title: input.title,
    desc: fill(input.desc, fleetNumbers(r, input.locale, input.words.fleet.worth)),
    marks: [...view.marks, ...view.hits],
    attrs: { "data-calculator": "" },
  };
}
