// Label boxes and collision avoidance, for every chart. A label's box comes from the one text measure
// (lib/charts/text.ts), so what the layout thinks fits is what the reader sees. Pure and d3-free.
import type { Mark, TextMark } from "@/lib/charts/scene";
import { lineHeight, measureLines } from "@/lib/charts/text";

export type Box = { x0: number; y0: number; x1: number; y1: number };

/** The box a text mark covers (before rotation turns it). */
export function textBox(l: Pick<TextMark, "x" | "y" | "lines" | "size" | "anchor" | "weight" | "rotate" | "baseline" | "lineHeight">): Box {
  const w = measureLines(l.lines, l.size, l.weight);
  const lh = l.lineHeight ?? lineHeight(l.size);
  const h = l.size + (l.lines.length - 1) * lh;
  const start = l.anchor === "middle" ? -w / 2 : l.anchor === "end" ? -w : 0;
  // Where the first line's top sits relative to y.
  const top = l.baseline === "middle" ? -l.size * 0.5 : l.baseline === "hanging" ? -l.size * 0.05 : -l.size * 0.8;
  if (l.rotate === -90) return { x0: l.x + top, y0: l.y - start - w, x1: l.x + top + h, y1: l.y - start };
  if (l.rotate === 90) return { x0: l.x - top - h, y0: l.y + start, x1: l.x - top, y1: l.y + start + w };
  return { x0: l.x + start, y0: l.y + top, x1: l.x + start + w, y1: l.y + top + h };
}

export const overlaps = (a: Box, b: Box, gap = 0) => a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;

export const inside = (a: Box, bounds: Box) => a.x0 >= bounds.x0 && a.y0 >= bounds.y0 && a.x1 <= bounds.x1 && a.y1 <= bounds.y1;

/** The box of a data mark (rect, circle, line), for keeping labels off it. */
export function markBox(m: Mark, pad = 0): Box | null {
  switch (m.type) {
    case "rect":
      return { x0: m.x - pad, y0: m.y - pad, x1: m.x + m.width + pad, y1: m.y + m.height + pad };
    case "circle":
      return { x0: m.cx - m.r - pad, y0: m.cy - m.r - pad, x1: m.cx + m.r + pad, y1: m.cy + m.r + pad };
    case "line":
      return { x0: Math.min(m.x1, m.x2) - pad, y0: Math.min(m.y1, m.y2) - pad, x1: Math.max(m.x1, m.x2) + pad, y1: Math.max(m.y1, m.y2) + pad };
    case "text":
      return textBox(m);
    default:
      return null;
  }
}

/** The first candidate that stays in bounds and clear of every obstacle, or null. */
export function firstFit<T extends TextMark>(candidates: T[], obstacles: Box[], bounds?: Box, gap = 1): T | null {
  for (const c of candidates) {
    const b = textBox(c);
    if (bounds && !inside(b, bounds)) continue;
    if (obstacles.some((o) => overlaps(b, o, gap))) continue;
    return c;
  }
  return null;
}

/** Labels in order of importance: keeps each one that does not collide with one kept before it or an obstacle. */
export function keepClear<T extends TextMark>(labels: T[], obstacles: Box[] = [], gap = 1): T[] {
  const kept: T[] = [];
  const boxes: Box[] = [];
  for (const l of labels) {
    const b = textBox(l);
    if (boxes.some((k) => overlaps(b, k, gap)) || obstacles.some((o) => overlaps(b, o, gap))) continue;
    kept.push(l);
    boxes.push(b);
  }
  return kept;
}
