// Search (issue 13): the festival's name, in each language's own script, finds a chapter before the pages
// that list or index it, and no snippet cuts the query in two ("…2010年双" for 双11). Snippets are rebuilt
// by the search island (lib/search/snippet.ts) from Pagefind's matches.
import fs from "node:fs";
import { expect, test, type Locator } from "@playwright/test";

/** Chapter slugs, from the chapter files (content/chapters/en/NN-slug.mdx). */
const chapterSlugs = fs.readdirSync("content/chapters/en").flatMap((f) => /^\d+-(.+)\.mdx$/.exec(f)?.[1] ?? []);

/** What the search island compares: case, width, spaces and punctuation folded ("Double-11" is "double11"). */
const fold = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");

const queries = [
  { locale: "zh-hans", query: "双11" },
  { locale: "zh-hant", query: "雙11" },
  { locale: "en", query: "Double 11" },
] as const;

/** Each excerpt shown for a result (its own and its sub-results'), as text and as the texts of its marks. */
async function snippets(result: Locator) {
  return result.locator(".pagefind-ui__result-excerpt").evaluateAll((els) =>
    els.map((el) => ({
      text: el.textContent ?? "",
      marks: [...el.querySelectorAll("mark")].map((m) => m.textContent ?? ""),
      nested: !!el.closest(".pagefind-ui__result-nested"),
    })),
  );
}

for (const { locale, query } of queries) {
  test(`searching ${query} in ${locale} lists a chapter first, and its snippets keep the query whole`, async ({ page }) => {
    const q = fold(query);
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
    const results = page.locator(".pagefind-ui__results > .pagefind-ui__result");
    // Results load their data one at a time: wait for the first three to have a link and an excerpt.
    await expect(async () => {
      expect(await results.count()).toBeGreaterThanOrEqual(3);
      for (let i = 0; i < 3; i++) {
        await expect(results.nth(i).locator(".pagefind-ui__result-link").first()).toBeVisible({ timeout: 500 });
        await expect(results.nth(i).locator(".pagefind-ui__result-excerpt").first()).toBeVisible({ timeout: 500 });
      }
    }).toPass({ timeout: 15_000 });

    const hrefs = await results.evaluateAll((els) =>
      els.map((el) => (el.querySelector(".pagefind-ui__result-link") as HTMLAnchorElement | null)?.pathname ?? ""),
    );
    expect(
      chapterSlugs.map((s) => `/${locale}/${s}/`),
      `first result is a chapter, not ${hrefs[0]}`,
    ).toContain(hrefs[0]);
    const sources = hrefs.indexOf(`/${locale}/sources/`);
    if (sources !== -1) expect(sources, "the sources page comes after a chapter").toBeGreaterThan(0);

    for (let i = 0; i < 3; i++) {
      for (const s of await snippets(results.nth(i))) {
        const where = `${hrefs[i]}: “${s.text}”`;
        // The result's own snippet, and every snippet of the first result, shows the query, marked as one piece.
        if (!s.nested || i === 0)
          expect(
            s.marks.some((m) => fold(m).includes(q)),
            `${where} marks ${query} whole`,
          ).toBe(true);
        // Wherever the query appears, it is marked whole, never in pieces ("<mark>双</mark><mark>11</mark>").
        if (fold(s.text).includes(q))
          expect(
            s.marks.some((m) => fold(m).includes(q)),
            `${where} marks ${query} whole`,
          ).toBe(true);
        // And no snippet ends on the first word(s) of the query ("…2010年双", "…the Double").
        const parts = query.match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? [];
        for (let k = 1; k < parts.length; k++) expect(fold(s.text).endsWith(fold(parts.slice(0, k).join(""))), `${where} ends on part of ${query}`).toBe(false);
      }
    }
  });
}
