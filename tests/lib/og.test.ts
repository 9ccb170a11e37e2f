// The Open Graph card's decoration stays under its words: a reader of a shared link sees the summary whole.
import { describe, expect, it } from "vitest";
import { ogSvg, type OgCard } from "@/lib/og";

const colors = { paper: "#fff", ink: "#000", muted: "#555", accent: "#25c", alarm: "#c52" };
const long =
  "At midnight on 11 November 2010, a payment system came within seconds of collapse. By 2025 the world was forecast to spend more on cloud computing than America spent on the Moon.";

describe("ogSvg", () => {
  it.each([
    ["en", "The scale of it", long],
    ["en", "A title long enough to need a second line on the card, and then some more", long],
    ["zh-hans", "规模有多大", "2010年双11零点，支付宝险些被涌来的付款压垮。如今，全世界一年砸进机房的钱，够再登一次月。这笔钱究竟买来了什么？"],
    ["en", "Short", "One line."],
  ] as const)("%s %s: the sparkline and its dot lie below the last line of text", (locale, title, summary) => {
    const card: OgCard = { locale, kicker: "1 · Prologue · 2025", title, summary, site: "Cloud Expedition", colors };
    const svg = ogSvg(card);
    const baselines = [...svg.matchAll(/<text x="80" y="([\d.]+)" font-size="(\d+)"/g)].map((m) => Number(m[1]) + Number(m[2]) * 0.3);
    const textBottom = Math.max(...baselines);
    const d = svg.match(/<path d="([^"]+)"/)![1]!;
    const ys = [...d.matchAll(/(\d+(?:\.\d+)?) (\d+(?:\.\d+)?)/g)].map((m) => Number(m[2]));
    expect(ys.length).toBeGreaterThan(8);
    expect(Math.min(...ys) - 3, `path top against text bottom ${textBottom}`).toBeGreaterThan(textBottom);
    expect(Math.max(...ys)).toBeLessThanOrEqual(630);
    const cy = Number(svg.match(/<circle cx="600" cy="([\d.]+)" r="10"/)![1]);
    expect(cy - 10).toBeGreaterThan(textBottom);
  });
});
