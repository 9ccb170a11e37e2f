// Registers the offline worker after the page has loaded (never in the way of the first paint), then asks
// it to save this page if it is a classroom page, so a deck opened once at school still opens with the
// network cut. When a new version is waiting it offers a reload instead of reloading by itself: a deck must
// never jump mid-lesson. Browsers without service workers, or pages on plain http, simply skip all this.
// The marked element is a live region that is always there, so the offer is announced when it appears.
import type { Attach } from "@/components/islands/attach";
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
  if (document.readyState === "complete") run();
  else window.addEventListener("load", run, { once: true });
};
