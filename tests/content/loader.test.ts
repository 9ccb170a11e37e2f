import { describe, expect, it } from "vitest";
import path from "node:path";
import { extractHeadings, getChapters, readingMinutes } from "@/lib/content/chapters";

const root = path.join(import.meta.dirname, "..", "fixtures", "chapters");

describe("the chapter loader", () => {
  it("derives Traditional from Simplified with OpenCC and the overrides", () => {
    const beta = getChapters("zh-hant", root).find((c) => c.slug === "beta")!;
    expect(beta.origin).toBe("derived");
    expect(beta.title).toBe("第二章");
    expect(beta.body).toContain("記憶體和網路都在雲上");
    expect(beta.headings[0]!.text).toBe("行動網際網路");
  });

  it("lets a hand-written Traditional file win over the derived one", () => {
    const alpha = getChapters("zh-hant", root).find((c) => c.slug === "alpha")!;
    expect(alpha.origin).toBe("written");
    expect(alpha.title).toBe("親手寫的第一章");
  });

  it("reads the number and slug from the file name and years as text, even a bare year", () => {
    const [alpha, beta] = getChapters("en", root);
    expect([alpha!.number, alpha!.slug, alpha!.years]).toEqual([1, "alpha", "2009"]);
    expect(beta!.years).toBe("2010–2011");
  });

  it("computes reading time from visible words, not tags", () => {
    expect(readingMinutes("word ".repeat(460), "en")).toBe(2);
    expect(readingMinutes(`${'<Fact id="x"/> '.repeat(500)}word`, "en")).toBe(1);
    expect(readingMinutes("字".repeat(1200), "zh-hans")).toBe(3);
  });

  it("gives headings the ids rehype-slug gives them, in Chinese too", () => {
    expect(extractHeadings("## Four seconds\n\n## 四秒钟\n\n## Four seconds")).toEqual([
      { depth: 2, text: "Four seconds", id: "four-seconds" },
      { depth: 2, text: "四秒钟", id: "四秒钟" },
      { depth: 2, text: "Four seconds", id: "four-seconds-1" },
    ]);
  });
});
