import { describe, expect, it } from "vitest";
import { parseChildId, parseEmbedState, parseTheme } from "@/lib/embed/state";

const caps = { steps: 5, scales: ["linear", "log"], years: [2009, 2010, 2016, 2022] };

describe("parseEmbedState", () => {
  it("keeps what the chart offers", () => {
    expect(parseEmbedState("?step=2&theme=dark&scale=log&year=2016", caps)).toEqual({ step: 2, theme: "dark", scale: "log", year: 2016 });
  });
  it("defaults to auto theme and nothing else", () => {
    expect(parseEmbedState("", caps)).toEqual({ theme: "auto" });
  });
  it("drops steps beyond the chart's, and anything that is not a plain integer", () => {
    for (const step of ["5", "-1", "1.0", "01", "1e0", "0x1", " 1", "NaN", "Infinity", "1e309", "99999999999"]) {
      expect(parseEmbedState(`?step=${encodeURIComponent(step)}`, caps).step, step).toBeUndefined();
    }
    expect(parseEmbedState("?step=0", caps).step).toBe(0);
    expect(parseEmbedState("?step=4", caps).step).toBe(4);
  });
  it("accepts a scale only where the chart has that control", () => {
    expect(parseEmbedState("?scale=log", { ...caps, scales: [] }).scale).toBeUndefined();
    expect(parseEmbedState("?scale=LOG", caps).scale).toBeUndefined();
    expect(parseEmbedState("?scale=sqrt", caps).scale).toBeUndefined();
  });
  it("accepts a year only in 2009–2025 and in the chart's data", () => {
    expect(parseEmbedState("?year=2011", caps).year).toBeUndefined();
    expect(parseEmbedState("?year=2008", { ...caps, years: [2008] }).year).toBeUndefined();
    expect(parseEmbedState("?year=2026", { ...caps, years: [2026] }).year).toBeUndefined();
    expect(parseEmbedState("?year=2022", caps).year).toBe(2022);
  });
  it("takes the first of repeated keys and ignores pym's and unknown keys", () => {
    expect(parseEmbedState("?step=1&step=3&theme=light&theme=dark", caps)).toEqual({ step: 1, theme: "light" });
    expect(parseEmbedState("?initialWidth=640&childId=ce&parentTitle=x&parentUrl=http%3A%2F%2Fa&__proto__=1&constructor=2", caps)).toEqual({ theme: "auto" });
  });
  it("unfolds sources and notes only for details=1", () => {
    expect(parseEmbedState("?details=1", caps).details).toBe(true);
    for (const v of ["0", "true", "yes", "", "1 "]) expect(parseEmbedState(`?details=${encodeURIComponent(v)}`, caps).details, v).toBeUndefined();
  });
  it("never returns a value the allow-list does not name", () => {
    const s = parseEmbedState('?theme="><script>&scale=javascript:alert(1)&year=<svg>', caps);
    expect(s).toEqual({ theme: "auto" });
  });
});

describe("parseTheme and parseChildId", () => {
  it("themes", () => {
    expect(parseTheme("dark")).toBe("dark");
    expect(parseTheme("Dark")).toBe("auto");
    expect(parseTheme(undefined)).toBe("auto");
  });
  it("child ids are safe element ids", () => {
    expect(parseChildId("?childId=chart-1_a")).toBe("chart-1_a");
    expect(parseChildId("?childId=a%20b")).toBeUndefined();
    expect(parseChildId(`?childId=${"a".repeat(65)}`)).toBeUndefined();
    expect(parseChildId('?childId="><img>')).toBeUndefined();
    expect(parseChildId("")).toBeUndefined();
  });
});
