// Scene → SVG element tree → markup. The tree is the one description of a chart's SVG: the page renders it
// (components/charts/shared/Plot), exports serialise it, and lib/charts/states diffs the trees of a chart's
// states. Geometry the browser can animate stays animatable: lines become paths (CSS transitions run on `d`),
// text is placed with a `transform` (transitions run on it; they don't on a text's x and y).
// Pure and d3-free, so islands that lay a chart out again in the browser use it too.
import { r1, type Mark, type Scene, type Tip } from "@/lib/charts/scene";

export type Attrs = Record<string, string>;
export type SvgNode = { tag: string; key?: string; attrs: Attrs; children: (SvgNode | string)[] };

const num = (n: number) => String(r1(n));

function clean(attrs: Record<string, string | number | undefined>): Attrs {
  const out: Attrs = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && !(k === "class" && v === "")) out[k] = typeof v === "number" ? num(v) : v;
  return out;
}

/** The data-* attributes of an inspectable mark (the contract components/charts/shared/interaction.ts reads). */
export function tipAttrs(tip: Tip): Attrs {
  return clean({
    "data-point": "",
    "data-year": tip.year,
    "data-label": tip.label,
    "data-tip-title": tip.title,
    "data-tip-value": tip.value,
    "data-tip-note": tip.note,
    "data-tip-source": tip.source,
    "data-confidence": tip.confidence,
  });
}

function textChildren(lines: string[], lineHeight: number): (SvgNode | string)[] {
  if (lines.length === 1) return [lines[0]!];
  return lines.map((l, i) => ({ tag: "tspan", attrs: { x: "0", ...(i ? { dy: num(lineHeight) } : {}) }, children: [l] }));
}

/** A path from a list of points ("M x y L x y…"). */
export const polyline = (points: [number, number][]) => points.map(([x, y], i) => `${i ? "L" : "M"}${num(x)} ${num(y)}`).join("");

export function markNode(m: Mark, uid: string): SvgNode {
  const common = { "data-k": m.key, class: m.className, ...(m.attrs ?? {}) };
  const node = (tag: string, attrs: Record<string, string | number | undefined>, children: (SvgNode | string)[] = []): SvgNode => {
    const a = clean({ ...common, ...attrs });
    return { tag, key: m.key, attrs: m.tip ? { ...a, ...tipAttrs(m.tip) } : a, children };
  };
  switch (m.type) {
    case "rect":
      return node("rect", { x: m.x, y: m.y, width: m.width, height: m.height, rx: m.rx, fill: m.pattern ? `url(#${uid}-${m.pattern})` : undefined });
    case "circle":
      return node("circle", { cx: m.cx, cy: m.cy, r: m.r });
    case "line":
      return node("path", {
        d: polyline([
          [m.x1, m.y1],
          [m.x2, m.y2],
        ]),
      });
    case "path":
      return node("path", { d: m.d, fill: m.pattern ? `url(#${uid}-${m.pattern})` : undefined });
    case "text": {
      const lh = m.lineHeight ?? Math.round(m.size * 1.25 * 10) / 10;
      const transform = `translate(${num(m.x)} ${num(m.y)})${m.rotate ? ` rotate(${m.rotate})` : ""}`;
      const dy = m.baseline === "middle" ? "0.35em" : m.baseline === "hanging" ? "0.8em" : undefined;
      const cls = [m.className ?? "chart-text", m.halo ? "chart-halo" : ""].filter(Boolean).join(" ");
      return node(
        "text",
        {
          class: cls,
          transform,
          dy,
          "font-size": m.size,
          "font-weight": m.weight && m.weight !== 400 ? m.weight : undefined,
          "text-anchor": m.anchor && m.anchor !== "start" ? m.anchor : undefined,
        },
        textChildren(m.lines, lh),
      );
    }
    case "group": {
      const children = m.children.map((c) => markNode(c, uid));
      const transform =
        m.x || m.y || (m.scale !== undefined && m.scale !== 1)
          ? `translate(${num(m.x ?? 0)} ${num(m.y ?? 0)}) scale(${Math.round((m.scale ?? 1) * 1000) / 1000})`
          : undefined;
      if (m.href) return node("a", { href: m.href, transform }, children);
      return node("g", { transform }, children);
    }
  }
}

/** A custom property a page sets on a plot to its drawing's own height in px, for CSS that may bound the plot
 * but never below 1:1 (app/chart.css, embeds). */
export const PLOT_HEIGHT_VAR = "--plot-h";

/** The whole <svg>: accessible name and description, patterns, then the marks in drawing order. */
export function sceneTree(scene: Scene, uid: string, attrs: Record<string, string | number | undefined> = {}): SvgNode {
  const defs: SvgNode[] = (scene.patterns ?? []).map((p) => ({
    tag: "pattern",
    attrs: clean({ id: `${uid}-${p.id}`, patternUnits: "userSpaceOnUse", width: p.size, height: p.size, patternTransform: `rotate(${p.angle})` }),
    children: [
      { tag: "rect", attrs: clean({ width: p.size, height: p.size, class: p.background }), children: [] },
      { tag: "line", attrs: clean({ x1: 0, y1: 0, x2: 0, y2: p.size, class: p.stripe, "stroke-width": p.stripeWidth }), children: [] },
    ],
  }));
  return {
    tag: "svg",
    attrs: clean({
      viewBox: `0 0 ${num(scene.width)} ${num(scene.height)}`,
      width: scene.width,
      height: scene.height,
      role: "img",
      "aria-labelledby": `${uid}-t ${uid}-d`,
      ...(scene.attrs ?? {}),
      ...attrs,
    }),
    children: [
      { tag: "title", key: "$title", attrs: { id: `${uid}-t`, "data-k": "$title" }, children: [scene.title] },
      { tag: "desc", key: "$desc", attrs: { id: `${uid}-d`, "data-k": "$desc" }, children: [scene.desc] },
      ...(defs.length ? [{ tag: "defs", attrs: {}, children: defs }] : []),
      ...scene.marks.map((m) => markNode(m, uid)),
    ],
  };
}

const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
export const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => ESC[c]!);

/** Markup of a node's children (what goes inside the element). */
export function innerMarkup(node: SvgNode): string {
  return node.children.map((c) => (typeof c === "string" ? escapeXml(c) : toMarkup(c))).join("");
}

export function openTag(node: SvgNode): string {
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join("");
  return `<${node.tag}${attrs}>`;
}

/** SVG markup of a node (valid XML and valid HTML). */
export function toMarkup(node: SvgNode): string {
  return `${openTag(node)}${innerMarkup(node)}</${node.tag}>`;
}

/** The tree without marks drawn off (data-off): a still picture of one state, for downloads and previews. */
export function withoutOff(node: SvgNode): SvgNode {
  return {
    ...node,
    children: node.children.filter((c) => typeof c === "string" || !("data-off" in c.attrs)).map((c) => (typeof c === "string" ? c : withoutOff(c))),
  };
}
