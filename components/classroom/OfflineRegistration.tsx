"use client";
// Registers the offline worker after the page has loaded (never in the way of the first paint), then asks
// it to save this page if it is a classroom page, so a deck opened once at school still opens with the
// network cut. When a new version is waiting it offers a reload instead of reloading by itself: a deck must
// never jump mid-lesson. Browsers without service workers, or pages on plain http, simply skip all this.
import { useEffect, useState } from "react";
import { askWorker, offlineSupported, workerScope, workerUrl } from "@/lib/offline/client";

export type UpdateLabels = { update: string; reload: string };

export function OfflineRegistration({ labels }: { labels: UpdateLabels }) {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    if (!offlineSupported()) return;
    const start = async () => {
      const registration = await navigator.serviceWorker.register(workerUrl(), { scope: workerScope() });
      const offer = (w: ServiceWorker | null) => {
        if (w && navigator.serviceWorker.controller) setWaiting(w);
      };
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
  }, []);

  const reload = () => {
    if (!waiting) return;
    navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
    waiting.postMessage({ type: "skip-waiting" });
  };
  // The live region is always there, so the offer is announced when it appears.
  return (
    <div role="status" data-offline-update={waiting ? "" : undefined} className="no-print fixed bottom-3 right-3 z-50 max-w-[calc(100vw-1.5rem)] font-sans text-sm">
      {waiting ? (
        <p className="flex flex-wrap items-center gap-3 rounded-md border border-rule bg-paper-raised px-4 py-3 shadow-lg">
          <span>{labels.update}</span>
          <button type="button" onClick={reload} className="rounded border border-accent px-3 py-1 font-semibold text-accent hover:bg-accent hover:text-paper">
            {labels.reload}
          </button>
        </p>
      ) : null}
    </div>
  );
}
