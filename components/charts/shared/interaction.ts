// Framework-free interaction for any server-rendered chart: the pointer snaps to the nearest data point
// (as Observable Plot's pointer does) and shows its tooltip; a tap on a touch screen keeps the tooltip open
// until the next tap elsewhere or Esc; arrow keys step through the points with an aria-live announcement.
// It also starts the figure's states (components/charts/shared/live.ts). The chapter's island and the
// standalone embed script both call attachChartInteraction, so there is one implementation.
//
// Contract with the view (lib/charts/tree.ts writes it): marks carry data-point, data-label (the sentence
// a screen reader announces) and data-tip-* attributes (title, value, note, source); marks of a state not
// shown carry data-off and are skipped.
import { attachStates, STATE_EVENT } from "@/components/charts/shared/live";

export const YEAR_EVENT = "cloud-expedition:year";

/** Tells every chart on the page to mark a year (or none). */
export function shareYear(year: number | null, source?: string) {
  window.dispatchEvent(new CustomEvent(YEAR_EVENT, { detail: { year, source } }));
}

const visible = (el: Element) => (el as HTMLElement).getClientRects().length > 0;

export type Box = { left: number; top: number; right: number; bottom: number };

/**
 * The point nearest to (x, y): distance to each mark's box (0 inside it), horizontal distance weighted
 * `kx`, vertical `ky`. Within `maxRadius` (CSS px) of the box, or null. Exported for the unit tests.
 */
export function nearest(boxes: Box[], x: number, y: number, { kx = 1, ky = 1, maxRadius = Infinity } = {}): number {
  let best = -1;
  let bestD = Infinity;
  boxes.forEach((b, i) => {
    const dx = x < b.left ? b.left - x : x > b.right ? x - b.right : 0;
    const dy = y < b.top ? b.top - y : y > b.bottom ? y - b.bottom : 0;
    const d = kx * dx * dx + ky * dy * dy;
    // Ties (a point inside two boxes) go to the smaller box: the mark drawn on top of a larger one.
    const area = (b.right - b.left) * (b.bottom - b.top);
    if (d < bestD || (d === bestD && best >= 0 && area < (boxes[best]!.right - boxes[best]!.left) * (boxes[best]!.bottom - boxes[best]!.top))) {
      best = i;
      bestD = d;
    }
  });
  return best >= 0 && bestD <= maxRadius * maxRadius ? best : -1;
}

export function attachChartInteraction(root: HTMLElement): () => void {
  const plot = root.querySelector<HTMLElement>("[data-chart-plot]");
  const live = root.querySelector<HTMLElement>("[data-chart-live]");
  if (!plot) return () => {};
  const states = attachStates(root);

  const tip = document.createElement("div");
  tip.className = "chart-tooltip";
  tip.setAttribute("role", "tooltip");
  tip.id = `${root.dataset.chart ?? "chart"}-tip-${Math.random().toString(36).slice(2, 8)}`;
  tip.hidden = true;
  plot.style.position = "relative";
  plot.appendChild(tip);
  plot.tabIndex = 0;

  let active: SVGGraphicsElement | null = null;
  /** A tap keeps its tooltip until the next tap elsewhere or Esc. */
  let pinned = false;

  const points = (): SVGGraphicsElement[] => {
    const svg = Array.from(plot.querySelectorAll('svg[role="img"]')).find(visible);
    return svg ? Array.from(svg.querySelectorAll<SVGGraphicsElement>("[data-point]:not([data-off])")).filter((p) => !p.closest("[data-off],[hidden]")) : [];
  };

  const show = (point: SVGGraphicsElement) => {
    if (active !== point) {
      active?.removeAttribute("data-active");
      point.setAttribute("data-active", "");
      active = point;
    }
    const d = point.dataset;
    tip.replaceChildren();
    const line = (text: string | undefined, cls?: string) => {
      if (!text) return;
      const el = document.createElement("div");
      if (cls) el.className = cls;
      el.textContent = text;
      tip.appendChild(el);
    };
    line(d.tipTitle, "font-semibold");
    line(d.tipValue, "text-base");
    line(d.tipNote);
    line(d.tipSource, "text-muted");
    tip.hidden = false;
    const mark = point.getBoundingClientRect();
    // What the tooltip must leave readable: the mark, and the text it names (data-tip-around: a list row's title).
    const around = (d.tipAround ?? "")
      .split(" ")
      .filter(Boolean)
      .map((k) => point.ownerSVGElement?.querySelector(`[data-k="${CSS.escape(k)}"]`)?.getBoundingClientRect())
      .filter((b): b is DOMRect => !!b);
    const box = {
      top: Math.min(mark.top, ...around.map((b) => b.top)),
      bottom: Math.max(mark.bottom, ...around.map((b) => b.bottom)),
    };
    const frame = plot.getBoundingClientRect();
    const x = mark.left + mark.width / 2 - frame.left;
    const w = tip.offsetWidth;
    tip.style.left = `${Math.max(0, Math.min(frame.width - w, x - w / 2))}px`;
    // Above the mark, or below it when there is no room above in the plot, or on the screen while there is below.
    const h = tip.offsetHeight;
    const above = box.top - frame.top - h - 8;
    const below = box.bottom - frame.top + 8;
    const onScreenAbove = frame.top + above >= 0;
    const roomBelow = below + h <= frame.height && frame.top + below + h <= window.innerHeight;
    tip.style.top = `${above >= 0 && (onScreenAbove || !roomBelow) ? above : Math.min(frame.height - h, below)}px`;
    plot.setAttribute("aria-describedby", tip.id);
  };

  const hide = () => {
    tip.hidden = true;
    pinned = false;
    active?.removeAttribute("data-active");
    active = null;
    plot.removeAttribute("aria-describedby");
  };

  /** The point under or nearest the pointer, among the visible plot's points. */
  const pointAt = (event: PointerEvent): SVGGraphicsElement | null => {
    const all = points();
    if (!all.length) return null;
    const svg = all[0]!.ownerSVGElement;
    const area = svg?.getBoundingClientRect();
    // Only within the drawing (plus a finger's margin): not over the controls or the caption.
    if (area && (event.clientY < area.top - 12 || event.clientY > area.bottom + 12 || event.clientX < area.left - 12 || event.clientX > area.right + 12))
      return null;
    const direct = (event.target as Element).closest?.("[data-point]") as SVGGraphicsElement | null;
    if (direct && all.includes(direct)) return direct;
    const boxes = all.map((p) => p.getBoundingClientRect());
    const i = nearest(boxes, event.clientX, event.clientY);
    return i >= 0 ? all[i]! : null;
  };

  let frameRequested = false;
  let lastMove: PointerEvent | null = null;
  const onMove = (event: PointerEvent) => {
    if (event.pointerType === "touch" || pinned) return;
    lastMove = event;
    if (frameRequested) return;
    frameRequested = true;
    requestAnimationFrame(() => {
      frameRequested = false;
      const e = lastMove;
      if (!e) return;
      const point = pointAt(e);
      if (point) show(point);
      else hide();
    });
  };

  const onDown = (event: PointerEvent) => {
    if (event.pointerType === "mouse") return;
    const point = pointAt(event);
    if (!point) return;
    show(point);
    pinned = true;
  };

  /** A tap anywhere outside the plot closes a pinned tooltip. */
  const onDocumentDown = (event: PointerEvent) => {
    if (pinned && !plot.contains(event.target as Node)) hide();
  };

  const onLeave = (event: PointerEvent) => {
    if (event.pointerType === "mouse" && !pinned) hide();
  };

  const onKey = (event: KeyboardEvent) => {
    // Keys pressed on a control inside the plot area (an explorer's radios and sliders) are the control's,
    // from the first key on: never wait for the control's own code to claim them.
    if (event.target !== plot && (event.target as Element | null)?.closest?.("input, select, textarea, button, [contenteditable]")) return;
    const all = points();
    if (!all.length) return;
    const index = active ? all.indexOf(active) : -1;
    let next = index;
    switch (event.key) {
      case "ArrowRight":
      case "ArrowUp":
        next = index < 0 ? 0 : Math.min(all.length - 1, index + 1);
        break;
      case "ArrowLeft":
      case "ArrowDown":
        next = index < 0 ? all.length - 1 : Math.max(0, index - 1);
        break;
      case "Home":
        next = 0;
        break;
      case "End":
        next = all.length - 1;
        break;
      case "Escape":
        if (!tip.hidden) {
          hide();
          event.preventDefault();
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    const point = all[next]!;
    show(point);
    if (live) live.textContent = point.dataset.label ?? "";
  };

  // A year cursor shared by every chart on the page: a chart (the timeline) dispatches
  // "cloud-expedition:year" on window, and each chart marks its elements with that data-year.
  const onYear = (event: Event) => {
    const year = (event as CustomEvent<{ year: number | null; source?: string }>).detail?.year;
    root.querySelectorAll("[data-cursor]").forEach((el) => el.removeAttribute("data-cursor"));
    if (year == null) {
      root.removeAttribute("data-year-cursor");
      return;
    }
    root.setAttribute("data-year-cursor", String(year));
    root.querySelectorAll(`[data-year="${year}"]`).forEach((el) => el.setAttribute("data-cursor", ""));
  };
  window.addEventListener(YEAR_EVENT, onYear);

  // A new state moves the marks: a tooltip pointing at the old position would lie.
  root.addEventListener(STATE_EVENT, hide);
  plot.addEventListener("pointermove", onMove);
  plot.addEventListener("pointerdown", onDown);
  plot.addEventListener("pointerleave", onLeave);
  plot.addEventListener("keydown", onKey);
  const onBlur = () => !pinned && hide();
  plot.addEventListener("blur", onBlur);
  document.addEventListener("pointerdown", onDocumentDown);
  return () => {
    window.removeEventListener(YEAR_EVENT, onYear);
    root.removeEventListener(STATE_EVENT, hide);
    plot.removeEventListener("pointermove", onMove);
    plot.removeEventListener("pointerdown", onDown);
    plot.removeEventListener("pointerleave", onLeave);
    plot.removeEventListener("keydown", onKey);
    plot.removeEventListener("blur", onBlur);
    document.removeEventListener("pointerdown", onDocumentDown);
    states?.destroy();
    tip.remove();
    plot.removeAttribute("tabindex");
  };
}
