// Every chapter compiles, cites only registered figures, events, corrections and charts, and places
// every dated fact of the source article that belongs to it, in each written language.
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { compile } from "@mdx-js/mdx";
import articleMap from "@/content/data/article-map.json";
import { getChapters } from "@/lib/content/chapters";
import { registry } from "@/lib/data/registry";
import { chartIds, plannedCharts } from "@/components/charts/registry";
import { locales } from "@/lib/i18n";

/** Which chapter tells which article fact (facts.md, section 1, in the article's order). */
function chapterOfArticleFact(id: string): string {
  const n = Number(id.slice(1));
  if (n <= 8 || n === 11) return "prologue";
  if (n <= 32) return "to-the-cloud";
  if (n <= 52) return "virtualization-tax";
  if (n <= 67) return "ai-wall";
  return "the-letter";
}

const attrs = (mdx: string, tag: string, attr: string) => [...mdx.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${attr}="([^"]+)"`, "g"))].map((m) => m[1]!);

describe.each(locales)("chapters in %s", (locale) => {
  const chapters = getChapters(locale);
  const reg = registry();

  it("share their slugs with English, so a language switch keeps the chapter", () => {
    expect(chapters.map((c) => c.slug)).toEqual(getChapters("en").map((c) => c.slug));
  });

  for (const chapter of chapters) {
    describe(chapter.slug, () => {
      it("compiles as MDX", async () => {
        await expect(compile(chapter.body)).resolves.toBeTruthy();
      });

      it("cites only registered figures, events, corrections and charts", () => {
        for (const id of [...attrs(chapter.body, "Fact", "id"), ...attrs(chapter.body, "Ratio", "of"), ...attrs(chapter.body, "Ratio", "over")]) {
          expect(reg.figures.has(id), `figure ${id}`).toBe(true);
        }
        for (const id of attrs(chapter.body, "Event", "id"))
          expect(
            reg.events.some((e) => e.id === id),
            `event ${id}`,
          ).toBe(true);
        for (const id of attrs(chapter.body, "Correction", "id"))
          expect(
            reg.corrections.some((c) => c.id === id),
            `correction ${id}`,
          ).toBe(true);
        for (const id of [...attrs(chapter.body, "Chart", "id"), ...attrs(chapter.body, "Scrolly", "chart")]) {
          expect([...chartIds, ...plannedCharts] as string[], `chart ${id}`).toContain(id);
        }
      });

      it("has no figure typed by hand: every quantity in prose is a <Fact>", () => {
        const prose = chapter.body.replace(/<[^>]+>/g, " ").replace(/^#+ .*$/gm, " ");
        // Years (1900–2099), dates and ordinal words may be written; amounts may not.
        const figures = [...prose.matchAll(/(?<![\w-])\d[\d,.]*\s*(%|亿|万|bn|million|billion|EFLOPS|PFLOPS|GB\/s|cores|核|GPUs?|orders|笔|秒|seconds?)/g)].map(
          (m) => m[0],
        );
        expect(figures).toEqual([]);
      });

      it("places every article fact that belongs to it", () => {
        const body = chapter.body;
        const missing = Object.entries(articleMap as Record<string, string[]>)
          .filter(([sid]) => /^S\d+$/.test(sid) && chapterOfArticleFact(sid) === chapter.slug)
          .filter(
            ([, ids]) =>
              !ids.some((ref) => {
                if (ref.startsWith("event:")) return attrs(body, "Event", "id").includes(ref.slice(6));
                if (ref.startsWith("correction:")) return attrs(body, "Correction", "id").includes(ref.slice(11));
                return attrs(body, "Fact", "id").includes(ref) || attrs(body, "Ratio", "of").includes(ref) || attrs(body, "Ratio", "over").includes(ref);
              }),
          )
          .map(([sid, ids]) => `${sid} → ${ids.join(" | ")}`);
        expect(missing).toEqual([]);
      });
    });
  }
});

describe("the article map", () => {
  it("covers S01–S68 and points only at things that exist", () => {
    const reg = registry();
    const map = articleMap as Record<string, string[]>;
    for (let n = 1; n <= 68; n++) {
      const sid = `S${String(n).padStart(2, "0")}`;
      expect(map[sid], sid).toBeDefined();
      for (const ref of map[sid]!) {
        const ok = ref.startsWith("event:")
          ? reg.events.some((e) => e.id === ref.slice(6))
          : ref.startsWith("correction:")
            ? reg.corrections.some((c) => c.id === ref.slice(11))
            : reg.figures.has(ref);
        expect(ok, `${sid} → ${ref}`).toBe(true);
      }
    }
  });
});

it("no chapter file exists for a locale that English lacks", () => {
  const en = new Set(fs.readdirSync(path.join("content", "chapters", "en")));
  for (const dir of ["zh-hans", "zh-hant"]) {
    const p = path.join("content", "chapters", dir);
    if (!fs.existsSync(p)) continue;
    for (const f of fs.readdirSync(p).filter((f) => f.endsWith(".mdx"))) expect(en.has(f), `${dir}/${f}`).toBe(true);
  }
});
