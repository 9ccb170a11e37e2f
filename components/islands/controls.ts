// A chart's variant toggles (log/linear scale, unit view…): the radios are server HTML; choosing one shows
// that variant of the server-rendered SVG (applyVariant). No chart code ships.
import type { Attach } from "@/components/islands/attach";
import { applyVariant } from "@/components/charts/shared/variants";

export const attachControls: Attach = (el) => {
  const onChange = (e: Event) => {
    const radio = e.target as HTMLInputElement;
    const name = radio.closest<HTMLElement>("fieldset[data-control]")?.dataset.control;
    const figure = radio.closest<HTMLElement>("[data-chart]");
    if (radio.checked && name && figure) applyVariant(figure, name, radio.value);
  };
  el.addEventListener("change", onChange);
  return () => el.removeEventListener("change", onChange);
};
