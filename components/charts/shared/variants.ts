// Switching between server-rendered variants of a chart (log/linear scale, unit view…) without React, so
// the chapter's ChartControls island and the standalone embed runtime share one implementation.
// Each variant's elements carry data-when="name=value"; choosing a value hides the others.

export function applyVariant(figure: Element, name: string, value: string) {
  figure.setAttribute(`data-${name}`, value);
  figure.querySelectorAll<HTMLElement | SVGElement>("[data-when]").forEach((el) => {
    const [n, v] = (el.getAttribute("data-when") ?? "").split("=");
    if (n === name) {
      if (v === value) el.removeAttribute("hidden");
      else el.setAttribute("hidden", "");
    }
  });
}
