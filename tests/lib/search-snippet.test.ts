import { describe, expect, it } from "vitest";
import { buildSnippet, displayWidth, foldQuery, indexedWords, wholeSnippets, type ResultData } from "@/lib/search/snippet";

// Pagefind's indexed text for a segmented language: words separated by U+200B, Latin words keep their space.
const zws = (...words: string[]) => words.join("\u200B");
const at = (...locations: number[]) => locations.map((location) => ({ location, weight: 1 }));

describe("indexedWords", () => {
  it("splits Chinese on U+200B and joins with nothing, other text on whitespace and joins with a space", () => {
    expect(indexedWords(zws("2010", "年", "双", "11"))).toEqual({ words: ["2010", "年", "双", "11"], joiner: "" });
    expect(indexedWords("The first Double 11")).toEqual({ words: ["The", "first", "Double", "11"], joiner: " " });
  });
});

describe("foldQuery and displayWidth", () => {
  it("folds case, width, spaces and punctuation", () => {
    expect(foldQuery("Double 11")).toBe("double11");
    expect(foldQuery("ＤＯＵＢＬＥ　１１")).toBe("double11");
    expect(foldQuery("“双11”")).toBe("双11");
  });
  it("counts a CJK character as two columns", () => {
    expect(displayWidth("双11")).toBe(4);
    expect(displayWidth("雙十一，")).toBe(8);
  });
});

describe("buildSnippet", () => {
  // 原文称，2010年双11淘宝单日成交19.5亿元。记录显示：未找到出处。
  const words = [
    "原文",
    "称",
    "，",
    "2010",
    "年",
    "双",
    "11",
    "淘",
    "宝",
    "单",
    "日成",
    "交",
    "19.5",
    "亿",
    "元",
    "。",
    "记录",
    "显示",
    "：",
    "未",
    "找到",
    "出",
    "处",
    "。",
  ];

  it("never ends between 双 and 11, and marks the query as one piece", () => {
    // Pagefind's 12-word window ending at 双 ("…原文称，2010年双") is what this replaces.
    const s = buildSnippet(words, "", at(5, 6), "双11", 0, words.length, { width: 30 })!;
    expect(s.excerpt).toContain("<mark>双11</mark>");
    expect(s.plain).toContain("双11");
    expect(s.excerpt).not.toMatch(/双…|双<\/mark>$/);
  });

  it("starts and ends on sentence boundaries when they fit", () => {
    const s = buildSnippet(words, "", at(5, 6), "双11", 0, words.length, { width: 40 })!;
    expect(s.plain).toBe("原文称，2010年双11淘宝单日成交19.5亿元。");
  });

  it("falls back to clause boundaries, then to whole words, with an ellipsis where it cuts a sentence", () => {
    // The sentence is 42 columns: it starts after the comma, and ends after the last whole word that fits.
    const s = buildSnippet(words, "", at(5, 6), "双11", 0, words.length, { width: 22 })!;
    expect(s.excerpt).toBe("…2010年<mark>双11</mark>淘宝单日成交…");
    expect(s.plain).toBe("…2010年双11淘宝单日成交…");
  });

  it("prefers a match of the whole query over a lone part of it, and running text over a heading", () => {
    // 装进口袋的双11. 2016年11月11日，双11成交额…
    const w = ["装进", "口袋", "的", "双", "11", ". ", "2016", "年", "11", "月", "11", "日", "，", "双", "11", "成交", "额", "。"];
    const located = [{ location: 3, weight: 6 }, { location: 4, weight: 6 }, ...at(8, 10, 13, 14)];
    const s = buildSnippet(w, "", located, "双11", 6, w.length, { width: 60 })!;
    expect(s.excerpt).toBe("2016年11月11日，<mark>双11</mark>成交额。");
  });

  it("marks each matched word when no run spells the whole query", () => {
    const w = ["2016", "年", "11", "月", "11", "日", "。"];
    expect(buildSnippet(w, "", at(2, 4), "双11")!.excerpt).toBe("2016年<mark>11</mark>月<mark>11</mark>日。");
  });

  it("works on whitespace-separated text, with the mark hugging the words", () => {
    const w = indexedWords("Chapter one. On 11 November 2009, Taobao Mall held its first Double 11 sale. It took ¥52m.").words;
    const s = buildSnippet(w, " ", at(2, 11, 12), "Double 11", 0, w.length, { width: 70 })!;
    expect(s.excerpt).toBe("On 11 November 2009, Taobao Mall held its first <mark>Double 11</mark> sale.");
  });

  it("marks only the query's characters when Pagefind's word is longer", () => {
    // Pagefind keeps "11，2009" as one word; the timeline writes "Double 11:".
    expect(buildSnippet(["双", "11，2009", "–", "2022", "年", "。"], "", at(0, 1), "双11")!.excerpt).toBe("<mark>双11</mark>，2009–2022年。");
    const w = indexedWords("The first Double 11: Taobao Mall sells ¥52m in a day.").words;
    expect(buildSnippet(w, " ", at(2, 3), "double 11")!.excerpt).toBe("The first <mark>Double 11</mark>: Taobao Mall sells ¥52m in a day.");
  });

  it("cuts a long sentence at a word rather than keep a clause too short to read", () => {
    const w = indexedWords("The Double 11 sale has just opened, and shoppers across China who waited up for it are all pressing pay at once.").words;
    const s = buildSnippet(w, " ", at(1, 2), "Double 11", 0, w.length, { width: 80 })!;
    expect(s.plain).toMatch(/^The Double 11 sale has just opened, and shoppers .*…$/);
    expect(s.excerpt.startsWith("The <mark>Double 11</mark> sale")).toBe(true);
  });

  it("treats a semicolon as a clause, not a sentence", () => {
    const w = indexedWords("Reported by BGR; Nikkei Asia. Discussed in chapter 1: Two totals for Double 11 2010.").words;
    const s = buildSnippet(w, " ", at(11, 12), "Double 11", 0, w.length, { width: 60 })!;
    expect(s.plain).toBe("Discussed in chapter 1: Two totals for Double 11 2010.");
  });

  it("keeps inside the range it is given and returns null without a match there", () => {
    expect(buildSnippet(words, "", at(5, 6), "双11", 16, words.length)).toBeNull();
    const s = buildSnippet(words, "", at(5, 6), "双11", 3, 16, { width: 200 })!;
    expect(s.plain).toBe("2010年双11淘宝单日成交19.5亿元。");
  });
});

describe("wholeSnippets", () => {
  it("rewrites the page excerpt and each sub-result's excerpt within its section, after its heading", () => {
    const words = [
      "计算",
      "搬上",
      "云",
      "端",
      ". ",
      "零点",
      "的",
      "支付",
      "宝",
      ". ",
      "2010",
      "年",
      "双",
      "11",
      "开场",
      "。",
      "越来越",
      "陡",
      "的",
      "曲线",
      ". ",
      "双",
      "11",
      "的",
      "曲线",
      "还",
      "在",
      "往上走",
      "。",
    ];
    const data: ResultData = {
      raw_content: words.join("\u200B"),
      locations: [12, 13, 21, 22],
      weighted_locations: at(12, 13, 21, 22),
      excerpt: "2010年<mark>双</mark>",
      anchors: [
        { element: "h2", id: "zero-hour", text: "零点的支付宝", location: 5 },
        { element: "h2", id: "steeper", text: "越来越陡的曲线", location: 16 },
        { element: "p", id: "fact-1", location: 12 },
      ],
      sub_results: [
        {
          url: "/zh-hans/to-the-cloud/#zero-hour",
          anchor: { element: "h2", id: "zero-hour", text: "零点的支付宝", location: 5 },
          locations: [12, 13],
          excerpt: "年<mark>双</mark>",
        },
        {
          url: "/zh-hans/to-the-cloud/#steeper",
          anchor: { element: "h2", id: "steeper", text: "越来越陡的曲线", location: 16 },
          locations: [21, 22],
          excerpt: "<mark>双</mark>",
        },
      ],
    };
    const out = wholeSnippets(data, "双11");
    expect(out.excerpt).toContain("<mark>双11</mark>");
    expect(out.sub_results![0]!.excerpt).toBe("2010年<mark>双11</mark>开场。");
    expect(out.sub_results![1]!.excerpt).toBe("<mark>双11</mark>的曲线还在往上走。");
  });

  it("quotes the heading when the only match in a section is in its heading", () => {
    const words = ["装进", "口袋", "的", "双", "11", ". ", "2016", "年", "。"];
    const anchor = { element: "h2", id: "pocket", text: "装进口袋的双11", location: 0 };
    const data: ResultData = {
      raw_content: words.join("\u200B"),
      locations: [3, 4],
      excerpt: "",
      anchors: [anchor],
      sub_results: [{ anchor, locations: [3, 4], excerpt: "" }],
    };
    expect(wholeSnippets(data, "双11").sub_results![0]!.excerpt).toBe("装进口袋的<mark>双11</mark>. 2016年。");
  });

  it("leaves a result without indexed text as Pagefind made it", () => {
    const data = { locations: [1], excerpt: "as is" } as ResultData;
    expect(wholeSnippets(data, "x").excerpt).toBe("as is");
  });
});
