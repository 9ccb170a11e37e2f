// The cold open's geometry: the line stops `margin` seconds before it would meet capacity, the levels sit
// where the registry's numbers put them, and no label runs off the drawing or into another.
import { describe, expect, it } from "vitest";
import { capacityOf, coldOpenLayout, labelBox, loadAt, planOf, type ColdOpenLabels, type ColdOpenNumbers } from "@/components/coldopen/layout";
import { COLD_OPEN_SIZES, coldOpenText } from "@/components/coldopen/ColdOpen";
import { locales } from "@/lib/i18n";

const numbers: ColdOpenNumbers = { surge: 3, headroom: 1, margin: 4, before: 0.6 };
const labels: ColdOpenLabels = {
  capacity: "Capacity: the plan plus 100%",
  plan: "The load Alipay planned for",
  normal: "A normal day’s peak",
  load: "Payments",
  stop: "4 seconds from collapse",
  midnight: "00:00",
};
const sizes = Object.values(COLD_OPEN_SIZES);

describe("the cold open's numbers", () => {
  it("puts capacity at the plan plus its headroom, where the headroom just covers the surge", () => {
    expect(planOf(numbers)).toBeCloseTo(1.5);
    expect(capacityOf(numbers)).toBeCloseTo(planOf(numbers) * (1 + numbers.headroom));
    expect(capacityOf(numbers)).toBe(numbers.surge);
  });

  it("is flat before midnight, climbs after it, and stays under capacity", () => {
    expect(loadAt(-1, numbers)).toBe(numbers.before);
    expect(loadAt(0, numbers)).toBeCloseTo(numbers.before);
    let last = loadAt(0, numbers);
    for (let t = 1; t <= 12; t++) {
      const v = loadAt(t, numbers);
      expect(v).toBeGreaterThan(last);
      expect(v).toBeLessThan(capacityOf(numbers));
      last = v;
    }
  });

  it("stops where its tangent meets capacity exactly `margin` seconds later", () => {
    for (const margin of [2, 4, 7]) {
      const n = { ...numbers, margin };
      const g = coldOpenLayout(n, labels, sizes[0]!);
      const t = g.stopSeconds;
      const slope = (loadAt(t + 1e-4, n) - loadAt(t - 1e-4, n)) / 2e-4;
      expect(loadAt(t, n) + slope * margin).toBeCloseTo(capacityOf(n), 6);
      // In the drawing: the projection runs from the stop to the capacity line.
      expect(g.contact.y).toBeCloseTo(g.levels.capacity);
      expect(g.stop.y).toBeGreaterThan(g.levels.capacity);
      expect(g.contact.x).toBeGreaterThan(g.stop.x);
      expect(g.contact.x).toBeLessThanOrEqual(g.plot.x1);
    }
  });

  it("refuses numbers it cannot draw", () => {
    expect(() => coldOpenLayout({ ...numbers, margin: 0 }, labels, sizes[0]!)).toThrow();
    expect(() => coldOpenLayout({ ...numbers, surge: 0.5 }, labels, sizes[0]!)).toThrow();
  });
});

describe.each(locales)("the cold open's labels in %s", (locale) => {
  const text = coldOpenText(locale);
  it.each(sizes)("fit the drawing and keep clear of each other ($width × $height)", (size) => {
    const g = coldOpenLayout(text.numbers, text.labels, size);
    const shown = Object.entries(g.labels).filter((e): e is [string, NonNullable<(typeof e)[1]>] => e[1] !== null);
    const boxes = shown.map(([k, l]) => [k, labelBox(l, k === "capacity" || k === "stop" || k === "load" ? 600 : 400)] as const);
    for (const [k, b] of boxes) {
      expect(b.x0, k).toBeGreaterThanOrEqual(0);
      expect(b.x1, k).toBeLessThanOrEqual(size.width + 0.5);
      expect(b.y0, k).toBeGreaterThanOrEqual(0);
      expect(b.y1, k).toBeLessThanOrEqual(size.height);
    }
    // No label sits on the load line (its points, before and after midnight).
    const points = [...`${g.before}${g.climb}`.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
    expect(points.length).toBeGreaterThan(40);
    for (const [k, b] of boxes) {
      const hit = points.find((p) => p.x > b.x0 - 2 && p.x < b.x1 + 2 && p.y > b.y0 - 2 && p.y < b.y1 + 2);
      expect(hit, `${k} on the line`).toBeUndefined();
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [ka, a] = boxes[i]!;
        const [kb, b] = boxes[j]!;
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlap, `${ka} × ${kb}`).toBe(false);
      }
  });

  it("fills every number from the registry", () => {
    const all = [text.title, text.desc, text.caption, text.coverCaption, text.method, ...Object.values(text.labels)].join(" ");
    expect(all).not.toMatch(/\{\w+\}/);
    expect(text.title).toContain(text.vars.margin);
    expect(text.caption).toContain(text.vars.surge);
    expect(text.caption).toContain(text.vars.headroom);
  });
});
