// Switching a chart between variants (log/linear scale, unit view…) without React, so the chapter's
// ChartControls island and the standalone embed runtime share one implementation. A chart laid out with
// states (lib/charts/states.ts) moves its marks to the variant's state; the figure also carries the choice
// as data-{name} for CSS.
import { liveChart } from "@/components/charts/shared/live";

export function applyVariant(figure: HTMLElement, name: string, value: string, instant = false) {
  figure.setAttribute(`data-${name}`, value);
  liveChart(figure)?.setVariant(name, value, instant);
  // Charts not yet on the state kernel render one SVG per variant, marked data-when="name=value".
  figure.querySelectorAll<HTMLElement | SVGElement>("[data-when]").forEach((el) => {
    const [n, v] = (el.getAttribute("data-when") ?? "").split("=");
    if (n === name) el.toggleAttribute("hidden", v !== value);
  });
}
