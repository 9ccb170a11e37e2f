// What every part of the chart's layout reads: the frame's geometry, the reader's language, the words and
// the article's example. Plain data: the fleet calculator receives the same words and example as JSON and
// lays out in the browser with them. Pure.
import type copyFile from "@/content/charts/virtualization-loss.json";
import type { Confidence } from "@/lib/data/schema";
import type { Locale } from "@/lib/i18n";
import type { Tip } from "@/lib/charts/scene";
import { fill } from "@/lib/fill";
import type { Geometry } from "@/components/charts/virtualization-loss/geometry";

/** The chart's words in one locale, as in content/charts/virtualization-loss.json. */
export type VirtCopy = (typeof copyFile)["en"];

/** The words the server and the fleet need (all the fleet calculator ships to the browser). */
export type FleetWords = Pick<VirtCopy, "server" | "fleet" | "tips">;

/** The article's example server, with its publishers' names and the year it illustrates. */
export type Example = { cores: number; reserved: number; claim: number; year: number; confidence: Confidence; source: string };

export type Ctx = { g: Geometry; locale: Locale; words: FleetWords; example: Example };

/** Marks hidden in this state (they fade out in place, or wait where they will come in). */
export const OFF = { "data-off": "" } as const;

/** A tooltip whose announcement starts with the year, as every chart's does (`what` names the mark there, when the title has the year too). */
export function tip(c: Pick<Ctx, "words">, t: Omit<Tip, "label">, what = t.title): Tip {
  return { ...t, label: fill(c.words.tips.label, { year: t.year ?? "", title: what, value: t.value }) };
}
