// Watches which step is in the middle of the viewport and exposes it as data-active-step. A live scrolly
// (one figure whose steps are states) is pinned and asked to show that step: its marks animate there, or
// jump under reduced motion. Older scrollies (one figure per step) keep their static sequence under
// reduced motion and cross-fade otherwise. The marker sits inside the scrolly container.
import type { Attach } from "@/components/islands/attach";
import { requestStep } from "@/components/charts/shared/live";

export type ScrollyProps = { chart: string };

export const attachScrolly: Attach<ScrollyProps> = (el, { chart }) => {
  const root = el.closest<HTMLElement>("[data-scrolly]");
  if (!root) return;
  const liveFigure = root.classList.contains("scrolly-live") ? root.querySelector<HTMLElement>(".scrolly-figure figure[data-chart]") : null;
  const reduce = window.matchMedia("(prefers-reduced-motion: reduce)");
  let first = true;
  const setActive = (k: number) => {
    const changed = root.dataset.activeStep !== String(k);
    root.dataset.activeStep = String(k);
    if (liveFigure) {
      // The first state is set at once (the figure was drawn in its final state); later ones animate.
      if (changed || first) requestStep(liveFigure, k, first);
      first = false;
    } else if (changed && !reduce.matches) {
      // The first step is shown at once; later changes fade the new state in with motion (loaded on the
      // first change, so it never weighs on the first paint). Reduced motion never pins, so never fades.
      const figure = root.querySelector<HTMLElement>(`[data-step-figure="${k}"]`);
      if (figure) {
        // Hidden until the fade starts, so the new state never flashes in while motion loads.
        figure.style.opacity = "0";
        figure.dataset.fading = "";
        const done = () => {
          figure.style.removeProperty("opacity");
          delete figure.dataset.fading;
        };
        import("motion/mini")
          .then(({ animate }) => {
            figure.style.removeProperty("opacity");
            return animate(figure, { opacity: [0, 1] }, { duration: 0.4, ease: "easeOut" }).finished;
          })
          .then(done, done);
      }
    }
    root.querySelectorAll<HTMLElement>(".scrolly-step[data-step]").forEach((s) => s.toggleAttribute("data-active", s.dataset.step === String(k)));
    root.dispatchEvent(new CustomEvent("cloud-expedition:step", { detail: { chart, step: k }, bubbles: true }));
  };
  let observer: IntersectionObserver | undefined;
  let started = false;
  // Where a step becomes active: on a phone, when its card reaches the lower third (below the pinned
  // plot); beside the chart on a wide screen, at the middle of the screen.
  const wide = window.matchMedia("(min-width: 64rem)");
  const line = () => (liveFigure && !wide.matches ? "-70% 0px -29% 0px" : "-45% 0px -45% 0px");
  const start = () => {
    observer?.disconnect();
    // A live scrolly pins under reduced motion too: its changes of state simply jump.
    if (reduce.matches && !liveFigure) {
      root.removeAttribute("data-pinned");
      return;
    }
    root.dataset.pinned = "";
    // A live figure starts at step 0 (it was drawn in its final state); a restart keeps the reader's step.
    setActive(liveFigure && !started ? 0 : Number(root.dataset.activeStep ?? 0));
    started = true;
    observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) if (e.isIntersecting) setActive(Number((e.target as HTMLElement).dataset.step));
      },
      { rootMargin: line() },
    );
    root.querySelectorAll(".scrolly-step[data-step]").forEach((s) => observer!.observe(s));
  };
  start();
  reduce.addEventListener("change", start);
  wide.addEventListener("change", start);
  return () => {
    observer?.disconnect();
    reduce.removeEventListener("change", start);
    wide.removeEventListener("change", start);
  };
};
