// Numbers a chapter's notes: one note per source, in order of first citation in the text.
import type { Registry } from "@/lib/data/registry";

export type Notes = {
  /** Source ids in note order; note n is order[n - 1]. */
  order: string[];
  number: (sourceId: string) => number;
};

const CITING = /<(Fact|Correction|Cite|Ratio|HowWeKnow)\b([^>]*)>/g;
const ATTR = /\b(id|source|of|over)="([^"]+)"/g;

/** Scans MDX for <Fact id>, <Correction id>, <Cite source> and <HowWeKnow source> and numbers their sources. */
export function collectNotes(mdx: string, reg: Registry): Notes {
  const order: string[] = [];
  const add = (id: string) => {
    if (!order.includes(id)) order.push(id);
  };
  for (const m of mdx.matchAll(CITING)) {
    const tag = m[1]!;
    for (const [, attr, id] of m[2]!.matchAll(ATTR) as Iterable<[string, string, string]>) {
      // A caveat box's id names the box, not a figure: only its sources count.
      if (tag === "HowWeKnow" && attr !== "source") continue;
      if (tag === "Fact" || tag === "Ratio") reg.figures.get(id)?.source.forEach(add);
      else if (tag === "Correction") reg.corrections.find((c) => c.id === id)?.source.forEach(add);
      else
        id.split(/[;,]/)
          .map((s) => s.trim())
          .forEach(add);
    }
  }
  return {
    order,
    number(sourceId) {
      const n = order.indexOf(sourceId);
      if (n < 0) throw new Error(`Source "${sourceId}" is cited but was not collected`);
      return n + 1;
    },
  };
}
