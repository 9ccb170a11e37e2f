// A chart's picture as plain data: a list of keyed marks (rect, circle, line, path, text, group) that a
// layout returns and the kernel draws. The same scene becomes the page's SVG (components/charts/shared/Plot),
// the downloaded SVG and PNG (lib/export), and, merged with the scenes of the chart's other states, the
// states an island moves between (lib/charts/states). Keys name a mark across states: a mark with the same
// key in two states is the same element, so moving between them animates it. Pure and d3-free.
import type { Confidence } from "@/lib/data/schema";

/** What a reader can inspect on a mark: the tooltip, and the sentence announced when arrowing to it. */
export type Tip = {
  /** The full sentence a screen reader announces: "2016: ¥120.7bn". */
  label: string;
  title: string;
  value: string;
  note?: string;
  /** Publisher names. */
  source?: string;
  /** For the year cursor shared by every chart on a page. */
  year?: number;
  confidence?: Confidence;
};

type Base = {
  key: string;
  className?: string;
  tip?: Tip;
  /** Extra attributes (data-kind, data-confidence…). */
  attrs?: Record<string, string | number | undefined>;
};

export type RectMark = Base & {
  type: "rect";
  x: number;
  y: number;
  width: number;
  height: number;
  rx?: number /** A pattern from the scene's defs. */;
  pattern?: string;
};
export type CircleMark = Base & { type: "circle"; cx: number; cy: number; r: number };
/** Drawn as a path, so moving its ends animates. */
export type LineMark = Base & { type: "line"; x1: number; y1: number; x2: number; y2: number };
export type PathMark = Base & { type: "path"; d: string; pattern?: string };
export type TextMark = Base & {
  type: "text";
  x: number;
  y: number;
  lines: string[];
  size: number;
  anchor?: "start" | "middle" | "end";
  weight?: number;
  /** Degrees, about (x, y): -90 runs the text upward. */
  rotate?: number;
  /** A paper-coloured outline so the label reads over lines and marks. */
  halo?: boolean;
  /** Vertical alignment of the first line: "alphabetic" (y is the baseline), "middle" or "hanging". */
  baseline?: "alphabetic" | "middle" | "hanging";
  lineHeight?: number;
};
export type GroupMark = Base & {
  type: "group";
  children: Mark[];
  /** Translates the group: its children are laid out from (0, 0). */
  x?: number;
  y?: number;
  /** Scales the group about its origin (after the translation): a state can zoom a group out of a mark. */
  scale?: number;
  /** Makes the group a link. */
  href?: string;
};

export type Mark = RectMark | CircleMark | LineMark | PathMark | TextMark | GroupMark;

/** A fill pattern of stripes, referenced by marks through `pattern`. */
export type PatternDef = { id: string; size: number; angle: number; background: string; stripe: string; stripeWidth?: number };

export type Scene = {
  width: number;
  height: number;
  /** The SVG's accessible name and description (what the chart shows, in a sentence or two). */
  title: string;
  desc: string;
  marks: Mark[];
  patterns?: PatternDef[];
  /** Attributes on the <svg> (data-scale…). */
  attrs?: Record<string, string | number | undefined>;
};

/** Rounds a coordinate to a tenth: plenty on screen, and it keeps the markup small. */
export const r1 = (n: number) => Math.round(n * 10) / 10;

// Builders: small conveniences that keep layouts readable.
export const rect = (
  key: string,
  x: number,
  y: number,
  width: number,
  height: number,
  rest: Omit<RectMark, "type" | "key" | "x" | "y" | "width" | "height"> = {},
): RectMark => ({
  type: "rect",
  key,
  x,
  y,
  width: Math.max(0, width),
  height: Math.max(0, height),
  ...rest,
});
export const line = (
  key: string,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  className?: string,
  rest: Omit<LineMark, "type" | "key" | "x1" | "y1" | "x2" | "y2" | "className"> = {},
): LineMark => ({
  type: "line",
  key,
  x1,
  y1,
  x2,
  y2,
  className,
  ...rest,
});
export const text = (
  key: string,
  x: number,
  y: number,
  lines: string | string[],
  size: number,
  rest: Omit<TextMark, "type" | "key" | "x" | "y" | "lines" | "size"> = {},
): TextMark => ({
  type: "text",
  key,
  x,
  y,
  lines: Array.isArray(lines) ? lines : [lines],
  size,
  ...rest,
});
export const group = (key: string, children: Mark[], rest: Omit<GroupMark, "type" | "key" | "children"> = {}): GroupMark => ({
  type: "group",
  key,
  children,
  ...rest,
});

/** Every mark of a scene, depth first (groups before their children). */
export function* walk(marks: Mark[]): Generator<Mark> {
  for (const m of marks) {
    yield m;
    if (m.type === "group") yield* walk(m.children);
  }
}

/** Marks a reader can inspect, in drawing order. */
export const inspectable = (scene: Scene) => [...walk(scene.marks)].filter((m) => m.tip);
