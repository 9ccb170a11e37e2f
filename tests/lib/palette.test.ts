// The chart palette keeps its meaning for colour-blind readers: accent (the story), alarm (losses) and
// context (grey) stay clearly apart under simulated protanopia and deuteranopia (Machado et al. 2009,
// severity 1), in both themes, and marks keep enough contrast against the paper.
import { describe, expect, it } from "vitest";
import { palette } from "@/lib/export/standalone-svg";

type RGB = [number, number, number];
const hex = (h: string): RGB => {
  const m = h.trim().replace("#", "");
  return [0, 2, 4].map((i) => parseInt(m.slice(i, i + 2), 16) / 255) as RGB;
};
const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const mul = (m: number[][], v: RGB): RGB => m.map((r) => r[0]! * v[0] + r[1]! * v[1] + r[2]! * v[2]) as RGB;
const MACHADO = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};
function lab(linear: RGB): RGB {
  const [r, g, b] = linear.map((c) => Math.min(1, Math.max(0, c))) as RGB;
  const xyz = [0.4124 * r + 0.3576 * g + 0.1805 * b, 0.2126 * r + 0.7152 * g + 0.0722 * b, 0.0193 * r + 0.1192 * g + 0.9505 * b];
  const [x, y, z] = [xyz[0]! / 0.95047, xyz[1]!, xyz[2]! / 1.08883].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (841 / 108) * t + 4 / 29));
  return [116 * y! - 16, 500 * (x! - y!), 200 * (y! - z!)];
}
const deltaE = (a: RGB, b: RGB) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
const luminance = (c: RGB) => 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
const contrast = (a: RGB, b: RGB) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
};

describe.each(["light", "dark"] as const)("the %s chart palette", (theme) => {
  const p = palette(theme);
  const colours = { accent: hex(p.accent!), alarm: hex(p.alarm!), context: hex(p.context!) };
  const pairs = [
    ["accent", "alarm"],
    ["accent", "context"],
    ["alarm", "context"],
  ] as const;

  for (const [vision, matrix] of Object.entries(MACHADO)) {
    it(`keeps accent, alarm and context apart under ${vision}`, () => {
      const seen = Object.fromEntries(Object.entries(colours).map(([k, c]) => [k, lab(mul(matrix, c.map(lin) as RGB))])) as Record<keyof typeof colours, RGB>;
      for (const [a, b] of pairs) expect(deltaE(seen[a], seen[b]), `${a} vs ${b}`).toBeGreaterThan(15);
    });
  }

  it("gives marks at least 3:1 contrast against the paper", () => {
    for (const [name, c] of Object.entries(colours)) expect(contrast(c, hex(p.paper!)), name).toBeGreaterThanOrEqual(3);
  });
});
