import { describe, expect, it } from "vitest";
import { chartChangedOn, getSite } from "@/lib/content/site";
import { chapterOf } from "@/lib/embed/placement";
import { chartSteps } from "@/lib/embed/steps";

const record = (changelog: { date: string; charts?: string[] }[]) =>
  getSite({ publisher: "Cloud Expedition", firstPublished: "2026-11-28", changelog: changelog.map((e) => ({ ...e, en: "x", "zh-hans": "x" })) });

describe("chartChangedOn", () => {
  it("is undefined when no later entry lists the chart", () => {
    expect(chartChangedOn("timeline", record([{ date: "2026-11-28" }, { date: "2027-01-05", charts: ["elasticity"] }]))).toBeUndefined();
    expect(chartChangedOn("timeline", record([{ date: "2026-11-28", charts: ["timeline"] }]))).toBeUndefined();
  });
  it("is the latest later entry that lists the chart", () => {
    const r = record([
      { date: "2026-11-28", charts: ["timeline"] },
      { date: "2027-03-01", charts: ["timeline", "elasticity"] },
      { date: "2027-01-05", charts: ["timeline"] },
    ]);
    expect(chartChangedOn("timeline", r)).toBe("2027-03-01");
  });
});

describe("where a chart lives", () => {
  it("names the chapter that places each chart", () => {
    expect(chapterOf("en", "double11-traffic")?.slug).toBeTruthy();
    expect(chapterOf("zh-hant", "elasticity")?.slug).toBe(chapterOf("en", "elasticity")?.slug);
    expect(chapterOf("en", "no-such-chart")).toBeUndefined();
  });
  it("counts steps from the chart's copy file", () => {
    expect(chartSteps("double11-traffic")).toBe(5);
    expect(chartSteps("timeline")).toBe(0);
    expect(chartSteps("../package")).toBe(0);
  });
});
