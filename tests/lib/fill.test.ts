import { describe, expect, it } from "vitest";
import { around, fill } from "@/lib/fill";

describe("fill and around", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(fill("Read it in {chapter}", { chapter: "2 · To the cloud" })).toBe("Read it in 2 · To the cloud");
    expect(fill("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });
  it("cuts a template around its one placeholder", () => {
    expect(around("Next chapter: {chapter}", "chapter")).toEqual(["Next chapter: ", ""]);
    expect(around("详见{chapter}一章", "chapter")).toEqual(["详见", "一章"]);
  });
  it("throws when a translation drops the placeholder or doubles it, so the build fails", () => {
    expect(() => around("Next chapter", "chapter")).toThrow(/must hold \{chapter\} exactly once/);
    expect(() => around("{chapter} {chapter}", "chapter")).toThrow(/exactly once/);
  });
});
