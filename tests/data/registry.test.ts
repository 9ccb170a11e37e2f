import { describe, expect, it } from "vitest";
import path from "node:path";
import { loadRegistry } from "@/lib/data/registry";
import { DatasetError } from "@/lib/data/load";

describe("the project's data registry", () => {
  it("loads every dataset, source and fact without a problem", () => {
    const reg = loadRegistry();
    expect(reg.datasets.size).toBeGreaterThan(0);
    expect(reg.sources.size).toBeGreaterThan(0);
    expect(reg.figures.size).toBeGreaterThan(0);
  });

  it("resolves every source id used by a figure", () => {
    const reg = loadRegistry();
    for (const figure of reg.figures.values()) {
      for (const id of figure.source) expect(reg.sources.has(id), `${figure.id} → ${id}`).toBe(true);
    }
  });
});

describe("a malformed dataset", () => {
  const broken = path.join(import.meta.dirname, "..", "fixtures", "broken-data");
  const problems = (() => {
    try {
      loadRegistry(broken);
    } catch (error) {
      if (error instanceof DatasetError) return error.problems;
      throw error;
    }
    return [];
  })();

  it("fails with the file, line and field of a bad number", () => {
    expect(problems).toContain('tests/fixtures/broken-data/series/double11.csv:4 field "value": expected a number, got "abc"');
  });

  it("names a bad confidence level", () => {
    expect(problems).toContain('tests/fixtures/broken-data/series/double11.csv:5 field "confidence": expected one of high, medium, low, got "certain"');
  });

  it("names a source id that the bibliography does not have", () => {
    expect(problems).toContain(
      'tests/fixtures/broken-data/series/double11.csv:3 field "source": unknown source id "nowhere" (not in tests/fixtures/broken-data/sources/)',
    );
  });

  it("names a row with the wrong number of cells", () => {
    expect(problems.some((p) => p.startsWith("tests/fixtures/broken-data/series/double11.csv:6: expected 5 cells"))).toBe(true);
  });

  it("names a bad year", () => {
    expect(problems).toContain('tests/fixtures/broken-data/series/double11.csv:7 field "year": expected a four-digit year, got "20x4"');
  });

  it("names an unknown unit in a fact", () => {
    expect(problems).toContain('tests/fixtures/broken-data/facts.json fact "bad-unit" field "unit": unknown unit "parsecs"');
  });
});
