// Reading a chart's scene in tests: marks by key, by prefix, and the view contract every chart keeps.
import { expect } from "vitest";
import { walk, type Mark, type Scene, type TextMark } from "@/lib/charts/scene";
import { overlaps, textBox, type Box } from "@/lib/charts/labels";

export const all = (scene: Scene) => [...walk(scene.marks)];
export function mark<T extends Mark["type"]>(scene: Scene, key: string, type?: T): Extract<Mark, { type: T }> {
  const m = all(scene).find((x) => x.key === key);
  if (!m) throw new Error(`no mark "${key}" in the scene`);
  if (type && m.type !== type) throw new Error(`mark "${key}" is a ${m.type}, not a ${type}`);
  return m as Extract<Mark, { type: T }>;
}
export const has = (scene: Scene, key: string) => all(scene).some((m) => m.key === key);
export const byPrefix = (scene: Scene, prefix: string) => all(scene).filter((m) => m.key.startsWith(prefix));
/** Marks drawn (not off), as a reader sees the state. */
export const shown = (scene: Scene) => [...walkShown(scene.marks)];
function* walkShown(marks: Mark[]): Generator<Mark> {
  for (const m of marks) {
    if (m.attrs && "data-off" in m.attrs) continue;
    yield m;
    if (m.type === "group") yield* walkShown(m.children);
  }
}
export const texts = (scene: Scene) => shown(scene).filter((m): m is TextMark => m.type === "text");

/** The box of a path's points (absolute and relative moves, lines, arcs by their end and radius). */
export function pathBox(d: string): Box {
  const xs: number[] = [];
  const ys: number[] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MLHVAZmlhvz])([^MLHVAZmlhvz]*)/g)) {
    const n = args!
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const relative = cmd === "m" || cmd === "l" || cmd === "h" || cmd === "v";
    if (cmd === "M" || cmd === "L" || cmd === "m" || cmd === "l")
      for (let i = 0; i < n.length; i += 2) {
        x = relative ? x + n[i]! : n[i]!;
        y = relative ? y + n[i + 1]! : n[i + 1]!;
        xs.push(x);
        ys.push(y);
      }
    if (cmd === "H" || cmd === "h") {
      x = relative ? x + n[0]! : n[0]!;
      xs.push(x);
      ys.push(y);
    }
    if (cmd === "V" || cmd === "v") {
      y = relative ? y + n[0]! : n[0]!;
      ys.push(y);
      xs.push(x);
    }
    if (cmd === "A") {
      x = n[5]!;
      y = n[6]!;
      xs.push(x);
      ys.push(y - n[0]!, y + n[0]!);
    }
  }
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** Absolute box of a mark inside groups (groups translate; folded groups are not shown). */
export function boxIn(scene: Scene, key: string): Box {
  const path: Mark[] = [];
  const find = (marks: Mark[]): boolean => {
    for (const m of marks) {
      path.push(m);
      if (m.key === key) return true;
      if (m.type === "group" && find(m.children)) return true;
      path.pop();
    }
    return false;
  };
  if (!find(scene.marks)) throw new Error(`no mark "${key}"`);
  let dx = 0;
  let dy = 0;
  for (const g of path.slice(0, -1))
    if (g.type === "group") {
      dx += g.x ?? 0;
      dy += g.y ?? 0;
    }
  const m = path.at(-1)!;
  const b =
    m.type === "text"
      ? textBox(m)
      : m.type === "rect"
        ? { x0: m.x, y0: m.y, x1: m.x + m.width, y1: m.y + m.height }
        : m.type === "circle"
          ? { x0: m.cx - m.r, y0: m.cy - m.r, x1: m.cx + m.r, y1: m.cy + m.r }
          : m.type === "line"
            ? { x0: Math.min(m.x1, m.x2), y0: Math.min(m.y1, m.y2), x1: Math.max(m.x1, m.x2), y1: Math.max(m.y1, m.y2) }
            : m.type === "path"
              ? pathBox(m.d)
              : { x0: 0, y0: 0, x1: 0, y1: 0 };
  return { x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy };
}

/**
 * The view contract every chart keeps, whatever its state: a title and description, inspectable marks with
 * a label that names their year and a tooltip with a value and a source, unique keys, and no text smaller
 * than the frame allows.
 */
export function expectContract(scene: Scene, minSize: number, name = "") {
  expect(scene.title, `${name} title`).not.toBe("");
  expect(scene.desc, `${name} desc`).not.toBe("");
  const keys = all(scene).map((m) => m.key);
  expect(new Set(keys).size, `${name} keys are unique`).toBe(keys.length);
  const tips = shown(scene).filter((m) => m.tip);
  expect(tips.length, `${name} inspectable marks`).toBeGreaterThan(0);
  for (const m of tips) {
    expect(m.tip!.label, `${name} ${m.key} label`).not.toBe("");
    expect(m.tip!.title, `${name} ${m.key} title`).not.toBe("");
    expect(m.tip!.value, `${name} ${m.key} value`).not.toBe("");
    expect(m.tip!.source ?? "", `${name} ${m.key} source`).not.toBe("");
  }
  for (const t of texts(scene)) expect(t.size, `${name} ${t.key} "${t.lines.join(" ")}"`).toBeGreaterThanOrEqual(minSize);
  for (const s of [scene.title, scene.desc, ...texts(scene).flatMap((t) => t.lines)]) {
    expect(s, name).not.toMatch(/\{\w+\}/);
    // A placeholder filled with nothing leaves two spaces where its value was ("the  that"). Chinese has no
    // spaces to give it away: expectFilled checks the values themselves.
    expect(s, `${name}: a placeholder came out empty`).not.toMatch(/\S {2,}\S/);
  }
}

/**
 * Every placeholder a chart's copy names has a value that is not empty: fill() leaves an unknown `{name}` in
 * place (which expectContract catches) but writes an empty value as nothing, which only this catches.
 */
export function expectFilled(templates: string[], vars: Record<string, string | number>, name = "") {
  for (const t of templates) {
    for (const [, key] of t.matchAll(/\{(\w+)\}/g)) expect(String(vars[key!] ?? ""), `${name} {${key}} in "${t.slice(0, 60)}…"`).not.toBe("");
  }
}

/** Every mark given (by default every text drawn) lies inside the SVG, to within half a unit. */
export function expectInside(scene: Scene, name = "", marks: Mark[] = texts(scene)) {
  for (const m of marks) {
    const b = boxIn(scene, m.key);
    const what = `${name}: ${m.type === "text" ? `${m.key} "${m.lines.join(" ")}"` : m.key}`;
    expect(b.x0, what).toBeGreaterThanOrEqual(-0.5);
    expect(b.x1, what).toBeLessThanOrEqual(scene.width + 0.5);
    expect(b.y0, what).toBeGreaterThanOrEqual(-0.5);
    expect(b.y1, what).toBeLessThanOrEqual(scene.height + 0.5);
  }
}

/** No two of the boxes overlap (closer than `gap`; a negative gap lets them touch). */
export function expectApart(boxes: { key: string; box: Box }[], name = "", gap = 0) {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!.box, boxes[j]!.box, gap), `${name}: ${boxes[i]!.key} × ${boxes[j]!.key}`).toBe(false);
}
