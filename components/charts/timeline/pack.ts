// Packs a lane's events into rows: each event (its glyph, the year it may fall in, and its direct label
// if it has one) takes the first row where it clears everything already there, landmarks (events with a
// label) first. A label goes right of its mark, else left of it, else (when the lane has no row left for
// it) it is dropped before a mark ever is.
// Collisions are the kernel's (lib/charts/labels.ts), on boxes one row tall. Pure.
import { overlaps, type Box } from "@/lib/charts/labels";

export type PackItem = {
  id: string;
  /** The extent of the mark itself: its glyph and, for an event known only by its year, that year. */
  x0: number;
  x1: number;
  /** The width of its direct label, if it has one. */
  label?: number;
};

/** A row, and where the label is anchored if it has room: its start right of the mark, its end left of it. */
export type Slot = { row: number; label: { side: "right" | "left"; x: number } | null };

export type PackOptions = {
  /** Space kept between two things in a row, and between a mark and its label. */
  gap: number;
  labelGap: number;
  /** Where labels may reach. */
  left: number;
  right: number;
  /** At most this many rows (the lane's height); without it, as many as the events need. */
  maxRows?: number;
};

const span = (x0: number, x1: number): Box => ({ x0, x1, y0: 0, y1: 1 });

export function pack(items: PackItem[], o: PackOptions): { slots: Map<string, Slot>; rows: number } {
  const rows: Box[][] = [];
  const slots = new Map<string, Slot>();
  const cap = o.maxRows ?? Infinity;
  const fits = (row: number, box: Box) => (rows[row] ?? []).every((b) => !overlaps(box, b, o.gap));
  const put = (item: PackItem, row: number, box: Box, label: Slot["label"]) => {
    rows[row] ??= [];
    rows[row].push(box);
    slots.set(item.id, { row, label });
  };
  // Landmarks first, so their labels get the lane's top rows; then the rest fill in around them.
  const order = [...items.filter((i) => i.label !== undefined), ...items.filter((i) => i.label === undefined)];
  for (const item of order) {
    const base = span(item.x0, item.x1);
    const candidates: { box: Box; label: NonNullable<Slot["label"]> }[] = [];
    if (item.label !== undefined) {
      const w = item.label;
      const right = item.x1 + o.labelGap;
      const left = item.x0 - o.labelGap - w;
      if (right + w <= o.right) candidates.push({ box: span(item.x0, right + w), label: { side: "right", x: right } });
      if (left >= o.left) candidates.push({ box: span(left, item.x1), label: { side: "left", x: left + w } });
    }
    const limit = Math.min(rows.length + 1, cap);
    let done = false;
    for (let row = 0; row < limit && !done; row++) {
      const c = candidates.find((c) => fits(row, c.box));
      if (c) {
        put(item, row, c.box, c.label);
        done = true;
      }
    }
    for (let row = 0; row < limit && !done; row++) {
      if (fits(row, base)) {
        put(item, row, base, null);
        done = true;
      }
    }
    if (!done) {
      // Every row is taken here: the row it overlaps least (a range narrower than the domain rarely gets here).
      const overlap = (row: number) => rows[row]!.reduce((s, b) => s + Math.max(0, Math.min(b.x1, base.x1) - Math.max(b.x0, base.x0) + o.gap), 0);
      const row = [...rows.keys()].reduce((best, r) => (overlap(r) < overlap(best) ? r : best), 0);
      put(item, row, base, null);
    }
  }
  return { slots, rows: Math.max(1, rows.length) };
}
