// Shared helpers for browser tests: the list of pages comes from the built sitemap, so a new page is tested by default.
import fs from "node:fs";
import type { Locator, Page } from "@playwright/test";

export const LOCALES = ["en", "zh-hans", "zh-hant"] as const;
export const LANG = { en: "en", "zh-hans": "zh-Hans", "zh-hant": "zh-Hant" } as const;

/** Every page path in out/sitemap.xml, relative to the site root ("/en/sources/"), plus the pages a sitemap leaves out (search). */
export function sitemapPaths(): string[] {
  const xml = fs.readFileSync("out/sitemap.xml", "utf8");
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...new Set([...urls, ...LOCALES.map((l) => `/${l}/search/`)])];
}

export const localeOf = (path: string) => LOCALES.find((l) => path.startsWith(`/${l}/`));

/** English chapter pages, from the chapter files (content/chapters/en/NN-slug.mdx), so new sections never count as chapters. */
export function chapterPaths(): string[] {
  const slugs = fs.readdirSync("content/chapters/en").flatMap((f) => /^\d+-(.+)\.mdx$/.exec(f)?.[1] ?? []);
  return sitemapPaths().filter((p) => slugs.some((s) => p === `/en/${s}/`));
}

/** Collects console errors and page errors while a test runs. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(err.message));
  return errors;
}

/**
 * Records the CSS transitions that start inside an element ("mark-key:property"), so a test can prove that
 * a change of state animated the same marks, whatever the machine's speed (transitionrun fires when a
 * transition is created, however soon it ends).
 */
export async function recordTransitions(target: Locator): Promise<() => Promise<string[]>> {
  await target.evaluate((el) => {
    const runs: string[] = [];
    (el as HTMLElement & { __runs?: string[] }).__runs = runs;
    el.addEventListener("transitionrun", (e) => runs.push(`${(e.target as Element).getAttribute("data-k")}:${(e as TransitionEvent).propertyName}`));
  });
  return () => target.evaluate((el) => [...((el as HTMLElement & { __runs?: string[] }).__runs ?? [])]);
}
