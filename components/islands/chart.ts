// A server-rendered chart gets its tooltips and keyboard access: the marker sits inside the figure.
import type { Attach } from "@/components/islands/attach";
import { attachChartInteraction } from "@/components/charts/shared/interaction";

export const attachChart: Attach = (el) => {
  const figure = el.closest<HTMLElement>("[data-chart]");
  return figure ? attachChartInteraction(figure) : undefined;
};
