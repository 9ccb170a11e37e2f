"use client";
// The offline page's list: asks the worker which classroom pages of this locale are saved on this device
// and links to those. The worker serves this page when a reader without a network opens a page that was
// never saved, so it always runs with JavaScript and a worker; without them it says it is checking.
import { useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n";
import { askWorker, offlineSupported, type PageStatus } from "@/lib/offline/client";

export type OfflineIndexLabels = { checking: string; none: string; kinds: Record<string, string> };

export function OfflineIndex({ locale, titles, labels }: { locale: Locale; titles: Record<string, string>; labels: OfflineIndexLabels }) {
  const [pages, setPages] = useState<PageStatus[] | null>(null);
  useEffect(() => {
    if (!offlineSupported()) return setPages([]);
    askWorker({ type: "status", locale })
      .then((r) => setPages(r.type === "status" ? r.pages.filter((p) => p.cached && p.kind !== "offline") : []))
      .catch(() => setPages([]));
  }, [locale]);

  if (!pages) return <p className="text-muted">{labels.checking}</p>;
  if (!pages.length) return <p data-offline-none="">{labels.none}</p>;
  return (
    <ul className="mt-4 space-y-2" role="list" data-offline-list="">
      {pages.map((p) => (
        <li key={p.path}>
          <span className="mr-2 text-sm text-muted">{labels.kinds[p.kind] ?? p.kind}</span>
          {/* A full navigation, so the worker answers from its cache. */}
          <a href={p.path}>{titles[p.path] ?? p.path}</a>
        </li>
      ))}
    </ul>
  );
}
