// Chart ids are permanent: embed codes in other people's pages point at them. A published id must stay in
// the registry, every chart in the registry must be listed once it ships, and the changelog may only name
// published charts.
import { describe, expect, it } from "vitest";
import published from "@/content/published-charts.json";
import site from "@/content/site.json";
import { chartIds } from "@/components/charts/registry";
import { chartUpdated, getSite } from "@/lib/content/site";

describe("published chart ids", () => {
  it("no published chart id has disappeared from the registry", () => {
    for (const id of published.charts) expect(chartIds, `chart "${id}" was published; its embeds would break`).toContain(id);
  });

  it("every chart in the registry is in the published list", () => {
    for (const id of chartIds) expect(published.charts, `add "${id}" to content/published-charts.json`).toContain(id);
  });

  it("the changelog validates, and naming an unknown chart fails", () => {
    expect(() => getSite()).not.toThrow();
    const bad = { ...site, changelog: [...site.changelog, { date: "2027-01-01", en: "x", "zh-hans": "x", charts: ["no-such-chart"] }] };
    expect(() => getSite(bad)).toThrow(/changelog\.\d+\.charts\.0: unknown chart id "no-such-chart"/);
  });

  it("a chart's update date is the newest changelog entry that names it", () => {
    const data = getSite({
      ...site,
      changelog: [
        { date: "2027-01-01", en: "a", "zh-hans": "a", charts: ["timeline"] },
        { date: "2027-03-01", en: "b", "zh-hans": "b", charts: ["timeline", "elasticity"] },
      ],
    });
    expect(chartUpdated("timeline", data)).toBe("2027-03-01");
    expect(chartUpdated("cloud-revenue", data)).toBe(site.firstPublished);
  });
});
