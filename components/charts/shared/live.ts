// Moves a server-rendered chart between its states in the browser. Framework-free: the chapter's island,
// the deck and the standalone embed runtime all use it. The figure carries the table of what changes per
// state (lib/charts/states.ts, <script data-chart-states>); showing a state sets those attributes on the
// elements already in the DOM, and CSS transitions animate the change (app/chart.css: bars grow, axes
// rescale, marks fade in and out). `instant` (and reduced motion, through --1s) jumps without animating.
import { INNER, OFF, type FigureModel, type StateTable } from "@/lib/charts/states";
import { stateId } from "@/lib/charts/state-id";
import { innerMarkup, type SvgNode } from "@/lib/charts/tree";

/** Dispatched on a figure (by scrollytelling, the deck, an embed's ?step=) to show a step. */
export const STEP_EVENT = "cloud-expedition:chart-step";
/** Dispatched on a figure after it shows a state; detail { state, step }. */
export const STATE_EVENT = "cloud-expedition:chart-state";

export type StepDetail = { step: number | undefined; instant?: boolean };

type Rendered = { el: Element; attrs: Record<string, string>; inner: string | null; off: boolean };
type PlotState = { svg: SVGSVGElement; table: StateTable; rendered: Map<string, Rendered> };

function capture(svg: SVGSVGElement): Map<string, Rendered> {
  const out = new Map<string, Rendered>();
  for (const el of svg.querySelectorAll("[data-k]")) {
    const attrs: Record<string, string> = {};
    for (const name of el.getAttributeNames()) if (name !== OFF) attrs[name] = el.getAttribute(name)!;
    const leaf = !el.querySelector("[data-k]");
    out.set(el.getAttribute("data-k")!, { el, attrs, inner: leaf ? el.innerHTML : null, off: el.hasAttribute(OFF) });
  }
  return out;
}

function applyTable(plot: PlotState, id: string): boolean {
  const table = plot.table[id];
  if (!table) return false;
  for (const [key, r] of plot.rendered) {
    const d = table[key];
    if (d === 0 || (d === undefined && r.off)) {
      r.el.setAttribute(OFF, "");
      continue;
    }
    const target: Record<string, string | null> = { ...r.attrs, ...(d ?? {}) };
    for (const [name, value] of Object.entries(target)) {
      if (name === INNER || name === OFF) continue;
      if (value === null) r.el.removeAttribute(name);
      else if (r.el.getAttribute(name) !== value) r.el.setAttribute(name, value);
    }
    const inner = (d && typeof d[INNER] === "string" ? d[INNER] : r.inner) as string | null;
    if (inner !== null && r.el.innerHTML !== inner) r.el.innerHTML = inner;
    // A state may draw a mark hidden on purpose (data-off in its layout), e.g. a magnifier folded into its bar.
    const off = d && OFF in d ? d[OFF] !== null : r.off;
    r.el.toggleAttribute(OFF, off);
  }
  return true;
}

export type LiveChart = {
  /** The state's id now shown. */
  readonly state: string;
  readonly step: number | undefined;
  showStep(step: number | undefined, instant?: boolean): void;
  setVariant(name: string, value: string, instant?: boolean): void;
  destroy(): void;
};

const LIVE = new WeakMap<HTMLElement, LiveChart>();
export const liveChart = (figure: HTMLElement) => LIVE.get(figure);

/** Wires a figure's states; returns null for a figure with one state (nothing to move between). */
export function attachStates(figure: HTMLElement): LiveChart | null {
  const script = figure.querySelector("script[data-chart-states]");
  if (!script) return null;
  let model: FigureModel;
  try {
    model = JSON.parse(script.textContent ?? "") as FigureModel;
  } catch {
    return null;
  }
  const plots: PlotState[] = Array.from(figure.querySelectorAll<SVGSVGElement>("svg[data-frame]")).map((svg) => ({
    svg,
    table: model.plots[svg.dataset.frame ?? ""] ?? {},
    rendered: capture(svg),
  }));
  const titleEl = figure.querySelector("[data-chart-title]");
  const subtitleEl = figure.querySelector("[data-chart-subtitle]");
  const texts = { title: titleEl?.textContent ?? "", subtitle: subtitleEl?.textContent ?? "" };
  const shownStep = model.shown.split("|")[0]!;
  let step: number | undefined = shownStep === "all" ? undefined : Number(shownStep);
  const variants: Record<string, string> = Object.fromEntries(model.variants.map((v) => [v.name, v.default]));
  for (const part of model.shown.split("|").slice(1)) {
    const [n, v] = part.split("=");
    if (n && v) variants[n] = v;
  }
  let current = model.shown;

  const show = (instant: boolean) => {
    const id = stateId(step, variants, model.variants);
    if (id === current) return;
    const frames = instant ? plots.map((p) => p.svg) : [];
    for (const svg of frames) svg.setAttribute("data-instant", "");
    let any = false;
    for (const p of plots) any = applyTable(p, id) || any;
    if (!any) return;
    current = id;
    figure.dataset.state = id;
    const t = model.texts[id];
    if (titleEl && titleEl.textContent !== (t?.title ?? texts.title)) titleEl.textContent = t?.title ?? texts.title;
    if (subtitleEl && subtitleEl.textContent !== (t?.subtitle ?? texts.subtitle)) subtitleEl.textContent = t?.subtitle ?? texts.subtitle;
    if (frames.length) {
      // Let the new values apply with transitions off, then turn them back on for the next change.
      void figure.getBoundingClientRect();
      requestAnimationFrame(() => frames.forEach((svg) => svg.removeAttribute("data-instant")));
    }
    figure.dispatchEvent(new CustomEvent(STATE_EVENT, { detail: { state: id, step } }));
  };

  // Print shows the state the markup was drawn in (the final step), whatever the reader scrolled to; the
  // reader's state comes back after printing.
  const printed = { step, variants: { ...variants } };
  let saved: typeof printed | null = null;
  const toPrint = () => {
    if (saved) return;
    saved = { step, variants: { ...variants } };
    step = printed.step;
    Object.assign(variants, printed.variants);
    show(true);
  };
  const fromPrint = () => {
    if (!saved) return;
    step = saved.step;
    Object.assign(variants, saved.variants);
    saved = null;
    show(true);
  };
  const printQuery = window.matchMedia?.("print");
  const onPrintChange = (e: MediaQueryListEvent) => (e.matches ? toPrint() : fromPrint());
  window.addEventListener("beforeprint", toPrint);
  window.addEventListener("afterprint", fromPrint);
  printQuery?.addEventListener?.("change", onPrintChange);

  const onStep = (event: Event) => {
    const detail = (event as CustomEvent<StepDetail>).detail;
    if (!detail) return;
    const s = detail.step;
    if (s !== undefined && !model.steps.includes(s)) return;
    step = s;
    show(!!detail.instant);
  };
  figure.addEventListener(STEP_EVENT, onStep);

  const live: LiveChart = {
    get state() {
      return current;
    },
    get step() {
      return step;
    },
    showStep(s, instant = false) {
      if (s !== undefined && !model.steps.includes(s)) return;
      step = s;
      show(instant);
    },
    setVariant(name, value, instant = false) {
      const def = model.variants.find((v) => v.name === name);
      if (!def?.values.includes(value)) return;
      variants[name] = value;
      show(instant);
    },
    destroy() {
      figure.removeEventListener(STEP_EVENT, onStep);
      window.removeEventListener("beforeprint", toPrint);
      window.removeEventListener("afterprint", fromPrint);
      printQuery?.removeEventListener?.("change", onPrintChange);
      LIVE.delete(figure);
    },
  };
  LIVE.set(figure, live);
  // A step asked for before this island started (scrollytelling, the deck) is shown at once.
  const requested = figure.dataset.requestedStep;
  if (requested !== undefined) live.showStep(requested === "all" ? undefined : Number(requested), true);
  return live;
}

/** Asks a figure to show a step (whether or not its island has started: it reads the step when it does). */
export function requestStep(figure: HTMLElement, step: number | undefined, instant = false) {
  figure.dataset.requestedStep = step === undefined ? "all" : String(step);
  figure.dispatchEvent(new CustomEvent<StepDetail>(STEP_EVENT, { detail: { step, instant } }));
}

/** Attributes the browser sets at run time (tooltips, the year cursor): a patch leaves them alone. */
const RUNTIME = new Set(["data-active", "data-cursor", "tabindex"]);

/**
 * Redraws a plot from a new tree (lib/charts/tree.ts) by changing the elements already there, so CSS
 * transitions animate the change: what explorers use after a reader moves a control. Marks the new tree
 * lacks fade out (data-off); if it brings marks the plot never had, the plot is rewritten at once.
 */
export function patchPlot(svg: SVGSVGElement, tree: SvgNode): void {
  const next = new Map<string, SvgNode>();
  const walk = (node: SvgNode) => {
    for (const c of node.children) {
      if (typeof c === "string" || !c.key) continue;
      next.set(c.key, c);
      walk(c);
    }
  };
  walk(tree);
  const present = new Map(Array.from(svg.querySelectorAll("[data-k]"), (el) => [el.getAttribute("data-k")!, el] as const));
  if ([...next.keys()].some((k) => !present.has(k))) {
    svg.innerHTML = innerMarkup(tree);
    return;
  }
  for (const [key, el] of present) {
    const node = next.get(key);
    if (node) patchElement(el, node);
    else el.setAttribute(OFF, "");
  }
}

/** Moves one element to a node's attributes (and a leaf's content), leaving the run-time attributes alone. */
function patchElement(el: Element, node: SvgNode): void {
  for (const name of el.getAttributeNames()) if (!(name in node.attrs) && !RUNTIME.has(name)) el.removeAttribute(name);
  for (const [name, value] of Object.entries(node.attrs)) if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  if (!node.children.some((c) => typeof c !== "string" && c.key)) {
    const inner = innerMarkup(node);
    if (el.innerHTML !== inner) el.innerHTML = inner;
  }
}

/** Redraws one mark of a plot (its data-k names it): what changes when only that mark moves. */
export function patchMark(svg: SVGSVGElement, node: SvgNode): void {
  const el = node.key === undefined ? null : svg.querySelector(`[data-k="${CSS.escape(node.key)}"]`);
  if (el) patchElement(el, node);
}
