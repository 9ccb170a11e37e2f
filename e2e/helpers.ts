// Shared helpers for browser tests: the list of pages comes from the built sitemap, so a new page is tested by default.
import fs from "node:fs";
import type { Page } from "@playwright/test";

export const LOCALES = ["en", "zh-hans", "zh-hant"] as const;
export const LANG = { en: "en", "zh-hans": "zh-Hans", "zh-hant": "zh-Hant" } as const;

/** Every page path in out/sitemap.xml, relative to the site root ("/en/sources/"), plus the pages a sitemap leaves out (search). */
export function sitemapPaths(): string[] {
  const xml = fs.readFileSync("out/sitemap.xml", "utf8");
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...new Set([...urls, ...LOCALES.map((l) => `/${l}/search/`)])];
}

export const localeOf = (path: string) => LOCALES.find((l) => path.startsWith(`/${l}/`));

/** Chapter slugs, read from the English cover's chapter list. */
export function chapterPaths(): string[] {
  return sitemapPaths().filter((p) => /^\/en\/[^/]+\/$/.test(p) && !["/en/sources/", "/en/timeline/", "/en/search/", "/en/present/", "/en/teach/", "/en/charts/"].includes(p));
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
