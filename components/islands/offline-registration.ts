// Registers the offline worker once the page has loaded and settled (never in the way of the first paint or
// of the page's own start-up work), then asks it to save this page if it is a classroom page, so a deck
// opened once at school still opens with the network cut. When a new version is waiting it offers a reload
// instead of reloading by itself: a deck must never jump mid-lesson. Browsers without service workers, or
// pages on plain http, simply skip all this.
// The marked element is a live region that is always there, so the offer is announced when it appears.
import type { Attach } from "@/components/islands/attach";
import { blocksSettled } from "@/components/islands/blocks";
import { askWorker, offlineSupported, workerScope, workerUrl } from "@/lib/offline/client";

export type UpdateLabels = { update: string; reload: string };

export const attachOfflineRegistration: Attach<{ labels: UpdateLabels }> = (el, { labels }) => {
  if (!offlineSupported()) return;
  let shown = false;
  const offer = (waiting: ServiceWorker | null) => {
    if (!waiting || !navigator.serviceWorker.controller || shown) return;
    shown = true;
    el.setAttribute("data-offline-update", "");
    const p = document.createElement("p");
    p.className = "flex flex-wrap items-center gap-3 rounded-md border border-rule bg-paper-raised px-4 py-3 shadow-lg";
    const text = document.createElement("span");
    text.textContent = labels.update;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "rounded border border-accent px-3 py-1 font-semibold text-accent hover:bg-accent hover:text-paper";
    button.textContent = labels.reload;
    button.addEventListener("click", () => {
      navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
      waiting.postMessage({ type: "skip-waiting" });
    });
    p.append(text, button);
    el.append(p);
  };
  const start = async () => {
    const registration = await navigator.serviceWorker.register(workerUrl(), { scope: workerScope() });
    offer(registration.waiting);
    registration.addEventListener("updatefound", () => {
      const installing = registration.installing;
      installing?.addEventListener("statechange", () => {
        if (installing.state === "installed") offer(installing);
      });
    });
    await navigator.serviceWorker.ready;
    const reply = await askWorker({ type: "save-page", path: location.pathname });
    if (reply.type === "saved-page" && reply.ok) document.documentElement.dataset.offlinePage = "saved";
  };
  // A failed registration (private mode, storage full) costs the reader nothing: the site works online.
  const run = () => void start().catch(() => undefined);
  const later = () => void pageSettled().then(() => whenIdle(run));
  if (document.readyState === "complete") later();
  else window.addEventListener("load", later, { once: true });
};

/**
 * Resolves once the page has done its own start-up work (its text blocks measured, blocks.ts), and after 5 s
 * at the latest. Installing the worker fetches and stores about fifty files; on a phone's few cores that
 * competes with the page's first second (measured on a 2-core machine: the guide's block measuring took
 * 280–430 ms of main thread with the worker installing beside it, 120–180 ms without).
 */
const pageSettled = () => Promise.race([blocksSettled, new Promise<void>((resolve) => window.setTimeout(resolve, 5000))]);

const whenIdle = (run: () => void) =>
  typeof window.requestIdleCallback === "function" ? window.requestIdleCallback(run, { timeout: 2000 }) : window.setTimeout(run, 0);
