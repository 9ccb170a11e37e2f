// The page's side of the offline worker: where it lives, whether this browser can run it, and one
// request/reply helper over a MessageChannel (the worker answers status, save-page and save-locale, and
// streams progress while it saves). The worker itself is lib/offline/sw.js.
import { withBase } from "@/lib/paths";

export const workerUrl = () => withBase("/sw.js");
export const workerScope = () => withBase("/");

/** Service workers need a secure context (https, or localhost) and a browser that has them. */
export function offlineSupported(): boolean {
  return typeof window !== "undefined" && window.isSecureContext && "serviceWorker" in navigator;
}

export type PageStatus = { path: string; kind: string; cached: boolean };
export type WorkerReply =
  | { type: "status"; version: string; saved: boolean; pages: PageStatus[]; total: number }
  | { type: "progress"; done: number; total: number }
  | { type: "saved-page"; ok: boolean; path: string }
  | { type: "saved-locale"; ok: boolean; total: number; failed: number; version: string };

/** Sends a message to the active worker; resolves with the first reply that is not progress. */
export async function askWorker(message: Record<string, unknown>, onProgress?: (done: number, total: number) => void): Promise<WorkerReply> {
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) throw new Error("no active service worker");
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e: MessageEvent<WorkerReply>) => {
      if (e.data?.type === "progress") onProgress?.(e.data.done, e.data.total);
      else {
        channel.port1.close();
        resolve(e.data);
      }
    };
    worker.postMessage(message, [channel.port2]);
  });
}
