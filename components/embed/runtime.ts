// The only script an embed page loads (bundled by scripts/embed-finalize.mjs with esbuild; no React, no
// Next runtime). It gives the server-rendered chart what the chapter's islands give it: tooltips and arrow
// keys (the shared attachChartInteraction), the variant toggles (applyVariant), the state asked for in the
// query string (validated by lib/embed/state.ts; nothing from the URL is ever written as HTML), and
// auto-height: it measures itself and tells the host page its height in every format CMSs listen for.
import { attachChartInteraction, shareYear } from "@/components/charts/shared/interaction";
import { applyVariant } from "@/components/charts/shared/variants";
import { parseChildId, parseEmbedState } from "@/lib/embed/state";
import { resizeMessages } from "@/lib/embed/messages";

/** The host's embed.js says hello when it starts, in case our first height message came before it listened. */
export const HELLO_TYPE = "cloud-expedition:hello";

const root = document.querySelector<HTMLElement>("[data-embed]");
if (root) start(root);

function start(root: HTMLElement) {
  const chart = root.dataset.embed ?? "";
  startAutoHeight(root, chart);
  const search = location.search;
  const steps = Number(root.dataset.embedSteps);
  const { step } = parseEmbedState(search, { steps: Number.isInteger(steps) ? steps : 0, scales: [], years: [] });
  if (step === undefined) return initFigure(root, search);
  swapToStep(root, step)
    .catch(() => undefined)
    .then(() => initFigure(root, search));
}

/** Wires the chart (the default one or a swapped-in step) and applies the query's scale and year. */
function initFigure(root: HTMLElement, search: string) {
  const figure = root.querySelector<HTMLElement>("figure[data-chart]");
  if (!figure) return;
  attachChartInteraction(figure);
  const radios = Array.from(figure.querySelectorAll<HTMLInputElement>('[data-chart-controls] fieldset[data-control] input[type="radio"]'));
  for (const radio of radios) {
    const name = radio.closest<HTMLElement>("fieldset[data-control]")?.dataset.control ?? "";
    radio.addEventListener("change", () => {
      if (radio.checked) applyVariant(figure, name, radio.value);
    });
  }
  const scales = radios.filter((r) => r.closest<HTMLElement>("fieldset")?.dataset.control === "scale").map((r) => r.value);
  const years = [...new Set(Array.from(figure.querySelectorAll("[data-year]"), (el) => Number(el.getAttribute("data-year"))))];
  const state = parseEmbedState(search, { steps: 0, scales, years });
  if (state.scale) {
    applyVariant(figure, "scale", state.scale);
    const radio = radios.find((r) => r.value === state.scale && r.closest<HTMLElement>("fieldset")?.dataset.control === "scale");
    if (radio) radio.checked = true;
  }
  // ?details=1: every source and note unfolded, as on the site.
  if (state.details) figure.querySelectorAll<HTMLDetailsElement>("details[data-chart-sources], details[data-chart-notes]").forEach((d) => (d.open = true));
  // The chart marks the year now; an island that loads after this script marks it again once it listens
  // (components/embed/islands/mount.ts reads data-embed-year).
  if (state.year !== undefined) {
    root.setAttribute("data-embed-year", String(state.year));
    shareYear(state.year, "embed");
  }
}

/** Fetches the step document (same origin, built beside this page) and puts its figure in place of ours. */
async function swapToStep(root: HTMLElement, step: number) {
  const base = root.dataset.embedStepUrl ?? "";
  if (!base.startsWith("/")) return;
  const response = await fetch(`${base}${step}/`, { credentials: "same-origin" });
  if (!response.ok) return;
  const doc = new DOMParser().parseFromString(await response.text(), "text/html");
  const next = doc.querySelector("[data-embed] figure[data-chart]");
  const current = root.querySelector("figure[data-chart]");
  if (!next || !current || next.getAttribute("data-chart") !== current.getAttribute("data-chart")) return;
  // The default state's island (if any) has no place in a step.
  root.querySelectorAll("script[data-island-props]").forEach((s) => s.remove());
  current.replaceWith(document.importNode(next, true));
}

function startAutoHeight(root: HTMLElement, chart: string) {
  if (window.parent === window) return;
  const childId = parseChildId(location.search);
  let last = -1;
  const measure = () => Math.ceil(root.getBoundingClientRect().bottom + window.scrollY);
  const post = (force = false) => {
    const height = measure();
    if (height === last && !force) return;
    last = height;
    for (const message of resizeMessages({ chart, height, href: location.href, childId })) window.parent.postMessage(message, "*");
  };
  new ResizeObserver(() => post()).observe(root);
  window.addEventListener("load", () => post(true));
  // A host that answers (our embed.js, or pym.js sending the width) resizes us: then the frame never needs
  // its own scrollbar. Without such a host (scripts stripped, fixed height) the page may scroll instead.
  window.addEventListener("message", (event) => {
    if (event.source !== window.parent) return;
    const data: unknown = event.data;
    const hello = typeof data === "object" && data !== null && (data as { type?: unknown }).type === HELLO_TYPE;
    const pym = typeof data === "string" && childId !== undefined && data.startsWith(`pymxPYMx${childId}xPYMxwidth`);
    if (!hello && !pym) return;
    document.documentElement.style.overflowY = "hidden";
    post(true);
  });
  post(true);
}
