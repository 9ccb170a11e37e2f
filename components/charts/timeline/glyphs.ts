// Each theme's shape, so colour is never the only cue: a path centred on (x, y) for a radius. Absolute
// coordinates with the same commands at every position, so a moving mark animates its `d`. Pure.
import type { EventTheme } from "@/lib/data/schema";
import { r1 } from "@/lib/charts/scene";

const n = (v: number) => String(r1(v));

export function glyph(theme: EventTheme, cx: number, cy: number, r: number): string {
  // From a rounded centre, so a shape stays symmetric once its points are rounded to tenths.
  const x = r1(cx);
  const y = r1(cy);
  const p = (dx: number, dy: number) => `${n(x + r1(dx * r))} ${n(y + r1(dy * r))}`;
  switch (theme) {
    case "platform": {
      const a = r1(0.87 * r);
      return `M${n(x + a)} ${n(y)}A${n(a)} ${n(a)} 0 1 1 ${n(x - a)} ${n(y)}A${n(a)} ${n(a)} 0 1 1 ${n(x + a)} ${n(y)}Z`;
    }
    case "traffic":
      return `M${p(0, -1.02)}L${p(0.98, 0.69)}L${p(-0.98, 0.69)}Z`;
    case "virtualization":
      return `M${p(0, -1.07)}L${p(0.98, 0)}L${p(0, 1.07)}L${p(-0.98, 0)}Z`;
    case "ai":
      return `M${p(-0.78, -0.78)}L${p(0.78, -0.78)}L${p(0.78, 0.78)}L${p(-0.78, 0.78)}Z`;
    case "market": {
      const a = 0.33;
      const b = 0.95;
      return `M${p(-a, -b)}L${p(a, -b)}L${p(a, -a)}L${p(b, -a)}L${p(b, a)}L${p(a, a)}L${p(a, b)}L${p(-a, b)}L${p(-a, a)}L${p(-b, a)}L${p(-b, -a)}L${p(-a, -a)}Z`;
    }
  }
}
