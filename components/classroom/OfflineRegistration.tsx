"use client";
// Registers the offline worker and offers a reload when a new version waits (components/islands/
// offline-registration.ts). The live region is always there, so the offer is announced when it appears.
import { attachAttrs, useAttach } from "@/components/islands/attach";
import { attachOfflineRegistration, type UpdateLabels } from "@/components/islands/offline-registration";

export type { UpdateLabels };

export function OfflineRegistration({ labels }: { labels: UpdateLabels }) {
  const ref = useAttach<HTMLDivElement, { labels: UpdateLabels }>(attachOfflineRegistration, { labels });
  return (
    <div
      ref={ref}
      role="status"
      {...attachAttrs("offline-registration", { labels })}
      className="no-print fixed bottom-3 right-3 z-50 max-w-[calc(100vw-1.5rem)] font-sans text-sm"
    />
  );
}
