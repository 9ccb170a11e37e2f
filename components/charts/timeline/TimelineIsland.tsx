"use client";
// The timeline's client side: theme chips, the years shown (two sliders and the brush strip), the shared
// year cursor and the event links. It gets the events as plain JSON (input.ts), runs the very layout the
// server ran (layout.ts) for the reader's view, and moves the server's SVG elements to their new places
// with patchPlot (components/charts/shared/live.ts): marks glide, and fade where the view leaves them out
// (CSS transitions; under reduced motion they jump). Nothing is read back from the DOM but the elements
// themselves. Without JavaScript the controls stay hidden and the chart shows every year and theme.
import { useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent, type ReactNode } from "react";
import type { EventTheme } from "@/lib/data/schema";
import { FRAMES, PAGE_FRAMES, type FrameId } from "@/lib/charts/frames";
import { innerMarkup, markNode, PLOT_HEIGHT_VAR, sceneTree, type SvgNode } from "@/lib/charts/tree";
import { patchMark, patchPlot, STATE_EVENT } from "@/components/charts/shared/live";
import { shareYear, YEAR_EVENT } from "@/components/charts/shared/interaction";
import { fill } from "@/lib/fill";
import { brushModeAt, brushRange, sameRange, yearAt, yearScale, type BrushMode, type YearRange } from "@/components/charts/timeline/model";
import { defaultView, shownCount, THEMES, type TimelineInput, type TimelineView } from "@/components/charts/timeline/input";
import { layoutTimelineParts, type TimelineLayout } from "@/components/charts/timeline/layout";
import { brushGeometry, layoutBrush } from "@/components/charts/timeline/brush";
import { glyph } from "@/components/charts/timeline/glyphs";

export type TimelineIslandText = {
  filter: string;
  years: string;
  from: string;
  to: string;
  fromValue: string;
  toValue: string;
  reset: string;
  announceRange: string;
  announceHidden: string;
  announceShown: string;
};

export type TimelineIslandProps = { uid: string; input: TimelineInput; text: TimelineIslandText; children?: ReactNode };

/** A chip's glyph box in px (app/chart.css), and the glyph's radius in it: 5.5 of 14 units, as the legend draws it. */
const CHIP_PX = 12;
const CHIP_GLYPH_R = (5.5 / 14) * CHIP_PX;

/** A theme's shape as a CSS clip path on the chip, the chart's glyph at the chart's proportions. Not an SVG
 * image (a mask or background): each image is a whole SVG document to the browser, about 2.5 ms apiece to
 * lay out, and the chips draw no <svg> (the chart's own SVGs are the only ones). */
const glyphClip = (theme: EventTheme) => `path("${glyph(theme, CHIP_PX / 2, CHIP_PX / 2, CHIP_GLYPH_R)}")`;

/** A view but for the year its cursor marks: what the layout depends on (the cursor moves one band). */
const layoutKey = (v: TimelineView) => `${v.range.from}-${v.range.to}|${v.hidden.join(",")}`;

/** Layouts by figure, frame and view (cursor aside), so that a view the reader comes back to (a filter
 * undone, a range reset) is not laid out again. A figure's input never changes, so its uid names it. */
const LAYOUTS = new Map<string, TimelineLayout>();
function layoutFor(input: TimelineInput, frame: FrameId, view: TimelineView, uid: string): TimelineLayout {
  const key = `${uid}|${frame}|${layoutKey(view)}`;
  let layout = LAYOUTS.get(key);
  if (!layout) {
    layout = layoutTimelineParts(input, FRAMES[frame], { ...view, cursor: null });
    LAYOUTS.set(key, layout);
    if (LAYOUTS.size > 32) LAYOUTS.delete(LAYOUTS.keys().next().value!);
  }
  return layout;
}

/** The plot's SVG for a frame, exactly as the server's placement names it (lib/charts/figure.ts). */
const plotTree = (input: TimelineInput, frame: FrameId, view: TimelineView, uid: string) => {
  const { scene, cursor } = layoutFor(input, frame, view, uid);
  const marks = scene.marks.map((m) => (m.key === "cursor" ? cursor(view.cursor) : m));
  return sceneTree({ ...scene, marks }, `${uid}-${frame}`, { "data-frame": frame, class: `chart-${frame}` });
};
const brushTree = (input: TimelineInput, frame: FrameId, view: TimelineView, uid: string) =>
  sceneTree(layoutBrush(input, FRAMES[frame], view), `${uid}-brush-${frame}`);

/** The motion unit (--1s: 1 s, or 1 ms under reduced motion), in ms. */
function motionMs(el: Element): number {
  const v = getComputedStyle(el).getPropertyValue("--1s").trim();
  const n = parseFloat(v);
  return Number.isFinite(n) ? (v.endsWith("ms") ? n : n * 1000) : 1000;
}

const pendingResize = new WeakMap<SVGSVGElement, number>();

/** A plot grows at once (its marks glide into the room), and shrinks once they have glided out of it. */
function resize(svg: SVGSVGElement, tree: SvgNode, instant: boolean) {
  const viewBox = tree.attrs.viewBox!;
  const height = tree.attrs.height!;
  window.clearTimeout(pendingResize.get(svg));
  if (svg.getAttribute("viewBox") === viewBox) return;
  const apply = () => {
    svg.setAttribute("viewBox", viewBox);
    svg.setAttribute("height", height);
    svg.style.setProperty(PLOT_HEIGHT_VAR, `${height}px`);
  };
  if (instant || Number(height) > Number(svg.getAttribute("height"))) apply();
  else pendingResize.set(svg, window.setTimeout(apply, motionMs(svg) * 0.7));
}

/** Turns transitions off for one change: the first drawing, and while the reader drags the brush. */
function instantly(svgs: SVGSVGElement[], change: () => void) {
  svgs.forEach((s) => s.setAttribute("data-instant", ""));
  change();
  void svgs[0]?.getBoundingClientRect();
  requestAnimationFrame(() => svgs.forEach((s) => s.removeAttribute("data-instant")));
}

export function TimelineIsland({ uid, input, text, children }: TimelineIslandProps) {
  const domain = input.domain;
  const ref = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<TimelineView>(() => defaultView(input));
  const viewRef = useRef(view);
  viewRef.current = view;
  const drawn = useRef(false);
  const dragging = useRef<{ mode: BrushMode; start: YearRange; at0: number } | null>(null);
  const [message, setMessage] = useState("");
  // The brush strips' first markup; from then on they are patched like the plots.
  const strips = useMemo(() => PAGE_FRAMES.map((frame) => ({ frame, tree: brushTree(input, frame, defaultView(input), uid) })), [input, uid]);

  const setRange = (range: YearRange) => setView((v) => (sameRange(v.range, range) ? v : { ...v, range }));

  // Draw the view: the same layout as the server's, applied to the same elements.
  const stale = useRef(new Set<SVGSVGElement>());
  /** The view (cursor aside) each SVG shows: when only the cursor moved, only its band is redrawn. */
  const drawnAs = useRef(new WeakMap<SVGSVGElement, string>());
  const drawFrame = (svg: SVGSVGElement, v: TimelineView, instant: boolean) => {
    stale.current.delete(svg);
    if (drawnAs.current.get(svg) === layoutKey(v)) {
      // The brush strips draw no cursor.
      const frame = svg.dataset.frame as FrameId;
      if (!svg.dataset.brush) patchMark(svg, markNode(layoutFor(input, frame, v, uid).cursor(v.cursor), `${uid}-${frame}`));
      return;
    }
    drawnAs.current.set(svg, layoutKey(v));
    if (svg.dataset.brush) return patchPlot(svg, brushTree(input, svg.dataset.brush as FrameId, v, uid));
    const tree = plotTree(input, svg.dataset.frame as FrameId, v, uid);
    patchPlot(svg, tree);
    resize(svg, tree, instant);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: drawFrame is new each render but reads only input, uid and (through viewRef) the view
  useEffect(() => {
    const figure = ref.current?.closest<HTMLElement>("[data-chart]");
    if (!figure || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => {
      const shown = entries.map((e) => e.target as SVGSVGElement).filter((svg) => stale.current.has(svg) && svg.getClientRects().length);
      if (shown.length) instantly(shown, () => shown.forEach((svg) => drawFrame(svg, viewRef.current, true)));
    });
    figure.querySelectorAll<SVGSVGElement>('svg[data-frame][role="img"], svg[data-brush]').forEach((svg) => {
      if (svg.dataset.brush || svg.dataset.frame! in FRAMES) observer.observe(svg);
    });
    return () => observer.disconnect();
    // drawFrame reads the view through viewRef, so the observer stays for the island's life.
  }, [input, uid]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: drawFrame is new each render but reads only input and uid: redraw when they or the view change
  useEffect(() => {
    const figure = ref.current?.closest<HTMLElement>("[data-chart]");
    if (!figure) return;
    const plots = Array.from(figure.querySelectorAll<SVGSVGElement>('svg[data-frame][role="img"]')).filter((s) => s.dataset.frame! in FRAMES);
    const brushes = Array.from(figure.querySelectorAll<SVGSVGElement>("svg[data-brush]"));
    if (!drawn.current) {
      // The first view is the default one, which the server drew on every frame: nothing to lay out or move
      // when the island starts under the reader's first pointer or touch (a year pointed at then moves only
      // the cursor's band, drawFrame).
      for (const svg of [...plots, ...brushes]) drawnAs.current.set(svg, layoutKey(view));
    } else {
      const instant = dragging.current !== null;
      // Only the frames on screen are laid out (the figure shows one of wide and narrow at a time); a hidden
      // one is drawn when it appears (the observer above).
      const draw = () => {
        // Which are on screen, read before any is patched (a read after a write would lay the page out again).
        const svgs = [...plots, ...brushes].map((svg) => ({ svg, shown: svg.getClientRects().length > 0 }));
        for (const { svg, shown } of svgs) {
          if (shown) drawFrame(svg, view, instant);
          else stale.current.add(svg);
        }
      };
      if (instant) instantly([...plots, ...brushes], draw);
      else draw();
    }
    drawn.current = true;
    figure.setAttribute("data-year-range", `${view.range.from}-${view.range.to}`);
    figure.setAttribute("data-hidden-themes", view.hidden.join(" "));
  }, [input, uid, view]);

  // A new range or filter moves the marks: a tooltip left pointing at an old position would lie; and say what changed.
  const announced = useRef(view);
  useEffect(() => {
    const before = announced.current;
    announced.current = view;
    if (sameRange(before.range, view.range) && before.hidden === view.hidden) return;
    ref.current?.closest("[data-chart]")?.dispatchEvent(new CustomEvent(STATE_EVENT, { detail: { state: "view", step: undefined } }));
    const count = shownCount(input, view);
    const toggled = THEMES.find((t) => before.hidden.includes(t) !== view.hidden.includes(t));
    if (toggled) setMessage(fill(view.hidden.includes(toggled) ? text.announceHidden : text.announceShown, { theme: input.lanes[toggled], count }));
    else setMessage(fill(text.announceRange, { count, from: view.range.from, to: view.range.to }));
  }, [input, text, view]);

  // The shared year cursor, the links, and keys that belong to the controls.
  useEffect(() => {
    const root = ref.current;
    const figure = root?.closest<HTMLElement>("[data-chart]");
    const plot = root?.closest<HTMLElement>("[data-chart-plot]");
    if (!root || !figure || !plot) return;
    let shared: number | null = null;
    const share = (year: number | null) => {
      if (year === shared) return;
      shared = year;
      shareYear(year, uid);
    };
    const onYear = (event: Event) => {
      const year = (event as CustomEvent<{ year: number | null }>).detail?.year ?? null;
      shared = year;
      setView((v) => (v.cursor === year ? v : { ...v, cursor: year }));
    };
    window.addEventListener(YEAR_EVENT, onYear);
    // The shared controller marks the event it points at (pointer or keys) with data-active: the cursor follows it.
    const activeEvent = () => plot.querySelector("svg[data-frame] [data-point][data-active]");
    const followActive = () => {
      const active = activeEvent();
      share(active ? Number(active.getAttribute("data-year")) : null);
    };
    const observer = new MutationObserver(followActive);
    observer.observe(plot, { subtree: true, attributes: true, attributeFilter: ["data-active"] });
    // The island renders on the reader's first pointer or focus: the event pointed at then may already be
    // marked, before this effect listened.
    if (activeEvent()) followActive();

    // A click on an event (its mark, label or title), or Enter on the active one, opens the chapter that tells it.
    const follow = (el: Element | null | undefined) => {
      const href = el?.getAttribute("data-href");
      if (href) window.location.assign(href);
      return !!href;
    };
    // On a touch screen the first tap on an event shows its card (components/charts/shared/interaction.ts
    // pins it on pointerdown); a tap on the event whose card is open opens the chapter. A mouse's click
    // follows at once: its card showed on hover.
    let tapped: { touch: boolean; open: string | null } = { touch: false, open: null };
    const onDown = (e: PointerEvent) => {
      const open = activeEvent();
      tapped = { touch: e.pointerType !== "mouse", open: open?.getAttribute("data-href") ?? null };
    };
    const onClick = (e: MouseEvent) => {
      const target = (e.target as Element).closest?.("svg[data-frame] [data-href]");
      if (!target || !plot.contains(target)) return;
      if (tapped.touch && target.getAttribute("data-href") !== tapped.open) return;
      follow(target);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Enter" && e.target === plot && follow(activeEvent())) e.preventDefault();
    };
    plot.addEventListener("pointerdown", onDown, true);
    plot.addEventListener("click", onClick);
    plot.addEventListener("keydown", onKey);
    // Keys inside the controls move the controls, not the chart's arrow-key walk through the events.
    const controls = Array.from(root.querySelectorAll("[data-timeline-controls]"));
    const stop = (e: Event) => e.stopPropagation();
    controls.forEach((c) => c.addEventListener("keydown", stop));
    return () => {
      window.removeEventListener(YEAR_EVENT, onYear);
      observer.disconnect();
      plot.removeEventListener("pointerdown", onDown, true);
      plot.removeEventListener("click", onClick);
      plot.removeEventListener("keydown", onKey);
      controls.forEach((c) => c.removeEventListener("keydown", stop));
    };
  }, [uid]);

  // The brush: drag a handle to resize the window, the window to move it, anywhere else to draw a new one.
  const svgX = (svg: SVGSVGElement, clientX: number, clientY: number) => {
    const m = svg.getScreenCTM();
    return m ? new DOMPoint(clientX, clientY).matrixTransform(m.inverse()).x : 0;
  };
  const brushAxis = (svg: SVGSVGElement) => {
    const b = brushGeometry(input, FRAMES[svg.dataset.brush as FrameId]);
    return { ...b, xd: yearScale(domain, b.x0, b.x1), at: (x: number) => yearAt(domain, b.x0, b.x1, x) };
  };
  const onBrushDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    const svg = e.currentTarget;
    const a = brushAxis(svg);
    const x = svgX(svg, e.clientX, e.clientY);
    const range = viewRef.current.range;
    const grip = e.pointerType === "mouse" ? a.handleW + 2 : a.handleW * 2.5;
    const mode = brushModeAt(x, a.xd(range.from), a.xd(range.to + 1), { grip, full: sameRange(range, domain) });
    const at0 = a.at(x);
    dragging.current = { mode, start: range, at0 };
    svg.setPointerCapture(e.pointerId);
    setRange(brushRange(mode, range, at0, at0, domain));
    e.preventDefault();
  };
  const onBrushMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const d = dragging.current;
    if (!d) return;
    setRange(brushRange(d.mode, d.start, d.at0, brushAxis(e.currentTarget).at(svgX(e.currentTarget, e.clientX, e.clientY)), domain));
  };
  const onBrushUp = () => {
    dragging.current = null;
  };

  const { range, hidden } = view;
  const full = sameRange(range, domain);
  return (
    <div ref={ref} className="chart-timeline-island">
      <div data-timeline-controls="" data-timeline-themes="" className="needs-js mb-3">
        <fieldset className="flex flex-wrap gap-1.5 text-sm">
          <legend className="sr-only">{text.filter}</legend>
          {THEMES.map((theme) => (
            <label
              key={theme}
              className="chart-timeline-chip inline-flex cursor-pointer select-none items-center gap-1.5 whitespace-nowrap rounded-full border border-rule px-2.5 py-0.5 text-muted line-through has-[:checked]:border-[var(--ink-soft)] has-[:checked]:text-ink has-[:checked]:no-underline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-[var(--focus)]"
            >
              <input
                type="checkbox"
                className="sr-only"
                checked={!hidden.includes(theme)}
                data-theme-filter={theme}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setView((v) => ({ ...v, hidden: on ? v.hidden.filter((t) => t !== theme) : [...v.hidden, theme] }));
                }}
              />
              <span aria-hidden="true" className={`chart-timeline-${theme} chart-timeline-chip-glyph`} style={{ ["--glyph" as string]: glyphClip(theme) }} />
              {input.lanes[theme]}
            </label>
          ))}
        </fieldset>
      </div>
      {children}
      {/* Far enough below the plot that brushing never snaps the pointer to an event (12 px, interaction.ts). */}
      <div data-timeline-controls="" data-timeline-years="" className="needs-js mt-3">
        {strips.map(({ frame, tree }) => (
          <svg
            key={frame}
            className="chart-timeline-brush"
            data-brush={frame}
            viewBox={tree.attrs.viewBox}
            width={tree.attrs.width}
            height={tree.attrs.height}
            aria-hidden="true"
            onPointerDown={onBrushDown}
            onPointerMove={onBrushMove}
            onPointerUp={onBrushUp}
            onPointerCancel={onBrushUp}
            dangerouslySetInnerHTML={{ __html: innerMarkup(tree) }}
          />
        ))}
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <span className="whitespace-nowrap font-semibold text-ink">{text.years}</span>
          {(["from", "to"] as const).map((edge) => (
            <label key={edge} className="inline-flex items-center gap-2 whitespace-nowrap text-muted">
              {text[edge]}
              <input
                type="range"
                className="chart-timeline-range w-28"
                min={domain.from}
                max={domain.to}
                step={1}
                value={range[edge]}
                aria-valuetext={fill(edge === "from" ? text.fromValue : text.toValue, { year: range[edge] })}
                data-range-edge={edge}
                onChange={(e) => {
                  const v = Number(e.currentTarget.value);
                  const now = viewRef.current.range;
                  setRange(edge === "from" ? { from: Math.min(v, now.to), to: now.to } : { from: now.from, to: Math.max(v, now.from) });
                }}
              />
              {/* Four digits that never wrap ("20/09" on a narrow phone). */}
              <span className="inline-block min-w-[4ch] whitespace-nowrap tabular-nums text-ink" aria-hidden="true" data-range-readout={edge}>
                {range[edge]}
              </span>
            </label>
          ))}
          <button
            type="button"
            className="whitespace-nowrap rounded-full border border-rule px-2.5 py-0.5 text-ink disabled:opacity-50"
            disabled={full}
            onClick={() => setRange(domain)}
          >
            {text.reset}
          </button>
        </div>
      </div>
      <p aria-live="polite" className="sr-only" data-timeline-live="">
        {message}
      </p>
    </div>
  );
}
