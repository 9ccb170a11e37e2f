// Framework-free interaction for any server-rendered chart: tooltips on hover and touch, arrow keys
// between data points with an aria-live announcement, Esc to close. The React island and the
// standalone embed script both call attachChartInteraction, so there is one implementation.
//
// Contract with the view: marks carry data-point, data-label (the full sentence a screen reader
// announces) and data-tip-* attributes (title, value, note, source) for the tooltip.

export const YEAR_EVENT = "cloud-expedition:year";

/** Tells every chart on the page to mark a year (or none). */
export function shareYear(year: number | null, source?: string) {
  window.dispatchEvent(new CustomEvent(YEAR_EVENT, { detail: { year, source } }));
}

const visible = (el: Element) => (el as HTMLElement).getClientRects().length > 0;

export function attachChartInteraction(root: HTMLElement): () => void {
  const plot = root.querySelector<HTMLElement>("[data-chart-plot]");
  const live = root.querySelector<HTMLElement>("[data-chart-live]");
  if (!plot) return () => {};

  const tip = document.createElement("div");
  tip.className = "chart-tooltip";
  tip.setAttribute("role", "tooltip");
  tip.id = `${root.dataset.chart ?? "chart"}-tip-${Math.random().toString(36).slice(2, 8)}`;
  tip.hidden = true;
  plot.style.position = "relative";
  plot.appendChild(tip);
  plot.tabIndex = 0;

  let active = -1;
  const points = (): SVGGraphicsElement[] => {
    const svg = Array.from(plot.querySelectorAll('svg[role="img"]')).find(visible);
    return svg ? Array.from(svg.querySelectorAll<SVGGraphicsElement>("[data-point]")) : [];
  };

  const show = (point: SVGGraphicsElement) => {
    for (const p of plot.querySelectorAll("[data-active]")) p.removeAttribute("data-active");
    point.setAttribute("data-active", "");
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
    const box = point.getBoundingClientRect();
    const frame = plot.getBoundingClientRect();
    const x = box.left + box.width / 2 - frame.left;
    const top = box.top - frame.top;
    const w = tip.offsetWidth;
    tip.style.left = `${Math.max(0, Math.min(frame.width - w, x - w / 2))}px`;
    tip.style.top = `${Math.max(0, top - tip.offsetHeight - 8)}px`;
    plot.setAttribute("aria-describedby", tip.id);
  };

  const hide = () => {
    tip.hidden = true;
    for (const p of plot.querySelectorAll("[data-active]")) p.removeAttribute("data-active");
    plot.removeAttribute("aria-describedby");
  };

  const onPointer = (event: Event) => {
    const point = (event.target as Element).closest?.("[data-point]") as SVGGraphicsElement | null;
    if (point && plot.contains(point)) {
      active = points().indexOf(point);
      show(point);
    }
  };

  const onKey = (event: KeyboardEvent) => {
    const all = points();
    if (!all.length) return;
    let next = active;
    switch (event.key) {
      case "ArrowRight":
      case "ArrowUp":
        next = active < 0 ? 0 : Math.min(all.length - 1, active + 1);
        break;
      case "ArrowLeft":
      case "ArrowDown":
        next = active < 0 ? all.length - 1 : Math.max(0, active - 1);
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
    active = next;
    const point = all[active]!;
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

  plot.addEventListener("pointerover", onPointer);
  plot.addEventListener("pointerdown", onPointer);
  plot.addEventListener("pointerleave", hide);
  plot.addEventListener("keydown", onKey);
  plot.addEventListener("blur", hide);
  return () => {
    window.removeEventListener(YEAR_EVENT, onYear);
    plot.removeEventListener("pointerover", onPointer);
    plot.removeEventListener("pointerdown", onPointer);
    plot.removeEventListener("pointerleave", hide);
    plot.removeEventListener("keydown", onKey);
    plot.removeEventListener("blur", hide);
    tip.remove();
    plot.removeAttribute("tabindex");
  };
}
