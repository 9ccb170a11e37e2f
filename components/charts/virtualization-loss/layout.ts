// The chart for a frame and a state: the server steps (server.ts, story.ts), the fleet (fleet.ts), the
// overhead strip (strip.ts), as the table in steps.ts says, or the fleet calculator's first state
// (calculator.ts) when there is no step. Every step of a frame shares one height, the tallest step's, so a
// placement moving through the steps keeps one viewBox. Pure.
import type { Frame } from "@/lib/charts/frames";
import type { Locale } from "@/lib/i18n";
import type { Mark, Scene } from "@/lib/charts/scene";
import { fill } from "@/lib/fill";
import { DEFAULT_FLEET, fleetLoss, type FleetLoss } from "@/components/charts/virtualization-loss/model";
import { geometry } from "@/components/charts/virtualization-loss/geometry";
import { tip, type Example, type VirtCopy } from "@/components/charts/virtualization-loss/context";
import { serverMarks } from "@/components/charts/virtualization-loss/server";
import { cardBlock, shareBlock } from "@/components/charts/virtualization-loss/story";
import { fleetView } from "@/components/charts/virtualization-loss/fleet";
import { stripMarks, type StripCtx } from "@/components/charts/virtualization-loss/strip";
import { calculatorScene } from "@/components/charts/virtualization-loss/calculator";
import { planFor, STEPS, type StepPlan } from "@/components/charts/virtualization-loss/steps";
import { rowOf, virtText, type VirtInput } from "@/components/charts/virtualization-loss/text";

export type VirtOptions = { frame: Frame; locale: Locale; step?: number; publishers?: (ids: string[]) => string };

/** The words the server and the fleet draw, and the example with its publishers. */
export function fleetContext(input: VirtInput, copy: VirtCopy, publishers: (ids: string[]) => string): { words: StripCtx["words"]; example: Example } {
  const { source, ...rest } = input.example;
  return { words: { server: copy.server, fleet: copy.fleet, tips: copy.tips }, example: { ...rest, source: publishers(source) } };
}

type Content = { marks: Mark[]; hits: Mark[]; bottom: number };

/** A step's marks, the marks a reader inspects (drawn last, on top), and how far down they reach. */
function content(c: StripCtx, input: VirtInput, r: FleetLoss, plan: StepPlan): Content {
  const { g } = c;
  switch (plan.view) {
    case "fleet":
      return fleetView(c, r);
    case "strip": {
      const s = stripMarks(c, input.rows);
      return { marks: s.marks, hits: [], bottom: s.bottom };
    }
    case "server": {
      const server = serverMarks(c, r, { chassis: g.server, slots: r.cores, reserved: plan.reserved, maxRight: g.narrow ? g.width : g.column.x - 12 });
      const marks = [...server.marks];
      const hits = [...server.hits];
      let bottom = server.labelsBottom;
      if (plan.share) {
        const b = shareBlock(c, r, server);
        marks.push(...b.marks);
        bottom = Math.max(bottom, b.bottom);
      }
      if (plan.card) {
        const x = rowOf(input, "xdragon-claim");
        const t = c.words.tips;
        const cardTip = tip(
          c,
          {
            title: fill(t.cardTitle, { year: x.year }),
            value: t.cardValue,
            note: t.cardNote,
            source: c.publishers(x.source),
            year: x.year,
            confidence: x.confidence,
          },
          c.words.server.cardTitle,
        );
        const b = cardBlock(c, r, server, g.server, cardTip, plan.card === "in");
        marks.push(...b.marks);
        hits.push(...(b.inspect ?? []));
        bottom = Math.max(bottom, b.bottom);
      }
      // Inspected in reading order: the customers' cores, the reserved ones, then the card.
      return { marks, hits, bottom };
    }
  }
}

export function layoutVirtualizationLoss(input: VirtInput, opts: VirtOptions, copy: VirtCopy): Scene {
  const publishers = opts.publishers ?? ((ids: string[]) => ids.join(", "));
  const plan = planFor(opts.step);
  const text = virtText(input, copy, opts.locale, plan);
  const fc = fleetContext(input, copy, publishers);
  const settings = { cores: input.example.cores, reserved: input.example.reserved, fleet: DEFAULT_FLEET };
  if (plan.calculator) return calculatorScene(opts.frame, { locale: opts.locale, ...fc, title: text.title, desc: copy.descs[plan.copy]! }, settings);

  const c: StripCtx = { g: geometry(opts.frame), locale: opts.locale, ...fc, strip: copy.strip, publishers };
  const r = fleetLoss(settings);
  const height = Math.ceil(Math.max(...STEPS.map((p) => content(c, input, r, p).bottom)) + 8);
  const { marks, hits } = content(c, input, r, plan);
  return { width: opts.frame.width, height, title: text.title, desc: text.desc, marks: [...marks, ...hits] };
}
