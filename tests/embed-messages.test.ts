import { describe, expect, it } from "vitest";
import { resizeMessages } from "@/lib/embed/messages";

describe("resizeMessages", () => {
  it("speaks our format, AMP and Embedly, with the height rounded up", () => {
    const [ours, amp, embedly, ...rest] = resizeMessages({ chart: "timeline", height: 812.2, href: "https://x.test/en/embed/timeline/" });
    expect(ours).toEqual({ type: "cloud-expedition:resize", chart: "timeline", height: 813 });
    expect(amp).toEqual({ sentinel: "amp", type: "embed-size", height: 813 });
    expect(JSON.parse(embedly as string)).toEqual({ src: "https://x.test/en/embed/timeline/", context: "iframe.resize", height: 813 });
    expect(rest).toEqual([]);
  });
  it("adds pym.js v1 when the URL carries a childId", () => {
    expect(resizeMessages({ chart: "c", height: 500, href: "h", childId: "ce" }).at(-1)).toBe("pymxPYMxcexPYMxheightxPYMx500");
  });
});
