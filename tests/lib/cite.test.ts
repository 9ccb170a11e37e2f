import { describe, expect, it } from "vitest";
import { citeChapter } from "@/lib/content/cite";

describe("cite this chapter", () => {
  it("names the site 雲端遠征 in Traditional (not 遠徵: the Traditional title must not be converted twice)", () => {
    const hant = citeChapter("zh-hant", "序章：規模", "https://example.org/zh-hant/prologue/");
    expect(hant).toContain("雲端遠征");
    expect(hant).not.toContain("遠徵");
    expect(hant).toContain("《序章：規模》");
    expect(hant).toContain("載於《雲端遠征：中國彈性計算十五年，2009–2025》。https://example.org/zh-hant/prologue/");
  });

  it("uses full-width punctuation around Chinese words, in both scripts", () => {
    for (const locale of ["zh-hans", "zh-hant"] as const) {
      const text = citeChapter(locale, "序章", "https://example.org/x/").replace(/https?:\/\/\S+/, "");
      expect(text, locale).not.toMatch(/[\u3400-\u9fff][,;:()]|[,;:()][\u3400-\u9fff]/);
    }
  });

  it("keeps the English form", () => {
    expect(citeChapter("en", "Prologue", "https://example.org/en/prologue/")).toMatch(
      /^.+\. \(\d{4}, .+\)\. Prologue\. In Cloud Expedition: Fifteen years of elastic computing in China, 2009–2025\. https:\/\/example\.org\/en\/prologue\/$/,
    );
  });
});
