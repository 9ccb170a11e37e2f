// Issue 15: every internal link and anchor in the static export resolves. Reads the files in out/ (no browser):
// every HTML document (all locales, chapters, decks, embeds, sources, timeline, the 404s), every href, src,
// srcset and social-card URL in it, and the site paths its islands open (timeline marks, deck follow-along and
// next-deck links), resolved the way a browser would against the page's address and the base path, then checked
// against the file a static host would send and, for a #fragment, the ids of that document (or a deck's slides).
// E2E_OUT_DIR points it at another export (default out/, like the other specs); the checks live in ./link-check.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { checkSite, collect, pagePathOf, pageType, report, type Doc } from "./link-check";

const OUT = process.env.E2E_OUT_DIR ?? "out";

function walk(dir: string, rel = ""): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? walk(dir, r) : [r];
  });
}

test("every internal link and anchor in the export resolves, decks included", async () => {
  // About 230 documents, 43 MB, read in Node: a few seconds.
  test.setTimeout(120_000);
  const info = JSON.parse(fs.readFileSync(path.join(OUT, ".build-info.json"), "utf8")) as { basePath?: string; siteUrl?: string };
  const site = { origin: info.siteUrl ?? "http://localhost:3000", basePath: (info.basePath ?? "").replace(/\/+$/, "") };
  const files = new Set(walk(OUT));
  const docs = new Map<string, Doc>();
  for (const file of [...files].filter((f) => f.endsWith(".html")).sort()) {
    docs.set(file, { page: pagePathOf(file), facts: collect(fs.readFileSync(path.join(OUT, file), "utf8")) });
  }

  // Not vacuous: the kinds of page the issue names are all there, and they link.
  const types = new Set([...docs.values()].map((d) => pageType(d.page)));
  for (const t of ["root cover", "locale cover", "chapter", "chapter deck", "whole-story deck", "embed", "sources", "timeline", "404"])
    expect(types, t).toContain(t);
  const { broken, checked } = checkSite(docs, files, site);
  expect(checked).toBeGreaterThan(docs.size * 5);

  expect(broken.length, report(broken)).toBe(0);
});
