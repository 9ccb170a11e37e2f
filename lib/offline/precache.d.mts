// Types for lib/offline/precache.mjs (plain ESM so the build script runs it without a TypeScript step).
export type PageKind = "cover" | "chapter" | "teach" | "deck" | "offline" | "sources" | "timeline";
export type OfflinePage = { path: string; kind: PageKind; files: string[] };
export type OfflineManifest = {
  version: string;
  basePath: string;
  assets: string[];
  shell: string[];
  locales: Record<string, { pages: OfflinePage[] }>;
};
export function pageKind(sitePath: string, locales: readonly string[], chapters: readonly string[]): PageKind | null;
export function pageFiles(outDir: string, pageDir: string, basePath: string): string[];
export function assetRefs(html: string, basePath: string): string[];
export function versionHash(outDir: string, urls: string[], basePath: string, extra?: string): string;
export function buildOfflineManifest(options: {
  outDir: string;
  basePath?: string;
  locales: readonly string[];
  chapters: readonly string[];
  workerSource?: string;
}): OfflineManifest;
export function localeTotals(manifest: OfflineManifest, outDir: string, locale: string): { files: number; bytes: number };
export function renderServiceWorker(template: string, manifest: OfflineManifest): string;
