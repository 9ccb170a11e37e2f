// @vitest-environment happy-dom
// The timeline's island against the server's markup: it lays the chart out again with the same function
// and moves the same elements (patchPlot), never rewriting the SVG; filters, the range and the shared year
// cursor all go through that one path.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { act, createElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { FRAMES, PAGE_FRAMES } from "@/lib/charts/frames";
import { sceneTree, toMarkup } from "@/lib/charts/tree";
import { Plot } from "@/components/charts/shared/Plot";
import { YEAR_EVENT } from "@/components/charts/shared/interaction";
import { TimelineIsland, type TimelineIslandText } from "@/components/charts/timeline/TimelineIsland";
import { layoutTimeline } from "@/components/charts/timeline/layout";
import { defaultView, type TimelineView } from "@/components/charts/timeline/input";
import { fixture } from "./timeline-fixture";

const input = fixture("en");
const text: TimelineIslandText = {
  filter: "Show themes",
  years: "Years shown",
  from: "From",
  to: "To",
  fromValue: "From {year}",
  toValue: "To {year}",
  reset: "Show all years",
  announceRange: "{count} events shown, {from}–{to}",
  announceHidden: "{theme} hidden. {count} events shown",
  announceShown: "{theme} shown. {count} events shown",
};
const tree = (frame: "wide" | "narrow", view: TimelineView = defaultView(input)) =>
  sceneTree(layoutTimeline(input, FRAMES[frame], view), `t-${frame}`, { "data-frame": frame, class: `chart-${frame}` });

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = "";
});

async function mount() {
  document.body.innerHTML = `<figure data-chart="timeline"><div data-chart-plot=""><div id="host"></div></div></figure>`;
  const figure = document.querySelector<HTMLElement>("figure")!;
  root = createRoot(document.getElementById("host")!);
  await act(async () => {
    root!.render(
      createElement(
        TimelineIsland,
        { uid: "t", input, text },
        PAGE_FRAMES.map((frame) => createElement(Plot, { key: frame, tree: tree(frame as "wide" | "narrow") })),
      ),
    );
  });
  const svg = (frame: string) => figure.querySelector<SVGSVGElement>(`svg[data-frame="${frame}"]`)!;
  const el = (frame: string, key: string) => svg(frame).querySelector(`[data-k="${key}"]`)!;
  return { figure, svg, el };
}

/** Moves a range input as a reader does (React listens for the input event). */
async function slide(input: HTMLInputElement, value: number) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, String(value));
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

describe("timeline island", () => {
  it("starts on the server's elements without changing them: nothing moves under the reader's first touch", async () => {
    const { figure, svg, el } = await mount();
    for (const frame of ["wide", "narrow"] as const)
      expect(svg(frame).innerHTML, frame).toBe(
        toMarkup(tree(frame))
          .replace(/^<svg[^>]*>/, "")
          .replace(/<\/svg>$/, ""),
      );
    expect(el("narrow", "legend-platform").hasAttribute("data-off")).toBe(false);
    expect(svg("narrow").getAttribute("viewBox")).toBe(tree("narrow", defaultView(input)).attrs.viewBox);
    expect(figure.getAttribute("data-year-range")).toBe("2009-2025");
    expect(figure.querySelectorAll("svg[data-brush]")).toHaveLength(2);
  });

  it("moves the same elements to the layout of a new range: marks outside fold off, the rest take their new places", async () => {
    const { figure, el } = await mount();
    const cluster = el("wide", "ev-cluster");
    const onSale = el("wide", "ev-on-sale");
    const before = cluster.getAttribute("d");
    await slide(figure.querySelector<HTMLInputElement>('input[data-range-edge="from"]')!, 2013);
    expect(figure.getAttribute("data-year-range")).toBe("2013-2025");
    expect(el("wide", "ev-cluster")).toBe(cluster);
    expect(cluster.getAttribute("d")).not.toBe(before);
    const expected = tree("wide", { ...defaultView(input), range: { from: 2013, to: 2025 } });
    const node = (function find(n: typeof expected): typeof expected | undefined {
      for (const c of n.children)
        if (typeof c !== "string") {
          if (c.key === "ev-cluster") return c;
          const f = find(c);
          if (f) return f;
        }
    })(expected)!;
    expect(cluster.getAttribute("d")).toBe(node.attrs.d);
    expect(onSale.hasAttribute("data-off")).toBe(true);
    expect(el("narrow", "title-on-sale").hasAttribute("data-off")).toBe(true);
    expect(figure.querySelector("[data-timeline-live]")!.textContent).toBe("11 events shown, 2013–2025");
    expect(figure.querySelector('[data-range-readout="from"]')!.textContent).toBe("2013");
  });

  it("folds a theme's lane when its chip is unchecked, and says so", async () => {
    const { figure, el } = await mount();
    const chip = figure.querySelector<HTMLInputElement>('input[data-theme-filter="market"]')!;
    await act(async () => chip.click());
    expect(figure.getAttribute("data-hidden-themes")).toBe("market");
    expect(el("wide", "lane-market").hasAttribute("data-off")).toBe(true);
    expect(el("wide", "ev-profit").hasAttribute("data-off")).toBe(true);
    expect(el("wide", "ev-chatbot").hasAttribute("data-off")).toBe(false);
    expect(figure.querySelector("[data-timeline-live]")!.textContent).toBe("Market hidden. 14 events shown");
  });

  it("draws the year another chart shares as a band, without touching the tooltips' attributes", async () => {
    const { el } = await mount();
    el("wide", "ev-hardware").setAttribute("data-active", "");
    await act(async () => {
      window.dispatchEvent(new CustomEvent(YEAR_EVENT, { detail: { year: 2016, source: "test" } }));
    });
    expect(el("wide", "cursor").hasAttribute("data-off")).toBe(false);
    expect(el("narrow", "cursor").hasAttribute("data-off")).toBe(false);
    expect(el("wide", "ev-hardware").hasAttribute("data-active")).toBe(true);
  });
});
