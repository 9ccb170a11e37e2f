"use client";
// Watches which step is in the middle of the viewport and exposes it as data-active-step, which the
// CSS uses to show that step's chart state. Under reduced motion it leaves the static sequence alone.
import { useEffect, useRef } from "react";

/** Renders an empty marker inside the scrolly container, so the figures never pass through the client payload. */
export function ScrollyIsland({ chart }: { chart: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const root = ref.current?.closest<HTMLElement>("[data-scrolly]");
    if (!root) return;
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)");
    const setActive = (k: number) => {
      const changed = root.dataset.activeStep !== String(k);
      root.dataset.activeStep = String(k);
      // The first step is shown at once; later changes fade the new state in with motion (loaded on the
      // first change, so it never weighs on the first paint). Reduced motion never pins, so never fades.
      if (changed && !reduce.matches) {
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
      root.querySelectorAll<HTMLElement>("[data-step]").forEach((el) => el.toggleAttribute("data-active", el.dataset.step === String(k)));
      root.dispatchEvent(new CustomEvent("cloud-expedition:step", { detail: { chart, step: k }, bubbles: true }));
    };
    let observer: IntersectionObserver | undefined;
    const start = () => {
      observer?.disconnect();
      if (reduce.matches) {
        root.removeAttribute("data-pinned");
        return;
      }
      root.dataset.pinned = "";
      setActive(Number(root.dataset.activeStep ?? 0));
      observer = new IntersectionObserver(
        (entries) => {
          for (const e of entries) if (e.isIntersecting) setActive(Number((e.target as HTMLElement).dataset.step));
        },
        { rootMargin: "-45% 0px -45% 0px" },
      );
      root.querySelectorAll("[data-step]").forEach((el) => observer!.observe(el));
    };
    start();
    reduce.addEventListener("change", start);
    return () => {
      observer?.disconnect();
      reduce.removeEventListener("change", start);
    };
  }, [chart]);
  return <span ref={ref} hidden data-scrolly-island="" />;
}
