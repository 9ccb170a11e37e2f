// @vitest-environment happy-dom
// The interaction controller and the state runtime against real markup from the kernel: keys, snapping to
// the nearest point, a tap that keeps its tooltip, Esc, and moving between states on the same elements.
import { afterEach, describe, expect, it, vi } from "vitest";
import { attachChartInteraction, nearest } from "@/components/charts/shared/interaction";
import { liveChart, requestStep } from "@/components/charts/shared/live";
import { applyVariant } from "@/components/charts/shared/variants";
import { rect, text, type Scene } from "@/lib/charts/scene";
import { sceneTree, toMarkup } from "@/lib/charts/tree";
import { mergeStates, type FigureModel } from "@/lib/charts/states";

const tip = (year: number, value: string) => ({ label: `${year}: ${value}`, title: `${year} · Sales`, value, source: "Fixture", year });
/** Three bars; state "1" grows them and adds a label, "1|scale=log" changes their heights again. */
function scene(step: number, log = false): Scene {
  const h = (v: number) => (log ? Math.log10(v) * 20 : v) * (step + 1);
  return {
    width: 300,
    height: 100,
    title: `Step ${step}`,
    desc: "Bars",
    marks: [
      rect("bar-2010", 10, 100 - h(10), 40, h(10), { className: "chart-mark", tip: tip(2010, "10") }),
      rect("bar-2011", 110, 100 - h(20), 40, h(20), { className: "chart-mark", tip: tip(2011, "20") }),
      rect("bar-2012", 210, 100 - h(30), 40, h(30), { className: "chart-mark", tip: tip(2012, "30") }),
      ...(step === 1 ? [text("note", 10, 12, "A note", 12)] : []),
    ],
  };
}

function mount(): HTMLElement {
  const ids = ["0", "0|scale=log", "1", "1|scale=log"];
  const trees = ids.map((id) => ({ id, tree: sceneTree(scene(Number(id[0]), id.includes("log")), "u-wide", { "data-frame": "wide" }) }));
  const { tree, states } = mergeStates(trees, "1");
  const model: FigureModel = {
    shown: "1",
    steps: [0, 1],
    variants: [{ name: "scale", values: ["linear", "log"], default: "linear" }],
    texts: { "0": { title: "Title 0" }, "0|scale=log": { title: "Title 0" } },
    plots: { wide: states },
  };
  document.body.innerHTML = `<figure data-chart="test"><p data-chart-title>Title 1</p><p data-chart-subtitle>Sub</p><div data-chart-plot>${toMarkup(tree)}</div><script type="application/json" data-chart-states>${JSON.stringify(model)}</script><p data-chart-live aria-live="polite"></p></figure>`;
  const figure = document.querySelector<HTMLElement>("figure")!;
  // happy-dom does no layout: give each bar the box a browser would (1 viewBox unit = 1 px).
  for (const el of figure.querySelectorAll<SVGGraphicsElement>("[data-point]")) {
    el.getBoundingClientRect = () => {
      const x = Number(el.getAttribute("x"));
      const y = Number(el.getAttribute("y"));
      const w = Number(el.getAttribute("width"));
      const h = Number(el.getAttribute("height"));
      return { left: x, top: y, right: x + w, bottom: y + h, width: w, height: h, x, y, toJSON: () => ({}) } as DOMRect;
    };
    el.getClientRects = () => [el.getBoundingClientRect()] as unknown as DOMRectList;
  }
  const svg = figure.querySelector("svg")!;
  svg.getBoundingClientRect = () => ({ left: 0, top: 0, right: 300, bottom: 100, width: 300, height: 100, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect;
  svg.getClientRects = () => [svg.getBoundingClientRect()] as unknown as DOMRectList;
  return figure;
}

const pointer = (type: string, target: Element, x: number, y: number, pointerType = "mouse") =>
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, clientX: x, clientY: y, pointerType }));
const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));

afterEach(() => {
  document.body.innerHTML = "";
  vi.restoreAllMocks();
});

describe("nearest", () => {
  const boxes = [
    { left: 0, top: 50, right: 10, bottom: 100 },
    { left: 100, top: 80, right: 110, bottom: 100 },
  ];
  it("picks the box the point is in, else the closest box edge", () => {
    expect(nearest(boxes, 5, 60)).toBe(0);
    expect(nearest(boxes, 90, 0)).toBe(1);
    expect(nearest(boxes, 40, 90)).toBe(0);
  });
  it("weights the axes and honours a maximum radius", () => {
    expect(nearest(boxes, 60, 0, { kx: 1, ky: 0.01 })).toBe(1);
    expect(nearest(boxes, 500, 500, { maxRadius: 40 })).toBe(-1);
  });
});

describe("attachChartInteraction: pointing and keys", () => {
  it("snaps a moving pointer to the nearest bar and shows its tooltip", async () => {
    const figure = mount();
    attachChartInteraction(figure);
    const plot = figure.querySelector("[data-chart-plot]")!;
    // Above the 2011 bar, in empty space: no mark under the pointer.
    pointer("pointermove", plot, 130, 5);
    await frame();
    const tooltip = figure.querySelector<HTMLElement>(".chart-tooltip")!;
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.textContent).toContain("2011 · Sales");
    expect(figure.querySelector('[data-k="bar-2011"]')!.hasAttribute("data-active")).toBe(true);
    pointer("pointerleave", plot, 400, 5);
    expect(tooltip.hidden).toBe(true);
  });

  it("keeps a tapped tooltip open when the finger lifts, until a tap elsewhere or Esc", () => {
    const figure = mount();
    attachChartInteraction(figure);
    const plot = figure.querySelector<HTMLElement>("[data-chart-plot]")!;
    const bar = figure.querySelector('[data-k="bar-2012"]')!;
    pointer("pointerdown", bar, 230, 70, "touch");
    pointer("pointerup", bar, 230, 70, "touch");
    pointer("pointerleave", plot, 230, 70, "touch");
    const tooltip = figure.querySelector<HTMLElement>(".chart-tooltip")!;
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.textContent).toContain("2012");
    pointer("pointerdown", document.body, 5, 500, "touch");
    expect(tooltip.hidden).toBe(true);
    pointer("pointerdown", bar, 230, 70, "touch");
    plot.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(tooltip.hidden).toBe(true);
  });

  it("steps through the points with the arrow keys and announces each", () => {
    const figure = mount();
    attachChartInteraction(figure);
    const plot = figure.querySelector<HTMLElement>("[data-chart-plot]")!;
    expect(plot.tabIndex).toBe(0);
    const key = (k: string) => plot.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
    key("ArrowRight");
    expect(figure.querySelector("[data-chart-live]")!.textContent).toBe("2010: 10");
    key("ArrowRight");
    key("ArrowRight");
    key("ArrowRight");
    expect(figure.querySelector("[data-chart-live]")!.textContent).toBe("2012: 30");
    key("Home");
    expect(figure.querySelector("[data-chart-live]")!.textContent).toBe("2010: 10");
    key("End");
    expect(figure.querySelector('[data-k="bar-2012"]')!.hasAttribute("data-active")).toBe(true);
  });
});

describe("states", () => {
  it("moves the same elements to another step, fades marks out, and changes the title", () => {
    const figure = mount();
    attachChartInteraction(figure);
    const bar = figure.querySelector('[data-k="bar-2012"]')!;
    const note = figure.querySelector('[data-k="note"]')!;
    expect(bar.getAttribute("height")).toBe("60");
    requestStep(figure, 0);
    expect(figure.querySelector('[data-k="bar-2012"]')).toBe(bar);
    expect(bar.getAttribute("height")).toBe("30");
    expect(note.hasAttribute("data-off")).toBe(true);
    expect(figure.querySelector("[data-chart-title]")!.textContent).toBe("Title 0");
    expect(figure.querySelector('[data-k="$title"]')!.textContent).toBe("Step 0");
    requestStep(figure, 1);
    expect(bar.getAttribute("height")).toBe("60");
    expect(note.hasAttribute("data-off")).toBe(false);
    expect(figure.querySelector("[data-chart-title]")!.textContent).toBe("Title 1");
    expect(figure.dataset.state).toBe("1");
  });

  it("combines the step with a variant, ignores unknown steps and values, and shows a step asked for before it started", () => {
    const figure = mount();
    requestStep(figure, 0);
    attachChartInteraction(figure);
    expect(liveChart(figure)!.state).toBe("0");
    applyVariant(figure, "scale", "log");
    expect(figure.dataset.state).toBe("0|scale=log");
    expect(figure.querySelector('[data-k="bar-2012"]')!.getAttribute("height")).toBe(String(Math.round(Math.log10(30) * 20 * 10) / 10));
    requestStep(figure, 7);
    applyVariant(figure, "scale", "cubic");
    expect(figure.dataset.state).toBe("0|scale=log");
  });

  it("prints the state the markup was drawn in, and comes back to the reader's afterwards", () => {
    const figure = mount();
    attachChartInteraction(figure);
    requestStep(figure, 0);
    applyVariant(figure, "scale", "log");
    window.dispatchEvent(new Event("beforeprint"));
    expect(figure.dataset.state).toBe("1");
    window.dispatchEvent(new Event("afterprint"));
    expect(figure.dataset.state).toBe("0|scale=log");
  });

  it("hides a tooltip when the state changes, since its mark has moved", async () => {
    const figure = mount();
    attachChartInteraction(figure);
    pointer("pointermove", figure.querySelector("[data-chart-plot]")!, 230, 50);
    await frame();
    expect(figure.querySelector<HTMLElement>(".chart-tooltip")!.hidden).toBe(false);
    requestStep(figure, 0);
    expect(figure.querySelector<HTMLElement>(".chart-tooltip")!.hidden).toBe(true);
  });
});

describe("patchPlot", () => {
  it("redraws a plot by changing the same elements, fading out marks the new drawing lacks", async () => {
    const { patchPlot } = await import("@/components/charts/shared/live");
    document.body.innerHTML = `<div>${toMarkup(sceneTree(scene(1), "u"))}</div>`;
    const svg = document.querySelector("svg")!;
    const bar = svg.querySelector('[data-k="bar-2011"]')!;
    bar.setAttribute("data-active", "");
    patchPlot(svg, sceneTree(scene(0), "u"));
    expect(svg.querySelector('[data-k="bar-2011"]')).toBe(bar);
    expect(bar.getAttribute("height")).toBe("20");
    expect(bar.hasAttribute("data-active")).toBe(true);
    expect(svg.querySelector('[data-k="note"]')!.hasAttribute("data-off")).toBe(true);
    expect(svg.querySelector('[data-k="$title"]')!.textContent).toBe("Step 0");
    // A drawing with marks the plot never had is written afresh.
    patchPlot(svg, sceneTree({ ...scene(0), marks: [rect("new", 0, 0, 1, 1)] }, "u"));
    expect(svg.querySelector('[data-k="new"]')).not.toBeNull();
  });
});
