import { describe, expect, it } from "vitest";
import { formatDateValue, formatFigure, formatNumber } from "@/lib/data/format";

describe("formatFigure(money) writes yuan the way each language does", () => {
  it("191亿元 in Simplified, 191億元 in Traditional, ¥19.1bn in English", () => {
    expect(formatFigure(191, "cny-100m", "zh-hans")).toBe("191亿元");
    expect(formatFigure(191, "cny-100m", "zh-hant")).toBe("191億元");
    expect(formatFigure(191, "cny-100m", "en")).toBe("¥19.1bn");
  });

  it("keeps the stored precision in Chinese (2684.44亿元) and newsroom precision in English (¥268.4bn, ¥1.95bn)", () => {
    expect(formatFigure(2684.44, "cny-100m", "zh-hans")).toBe("2684.44亿元");
    expect(formatFigure(2684.44, "cny-100m", "en")).toBe("¥268.4bn");
    expect(formatFigure(19.5, "cny-100m", "en")).toBe("¥1.95bn");
    expect(formatFigure(350.19, "cny-100m", "en")).toBe("¥35bn");
  });

  it("uses 万 below 亿 and millions in English: 5200万元 and ¥52m", () => {
    expect(formatFigure(0.52, "cny-100m", "zh-hans")).toBe("5200万元");
    expect(formatFigure(0.52, "cny-100m", "en")).toBe("¥52m");
    expect(formatFigure(9.36, "cny-100m", "en")).toBe("¥936m");
  });

  it("dollars: $463.7bn and 4637亿美元", () => {
    expect(formatFigure(463.7, "usd-bn", "en")).toBe("$463.7bn");
    expect(formatFigure(463.7, "usd-bn", "zh-hans")).toBe("4637亿美元");
  });

  it("trillions: ¥3.1tn and 3.1万亿元", () => {
    expect(formatFigure(3.1, "cny-trillion", "en")).toBe("¥3.1tn");
    expect(formatFigure(3.1, "cny-trillion", "zh-hans")).toBe("3.1万亿元");
  });
});

describe("formatFigure(counts) follows each language's convention", () => {
  it("583,000 orders a second and 58.3万笔/秒", () => {
    expect(formatFigure(583000, "orders-per-second", "en")).toBe("583,000 orders a second");
    expect(formatFigure(583000, "orders-per-second", "zh-hans")).toBe("58.3万笔/秒");
    expect(formatFigure(583000, "orders-per-second", "zh-hant")).toBe("58.3萬筆/秒");
  });

  it("uses singular and plural in English", () => {
    expect(formatFigure(1, "month", "en")).toBe("1 month");
    expect(formatFigure(4, "second", "en")).toBe("4 seconds");
    expect(formatFigure(4, "second", "zh-hans")).toBe("4秒");
  });

  it("writes no thousands separator in Chinese below 万: 5760块GPU", () => {
    expect(formatFigure(5760, "gpu", "zh-hans")).toBe("5760块GPU");
    expect(formatFigure(5760, "gpu", "en")).toBe("5,760 GPUs");
    expect(formatFigure(10000, "gpu", "zh-hans")).toBe("1万块GPU");
    expect(formatFigure(24576, "gpu", "zh-hans")).toBe("24576块GPU");
    expect(formatFigure(200000, "gpu", "zh-hans")).toBe("20万块GPU");
  });

  it("writes large counts in words in English: 120 million people, 1.2亿人", () => {
    expect(formatFigure(1.2, "people", "en")).toBe("120 million people");
    expect(formatFigure(1.2, "people", "zh-hans")).toBe("1.2亿人");
  });

  it("rounds away float noise: 253 million people, 2.53亿人", () => {
    expect(formatFigure(2.53, "people", "en")).toBe("253 million people");
    expect(formatFigure(0.6329, "people", "en")).toBe("63.29 million people");
    expect(formatFigure(2.53, "people", "zh-hans")).toBe("2.53亿人");
  });

  it("collapses a range whose ends are equal: 37.5%, not 37.5–37.5%", () => {
    expect(formatFigure({ min: 37.5, max: 37.5 }, "percent", "en")).toBe("37.5%");
  });

  it("percentages and ranges", () => {
    expect(formatFigure(37.5, "percent", "en")).toBe("37.5%");
    expect(formatFigure({ min: 10, max: 50 }, "percent", "en")).toBe("10–50%");
    expect(formatFigure({ min: 10, max: 50 }, "percent", "zh-hans")).toBe("10至50%");
  });
});

describe("formatNumber and formatDateValue", () => {
  it("groups English digits and compacts Chinese ones", () => {
    expect(formatNumber(1460, "en")).toBe("1,460");
    expect(formatNumber(1460, "zh-hans")).toBe("1460");
    expect(formatNumber(51600, "zh-hans")).toBe("5.16万");
  });

  it("dates: 28 July 2011 / 2011年7月28日; months and years", () => {
    expect(formatDateValue("2011-07-28", "en")).toBe("28 July 2011");
    expect(formatDateValue("2011-07-28", "zh-hans")).toBe("2011年7月28日");
    expect(formatDateValue("2017-10", "en")).toBe("October 2017");
    expect(formatDateValue("2017-10", "zh-hant")).toBe("2017年10月");
    expect(formatDateValue("2009", "en")).toBe("2009");
  });
});
