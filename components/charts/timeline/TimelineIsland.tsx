"use client";
// The timeline's client side: theme chips, a year range (two sliders and the overview brush), and the shared
// year cursor. It moves the server-rendered SVG (marks carry their time as data-at) with the plain maths in
// model.ts, so no chart library ships. Without JavaScript the controls stay hidden and every event shows.
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { shareYear, YEAR_EVENT } from "@/components/charts/shared/interaction";
import {
  brushModeAt,
  brushRange,
  inRange,
  pixelsPerYear,
  QUARTER_TICKS_FROM_PX,
  stack,
  tickStep,
  yearAt,
  yearScale,
  type BrushMode,
  type YearRange,
} from "@/components/charts/timeline/model";

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

type ThemeChip = { theme: string; label: string; glyph: string };

/** A theme's shape as a CSS mask. The chips draw no <svg>: the shared controller takes the plot's first
 * visible <svg> for the chart. */
const glyphMask = (path: string) =>
  `url("data:image/svg+xml,${encodeURIComponent(`<svg xmlns='http://www.w3.org/2000/svg' viewBox='-7 -7 14 14'><path d='${path}'/></svg>`)}")`;

type State = { range: YearRange; hidden: Set<string>; cursor: number | null };

import { fill } from "@/lib/fill";
const num = (el: Element, name: string) => Number(el.getAttribute(name));
const px = (n: number) => `${Math.round(n * 100) / 100}px`;

function setHidden(el: Element, hidden: boolean) {
  if (hidden) el.setAttribute("hidden", "");
  else el.removeAttribute("hidden");
}

/** Hidden marks leave the keyboard order: the shared controller walks [data-point] only. */
function setPoint(point: Element | null, on: boolean) {
  if (!point) return;
  if (on && point.hasAttribute("data-point-off")) {
    point.removeAttribute("data-point-off");
    point.setAttribute("data-point", "");
  } else if (!on && point.hasAttribute("data-point")) {
    point.removeAttribute("data-point");
    point.removeAttribute("data-active");
    point.setAttribute("data-point-off", "");
  }
}

function applyWide(svg: SVGSVGElement, domain: YearRange, state: State): number {
  const { range, hidden } = state;
  const x0 = num(svg, "data-x0");
  const x1 = num(svg, "data-x1");
  const top = num(svg, "data-top");
  const x = yearScale(range, x0, x1);
  const ppy = pixelsPerYear(range, x0, x1);
  const showEarly = range.from === domain.from;

  const lanes = Array.from(svg.querySelectorAll<SVGGElement>("[data-lane]"));
  const { offsets, bottom } = stack(
    lanes.map((l) => num(l, "data-h")),
    lanes.map((l) => !hidden.has(l.dataset.lane ?? "")),
    top,
  );
  const laneTop = new Map<string, number>();
  lanes.forEach((lane, i) => {
    const offset = offsets[i];
    setHidden(lane, offset == null);
    if (offset != null) {
      lane.style.transform = `translate(0px, ${px(offset)})`;
      laneTop.set(lane.dataset.lane ?? "", offset);
    }
  });

  let count = 0;
  svg.querySelectorAll<SVGGElement>("[data-mark]").forEach((mark) => {
    const theme = mark.dataset.theme ?? "";
    const early = mark.hasAttribute("data-early");
    const at = num(mark, "data-at");
    const visible = laneTop.has(theme) && (early ? showEarly : inRange(at, range));
    setHidden(mark.closest("[data-event-link]") ?? mark, !visible);
    setPoint(mark.querySelector("[data-point], [data-point-off]"), visible);
    if (!visible) return;
    if (!early) count++;
    const mx = early ? num(mark, "data-x") : x(at);
    mark.style.transform = `translate(${px(mx)}, ${px(laneTop.get(theme)! + num(mark, "data-dy"))})`;
    // A label that would run past the plot's edge at this zoom moves to the mark's other side.
    const label = mark.querySelector("[data-annotation]");
    if (label) {
      const w = num(label, "data-width") + 9;
      const preferred = label.getAttribute("data-annotation");
      const side = preferred === "right" ? (mx + w <= x1 || mx - w < x0 ? "right" : "left") : mx - w >= x0 || mx + w > x1 ? "left" : "right";
      label.setAttribute("x", side === "right" ? "9" : "-9");
      label.setAttribute("text-anchor", side === "right" ? "start" : "end");
    }
    const bar = mark.querySelector<SVGElement>("[data-span-bar]");
    if (bar) {
      const year = num(mark, "data-mark-year");
      const dx0 = x(year) - mx;
      const dx1 = x(year + 1) - mx;
      bar.style.transform = `translate(${px(dx0)}, 0px) scale(${dx1 - dx0}, 1)`;
      mark.querySelector<SVGElement>('[data-span-cap="start"]')!.style.transform = `translate(${px(dx0)}, 0px)`;
      mark.querySelector<SVGElement>('[data-span-cap="end"]')!.style.transform = `translate(${px(dx1)}, 0px)`;
    }
  });

  svg.querySelectorAll<SVGLineElement>("[data-grid-year]").forEach((line) => {
    const year = num(line, "data-grid-year");
    setHidden(line, year < range.from || year > range.to + 1);
    line.style.transform = `translate(${px(x(year))}, 0px)`;
    line.setAttribute("y2", String(bottom));
  });
  svg.querySelectorAll<SVGLineElement>("[data-quarter]").forEach((line) => {
    const at = num(line, "data-quarter");
    setHidden(line, ppy < QUARTER_TICKS_FROM_PX || !inRange(at, range));
    line.style.transform = `translate(${px(x(at))}, 0px)`;
    line.setAttribute("y2", String(bottom));
  });
  const labelWidth = num(svg, "data-tick-width");
  const step = tickStep(ppy, labelWidth);
  svg.querySelectorAll<SVGTextElement>("[data-tick]").forEach((tick) => {
    const year = num(tick, "data-tick");
    setHidden(tick, !(year >= range.from && year <= range.to && (year - range.from) % step === 0));
    tick.style.transform = `translate(${px(x(year + 0.5))}, 0px)`;
  });

  const early = svg.querySelector("[data-early-axis]");
  if (early) setHidden(early, !showEarly);
  const clip = svg.querySelector("[data-clip]");
  if (clip) {
    const left = showEarly && early ? Number(clip.getAttribute("data-early-x") ?? x0 - 8) : x0 - 8;
    clip.setAttribute("x", String(left));
    clip.setAttribute("width", String(x1 + 14 - left));
    clip.setAttribute("height", String(bottom + 2));
  }
  const scrub = svg.querySelector("[data-scrub]");
  scrub?.setAttribute("height", String(Math.max(0, bottom - top)));

  const band = svg.querySelector<SVGRectElement>("[data-cursor-band]");
  if (band) {
    const y = state.cursor;
    const show = y != null && y >= range.from && y <= range.to;
    setHidden(band, !show);
    if (show) {
      band.setAttribute("x", String(x(y)));
      band.setAttribute("width", String(x(y + 1) - x(y)));
      band.setAttribute("height", String(Math.max(0, bottom - top)));
    }
  }

  svg.querySelectorAll("[data-overview-theme]").forEach((m) => setHidden(m, hidden.has(m.getAttribute("data-overview-theme") ?? "")));
  const xd = yearScale(domain, x0, x1);
  const brush = svg.querySelector("[data-brush]");
  brush?.setAttribute("x", String(xd(range.from)));
  brush?.setAttribute("width", String(xd(range.to + 1) - xd(range.from)));
  const veilStart = svg.querySelector("[data-veil=start]");
  veilStart?.setAttribute("width", String(xd(range.from) - x0));
  const veilEnd = svg.querySelector("[data-veil=end]");
  veilEnd?.setAttribute("x", String(xd(range.to + 1)));
  veilEnd?.setAttribute("width", String(x1 - xd(range.to + 1)));
  svg.querySelectorAll<SVGElement>("[data-handle]").forEach((h) => {
    h.style.transform = `translate(${px(h.dataset.handle === "start" ? xd(range.from) : xd(range.to + 1))}, 0px)`;
  });

  const below = svg.querySelector<SVGGElement>("[data-below]");
  if (below) below.style.transform = `translate(0px, ${px(bottom)})`;
  const height = Math.ceil(bottom + num(svg, "data-below-height"));
  svg.setAttribute("viewBox", `0 0 ${svg.viewBox.baseVal.width} ${height}`);
  svg.setAttribute("height", String(height));
  return count;
}

function applyNarrow(svg: SVGSVGElement, domain: YearRange, state: State) {
  const { range, hidden } = state;
  const showEarly = range.from === domain.from;
  const rows = Array.from(svg.querySelectorAll<SVGGElement>("[data-row]"));
  const visibleEvent = (row: Element) => {
    const at = num(row, "data-at");
    return !hidden.has(row.getAttribute("data-theme") ?? "") && (at < domain.from ? showEarly : inRange(at, range));
  };
  const yearsShown = new Set(rows.filter((r) => r.dataset.row === "event" && visibleEvent(r)).map((r) => r.dataset.rowYear));
  const anyEarly = [...yearsShown].some((y) => Number(y) < domain.from);
  const anyMain = [...yearsShown].some((y) => Number(y) >= domain.from);
  const visible = rows.map((row) => {
    switch (row.dataset.row) {
      case "legend":
        return false; // the theme chips are the key once the page is scripted
      case "year":
        return yearsShown.has(row.dataset.rowYear);
      case "break":
        return anyEarly && anyMain;
      default:
        return visibleEvent(row);
    }
  });
  const { offsets, bottom } = stack(rows.map((r) => num(r, "data-h")), visible, 0);
  rows.forEach((row, i) => {
    const offset = offsets[i];
    setHidden(row, offset == null);
    setPoint(row.querySelector("[data-point], [data-point-off]"), offset != null);
    if (offset != null) row.style.transform = `translate(0px, ${px(offset)})`;
  });

  // The cursor band covers the year's heading and its events.
  let y0: number | null = null;
  let y1 = 0;
  rows.forEach((row, i) => {
    const offset = offsets[i];
    if (offset == null || state.cursor == null || num(row, "data-row-year") !== state.cursor) return;
    y0 ??= offset;
    y1 = offset + num(row, "data-h");
  });
  const band = svg.querySelector("[data-cursor-band]");
  if (band) {
    setHidden(band, y0 == null);
    if (y0 != null) {
      band.setAttribute("y", String(y0 + 6));
      band.setAttribute("height", String(Math.max(0, y1 - y0 - 4)));
    }
  }
  const height = Math.ceil(bottom + 6);
  svg.setAttribute("viewBox", `0 0 ${svg.viewBox.baseVal.width} ${height}`);
  svg.setAttribute("height", String(height));
}

export function TimelineIsland({
  uid,
  domain,
  themes,
  text,
  children,
}: {
  uid: string;
  domain: YearRange;
  themes: ThemeChip[];
  text: TimelineIslandText;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const controlsRef = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState<YearRange>(domain);
  const [hidden, setHiddenThemes] = useState<Set<string>>(() => new Set());
  const [message, setMessage] = useState("");
  const state = useRef<State>({ range: domain, hidden: new Set(), cursor: null });
  const lastShared = useRef<number | null>(null);
  const counted = useRef(0);

  const apply = useCallback(() => {
    const root = ref.current;
    if (!root) return;
    root.querySelectorAll<SVGSVGElement>('svg[data-timeline="wide"]').forEach((svg) => (counted.current = applyWide(svg, domain, state.current)));
    root.querySelectorAll<SVGSVGElement>('svg[data-timeline="narrow"]').forEach((svg) => applyNarrow(svg, domain, state.current));
    const figure = root.closest("[data-chart]");
    figure?.setAttribute("data-year-range", `${state.current.range.from}-${state.current.range.to}`);
    figure?.setAttribute("data-hidden-themes", [...state.current.hidden].join(" "));
  }, [domain]);

  useEffect(() => {
    state.current = { ...state.current, range, hidden };
    apply();
  }, [range, hidden, apply]);

  // Pointer, keyboard and the shared year cursor.
  useEffect(() => {
    const root = ref.current;
    const plot = root?.closest<HTMLElement>("[data-chart-plot]");
    if (!root || !plot) return;

    const share = (year: number | null) => {
      if (year === lastShared.current) return;
      lastShared.current = year;
      shareYear(year, uid);
    };
    const onYear = (event: Event) => {
      const year = (event as CustomEvent<{ year: number | null }>).detail?.year ?? null;
      state.current = { ...state.current, cursor: year };
      lastShared.current = year;
      apply();
    };
    window.addEventListener(YEAR_EVENT, onYear);

    const svgPoint = (svg: SVGSVGElement, e: PointerEvent) => {
      const m = svg.getScreenCTM();
      return m ? new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse()) : new DOMPoint(0, 0);
    };
    const onMove = (e: PointerEvent) => {
      const target = e.target as Element;
      const point = target.closest?.("[data-year]");
      if (point && root.contains(point)) return share(Number(point.getAttribute("data-year")));
      const row = target.closest?.("[data-row-year]");
      if (row && root.contains(row)) return share(Number(row.getAttribute("data-row-year")));
      if (target.hasAttribute?.("data-scrub")) {
        const svg = target.closest("svg")!;
        const { range } = state.current;
        const at = yearAt(range, num(svg, "data-x0"), num(svg, "data-x1"), svgPoint(svg, e).x);
        share(Math.max(range.from, Math.min(range.to, Math.floor(at))));
      }
    };
    const onLeave = () => share(null);
    root.addEventListener("pointermove", onMove);
    root.addEventListener("pointerover", onMove);
    root.addEventListener("pointerleave", onLeave);

    // The shared controller marks the mark it moved to with data-active; the cursor follows it.
    const observer = new MutationObserver(() => {
      const active = root.querySelector("[data-point][data-active]");
      if (active) share(Number(active.getAttribute("data-year")));
    });
    observer.observe(root, { subtree: true, attributes: true, attributeFilter: ["data-active"] });
    const onFocusOut = (e: FocusEvent) => {
      if (!plot.contains(e.relatedTarget as Node | null)) share(null);
    };
    plot.addEventListener("focusout", onFocusOut);

    // A click on a mark, or Enter on the active one, opens the chapter that tells the event.
    const follow = (mark: Element | null | undefined) => {
      const href = mark?.closest("[data-event-link]")?.getAttribute("data-href");
      if (href) window.location.assign(href);
      return Boolean(href);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Enter" && e.target === plot && follow(plot.querySelector("[data-point][data-active]"))) e.preventDefault();
    };
    const onClick = (e: MouseEvent) => {
      const link = (e.target as Element).closest?.("[data-event-link]");
      if (link && root.contains(link)) follow(link);
    };
    plot.addEventListener("keydown", onKey);
    root.addEventListener("click", onClick);

    // Keys inside the controls belong to the controls, not to the chart's arrow-key navigation.
    const controls = Array.from(root.querySelectorAll("[data-timeline-controls]"));
    const stop = (e: Event) => e.stopPropagation();
    controls.forEach((c) => c.addEventListener("keydown", stop));

    // The overview brush: drag a handle to resize, the window to move it, or anywhere else to draw a new one.
    const cleanups: (() => void)[] = [];
    root.querySelectorAll<SVGGElement>("[data-overview]").forEach((overview) => {
      const svg = overview.closest("svg")!;
      const x0 = num(svg, "data-x0");
      const x1 = num(svg, "data-x1");
      const xd = yearScale(domain, x0, x1);
      let drag: { mode: BrushMode; start: YearRange; at0: number } | null = null;
      const down = (e: PointerEvent) => {
        const x = svgPoint(svg, e).x;
        const { range } = state.current;
        const mode = brushModeAt(x, xd(range.from), xd(range.to + 1), { full: range.from === domain.from && range.to === domain.to });
        const at0 = yearAt(domain, x0, x1, x);
        drag = { mode, start: range, at0 };
        overview.setPointerCapture(e.pointerId);
        root.setAttribute("data-dragging", "");
        setRange(brushRange(mode, range, at0, at0, domain));
        e.preventDefault();
      };
      const move = (e: PointerEvent) => {
        if (!drag) return;
        const at = yearAt(domain, x0, x1, svgPoint(svg, e).x);
        const next = brushRange(drag.mode, drag.start, drag.at0, at, domain);
        setRange((prev) => (prev.from === next.from && prev.to === next.to ? prev : next));
      };
      const up = () => {
        drag = null;
        root.removeAttribute("data-dragging");
      };
      overview.addEventListener("pointerdown", down);
      overview.addEventListener("pointermove", move);
      overview.addEventListener("pointerup", up);
      overview.addEventListener("pointercancel", up);
      cleanups.push(() => {
        overview.removeEventListener("pointerdown", down);
        overview.removeEventListener("pointermove", move);
        overview.removeEventListener("pointerup", up);
        overview.removeEventListener("pointercancel", up);
      });
    });

    return () => {
      window.removeEventListener(YEAR_EVENT, onYear);
      root.removeEventListener("pointermove", onMove);
      root.removeEventListener("pointerover", onMove);
      root.removeEventListener("pointerleave", onLeave);
      observer.disconnect();
      plot.removeEventListener("focusout", onFocusOut);
      plot.removeEventListener("keydown", onKey);
      root.removeEventListener("click", onClick);
      controls.forEach((c) => c.removeEventListener("keydown", stop));
      cleanups.forEach((c) => c());
    };
  }, [apply, domain, uid]);

  // Announce what changed, once the reader has changed something.
  const announced = useRef({ range, hidden });
  useEffect(() => {
    const before = announced.current;
    announced.current = { range, hidden };
    if (before.range === range && before.hidden === hidden) return;
    const count = counted.current;
    const toggled = themes.find((t) => before.hidden.has(t.theme) !== hidden.has(t.theme));
    if (toggled) setMessage(fill(hidden.has(toggled.theme) ? text.announceHidden : text.announceShown, { theme: toggled.label, count }));
    else setMessage(fill(text.announceRange, { count, from: range.from, to: range.to }));
  }, [range, hidden, themes, text]);

  const full = range.from === domain.from && range.to === domain.to;
  return (
    <div ref={ref} className="chart-timeline-island">
      <div data-timeline-controls="" data-timeline-themes="" className="needs-js mb-3">
        <fieldset className="flex flex-wrap gap-1.5 text-sm">
          <legend className="sr-only">{text.filter}</legend>
          {themes.map((t) => (
            <label
              key={t.theme}
              className="chart-timeline-chip inline-flex cursor-pointer select-none items-center gap-1.5 rounded-full border border-rule px-2.5 py-0.5 text-muted line-through has-[:checked]:border-[var(--ink-soft)] has-[:checked]:text-ink has-[:checked]:no-underline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-[var(--focus)]"
            >
              <input
                type="checkbox"
                className="sr-only"
                checked={!hidden.has(t.theme)}
                data-theme-filter={t.theme}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setHiddenThemes((prev) => {
                    const next = new Set(prev);
                    if (on) next.delete(t.theme);
                    else next.add(t.theme);
                    return next;
                  });
                }}
              />
              <span aria-hidden="true" className={`chart-timeline-${t.theme} chart-timeline-chip-glyph`} style={{ ["--glyph" as string]: glyphMask(t.glyph) }} />
              {t.label}
            </label>
          ))}
        </fieldset>
      </div>
      {children}
      <div data-timeline-controls="" data-timeline-years="" className="needs-js mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <span className="font-semibold text-ink">{text.years}</span>
        <label className="inline-flex items-center gap-2 text-muted">
          {text.from}
          <input
            type="range"
            className="chart-timeline-range w-28"
            min={domain.from}
            max={domain.to}
            step={1}
            value={range.from}
            aria-valuetext={fill(text.fromValue, { year: range.from })}
            data-range-edge="from"
            onChange={(e) => {
              const v = Number(e.currentTarget.value);
              setRange((prev) => ({ from: Math.min(v, prev.to), to: prev.to }));
            }}
          />
          <span className="w-10 tabular-nums text-ink" aria-hidden="true">
            {range.from}
          </span>
        </label>
        <label className="inline-flex items-center gap-2 text-muted">
          {text.to}
          <input
            type="range"
            className="chart-timeline-range w-28"
            min={domain.from}
            max={domain.to}
            step={1}
            value={range.to}
            aria-valuetext={fill(text.toValue, { year: range.to })}
            data-range-edge="to"
            onChange={(e) => {
              const v = Number(e.currentTarget.value);
              setRange((prev) => ({ from: prev.from, to: Math.max(v, prev.from) }));
            }}
          />
          <span className="w-10 tabular-nums text-ink" aria-hidden="true">
            {range.to}
          </span>
        </label>
        <button
          type="button"
          className="rounded-full border border-rule px-2.5 py-0.5 text-ink disabled:opacity-50"
          disabled={full}
          onClick={() => setRange(domain)}
        >
          {text.reset}
        </button>
      </div>
      <p aria-live="polite" className="sr-only" data-timeline-live="">
        {message}
      </p>
    </div>
  );
}
