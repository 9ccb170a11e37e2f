// One plot, many states. A chart placed with steps (scrollytelling, a slide's fragments) or variants (log or
// linear) is laid out once per state; this merges those trees into the one SVG the page renders and a small
// table of what changes per state. Marks match by key across states, so moving from one state to another
// only changes attributes of elements that stay in the DOM: CSS transitions animate the change (bars grow,
// axes rescale), and under reduced motion it simply jumps. A mark missing from a state fades out in place
// (`data-off`); one missing from the rendered state is drawn off until a state shows it.
// Pure and d3-free; components/charts/shared/runtime.ts applies the table in the browser.
import { innerMarkup, type Attrs, type SvgNode } from "@/lib/charts/tree";

/** How one element differs in a state from the rendered markup: 0 = absent; else the attributes that change. */
export type ElementDiff = 0 | Record<string, string | null>;
/** Per state id, per element key. Elements a state leaves out of the table look as rendered. */
export type StateTable = Record<string, Record<string, ElementDiff>>;

/** Pseudo-attribute for a leaf's content (a text's lines, a title's words). */
export const INNER = "$inner";
export const OFF = "data-off";

type Flat = { node: SvgNode; inner: string | null };

const isKeyed = (n: SvgNode | string): n is SvgNode & { key: string } => typeof n !== "string" && !!n.key;

/** Leaves hold unkeyed content (text, tspans); groups hold keyed marks. */
function flatten(node: SvgNode, into: Map<string, Flat>) {
  for (const child of node.children) {
    if (!isKeyed(child)) continue;
    if (into.has(child.key)) throw new Error(`chart scene: two marks share the key "${child.key}"`);
    const keyedChildren = child.children.some(isKeyed);
    into.set(child.key, { node: child, inner: keyedChildren ? null : innerMarkup(child) });
    if (keyedChildren) flatten(child, into);
  }
}

/** Union of children lists: the shown state's order, with marks from other states after their predecessor. */
function unionChildren(lists: (SvgNode | string)[][]): (SvgNode | string)[] {
  const out: (SvgNode | string)[] = [...lists[0]!];
  const index = () => new Map(out.filter(isKeyed).map((n, i) => [n.key, i] as const));
  for (const list of lists.slice(1)) {
    let prev: string | null = null;
    for (const child of list) {
      if (!isKeyed(child)) continue;
      const at = index();
      if (!at.has(child.key)) {
        const keyed = out.filter(isKeyed);
        const prevNode = prev === null ? null : keyed[at.get(prev)!]!;
        const pos = prevNode ? out.indexOf(prevNode) + 1 : out.findIndex(isKeyed) < 0 ? out.length : out.findIndex(isKeyed);
        out.splice(pos, 0, child);
      }
      prev = child.key;
    }
  }
  return out;
}

function diffAttrs(from: Attrs, to: Attrs): Record<string, string | null> {
  const d: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(to)) if (from[k] !== v) d[k] = v;
  for (const k of Object.keys(from)) if (!(k in to)) d[k] = null;
  return d;
}

export type MergedPlot = {
  /** The SVG to render: every mark of every state, drawn as in the shown state (others `data-off`). */
  tree: SvgNode;
  /** What changes per state, relative to `tree`. Empty when there is one state. */
  states: StateTable;
};

/**
 * Merges the trees of a chart's states (all with the same root: same frame, same viewBox). `shown` is the
 * state the markup draws: what a reader sees without JavaScript, in print, and before the island starts.
 */
export function mergeStates(trees: { id: string; tree: SvgNode }[], shown: string): MergedPlot {
  const first = trees.find((t) => t.id === shown);
  if (!first) throw new Error(`chart states: no state "${shown}" among ${trees.map((t) => t.id).join(", ")}`);
  for (const t of trees) {
    if (t.tree.attrs.viewBox !== first.tree.attrs.viewBox)
      throw new Error(
        `chart states: state "${t.id}" has viewBox ${t.tree.attrs.viewBox}, state "${shown}" ${first.tree.attrs.viewBox}; a frame keeps one size across states`,
      );
  }
  const ordered = [first, ...trees.filter((t) => t !== first)];
  const flats = ordered.map((t) => {
    const m = new Map<string, Flat>();
    flatten(t.tree, m);
    return { id: t.id, map: m };
  });

  // The rendered version of each key: as in the shown state, else as in the nearest state that has it.
  const order = trees.map((t) => t.id);
  const distance = (id: string) => Math.abs(order.indexOf(id) - order.indexOf(shown));
  const byNearness = [...flats].sort((a, b) => distance(a.id) - distance(b.id));
  const rendered = new Map<string, { flat: Flat; off: boolean }>();
  for (const f of byNearness) for (const [k, flat] of f.map) if (!rendered.has(k)) rendered.set(k, { flat, off: f.id !== shown });

  for (const f of flats)
    for (const [k, flat] of f.map) {
      const r = rendered.get(k)!;
      if (flat.node.tag !== r.flat.node.tag)
        throw new Error(`chart states: mark "${k}" is a <${flat.node.tag}> in state "${f.id}" but a <${r.flat.node.tag}> elsewhere`);
    }

  // Build the union tree, recursively, from every state's version of each container.
  const build = (versions: SvgNode[]): SvgNode => {
    const base = versions[0]!;
    const lists = versions.map((v) => v.children);
    const children = unionChildren(lists).map((child) => {
      if (!isKeyed(child)) return child;
      const r = rendered.get(child.key)!;
      const all = flats.map((f) => f.map.get(child.key)?.node).filter((n): n is SvgNode => !!n);
      const chosen = r.flat.node;
      const node: SvgNode = r.flat.inner === null ? build([chosen, ...all.filter((n) => n !== chosen)]) : chosen;
      return r.off ? { ...node, attrs: { ...node.attrs, [OFF]: "" } } : node;
    });
    return { ...base, children };
  };
  const tree = build(ordered.map((t) => t.tree));

  const states: StateTable = {};
  if (trees.length > 1) {
    for (const f of flats) {
      const table: Record<string, ElementDiff> = {};
      for (const [k, r] of rendered) {
        const here = f.map.get(k);
        if (!here) {
          if (!r.off) table[k] = 0;
          continue;
        }
        const base = { ...r.flat.node.attrs };
        const d: Record<string, string | null> = diffAttrs(base, here.node.attrs);
        if (here.inner !== null && here.inner !== r.flat.inner) d[INNER] = here.inner;
        if (r.off && !(OFF in here.node.attrs)) d[OFF] = null;
        if (Object.keys(d).length) table[k] = d;
      }
      states[f.id] = table;
    }
  }
  return { tree, states };
}

/** What a figure with several states ships to the browser, in <script type="application/json" data-chart-states>. */
export type FigureModel = {
  /** The state the markup draws. */
  shown: string;
  /** Steps laid out (empty: only variants). */
  steps: number[];
  variants: { name: string; values: string[]; default: string }[];
  /** Title and subtitle where a state's differ from the markup's. */
  texts: Record<string, { title?: string; subtitle?: string }>;
  /** Per frame (svg[data-frame]), what changes per state. */
  plots: Record<string, StateTable>;
};
