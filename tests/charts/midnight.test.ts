import { describe, expect, it } from "vitest";
import path from "node:path";
import copyFile from "@/content/charts/midnight.json";
import { FRAMES, minText, type FrameId } from "@/lib/charts/frames";
import { inside, overlaps, textBox } from "@/lib/charts/labels";
import { sceneTree, toMarkup } from "@/lib/charts/tree";
import { mergeStates } from "@/lib/charts/states";
import { layoutMidnight } from "@/components/charts/midnight/layout";
import type { MidnightInput } from "@/components/charts/midnight/scales";
import { STEP_COUNT, WINDOW, clockText } from "@/components/charts/midnight/steps";
import { midnightInput } from "@/components/charts/midnight/spec";
import { demandCurve, forecast2010, MIDNIGHT } from "@/components/charts/elasticity/model";
import { expectSvgSnapshot } from "./snapshot";
import { all, boxIn, expectContract, mark, shown, texts } from "./scene-helpers";

// A fixed fixture (the model's curve for the reported figures), so the snapshots change only when the
// layout does, not when the registry is revised.
const surge = 3;
const headroom = 1;
const { demand } = demandCurve({ surge });
const input: MidnightInput = {
  load: Array.from({ length: WINDOW.to - WINDOW.from + 1 }, (_, i) => ({ minute: WINDOW.from + i, value: demand[MIDNIGHT + WINDOW.from + i]! })),
  surge,
  headroom,
  forecast: forecast2010(surge, headroom),
  capacity: forecast2010(surge, headroom) * (1 + headroom),
  seconds: 4,
  year: 2010,
  sources: ["fixture"],
};
const locales = ["en", "zh-hans"] as const;
const lay = (frame: FrameId, step?: number, locale: (typeof locales)[number] = "en") =>
  layoutMidnight(input, { frame: FRAMES[frame], locale, step, publisher: "Fixture" }, locale === "en" ? copyFile.en : copyFile["zh-hans"]);
const isOn = (scene: ReturnType<typeof lay>, key: string) => shown(scene).some((m) => m.key === key);

describe("midnight: the contract in every frame, step and language", () => {
  for (const frame of ["narrow", "wide", "slide"] as const)
    for (const locale of locales)
      for (const step of [undefined, ...Array.from({ length: STEP_COUNT }, (_, k) => k)])
        it(`${frame} ${locale} step ${step ?? "all"}: title, tips, text sizes, labels inside and apart`, () => {
          const scene = lay(frame, step, locale);
          expectContract(scene, minText(FRAMES[frame]), `${frame} ${locale} ${step}`);
          const bounds = { x0: 0, y0: 0, x1: scene.width, y1: scene.height };
          const words = texts(scene);
          for (const t of words) expect(inside(textBox(t), bounds), `${t.key} "${t.lines.join(" ")}" inside`).toBe(true);
          // Tick labels of one axis sit in a row; everything else keeps apart from everything.
          for (let i = 0; i < words.length; i++)
            for (let j = i + 1; j < words.length; j++)
              expect(overlaps(textBox(words[i]!), textBox(words[j]!)), `${words[i]!.key} / ${words[j]!.key}`).toBe(false);
        });
});

describe("midnight: steps are states of one plot", () => {
  it("keeps every mark's key in every step, so the curtain and the now line slide rather than being replaced", () => {
    const keys = (s?: number) => all(lay("wide", s)).map((m) => m.key).filter((k) => !k.startsWith("clock-") && !k.startsWith("date-"));
    for (let s = 1; s < STEP_COUNT; s++) expect(keys(s)).toEqual(keys(0));
    const states = mergeStates(
      Array.from({ length: STEP_COUNT }, (_, s) => ({ id: String(s), tree: sceneTree(lay("wide", s), "m") })),
      String(STEP_COUNT - 1),
    );
    expect(Object.keys(states.states).length).toBeGreaterThan(0);
  });

  it("reveals the night step by step: the curtain starts at 23:59, stops just after midnight, then opens fully", () => {
    const x = (s: number) => mark(lay("wide", s), "curtain", "rect").x;
    const g = (m: number) => {
      const scene = lay("wide", 3);
      const cap = mark(scene, "capacity", "line");
      return cap.x1 + ((m - WINDOW.from) / (WINDOW.to - WINDOW.from)) * (cap.x2 - cap.x1);
    };
    expect(x(0)).toBeCloseTo(g(-1), 5);
    expect(x(1)).toBeCloseTo(g(1), 5);
    expect(x(2)).toBeCloseTo(g(1), 5);
    expect(mark(lay("wide", 3), "curtain", "rect").width).toBeLessThanOrEqual(2);
    expect(isOn(lay("wide", 3), "now")).toBe(false);
  });

  it("shows the clock reaching midnight: 23:59, then 00:00 (in alarm colour at the near miss), then 01:30", () => {
    expect(isOn(lay("wide", 0), "clock-2359")).toBe(true);
    expect(isOn(lay("wide", 1), "clock-0000")).toBe(true);
    expect(mark(lay("wide", 2), "clock-0000", "text").className).toContain("alarm");
    expect(isOn(lay("wide", 3), `clock-${clockText(WINDOW.to).replace(":", "")}`)).toBe(true);
  });

  it("draws the surge just under the capacity line, and rings the gap at the near miss only", () => {
    const scene = lay("narrow", 2);
    const cap = mark(scene, "capacity", "line").y1;
    const surgeDot = mark(scene, "surge", "circle");
    expect(surgeDot.cy).toBeGreaterThan(cap);
    expect(surgeDot.cy - cap).toBeLessThan(10);
    expect(isOn(scene, "ring")).toBe(true);
    expect(isOn(lay("narrow", 1), "ring")).toBe(false);
    expect(isOn(lay("narrow", 0), "surge")).toBe(false);
    expect(mark(scene, "callout-margin", "text").lines.join(" ")).toContain("4 seconds");
    expect(mark(lay("narrow", 2, "zh-hans"), "callout-margin", "text").lines.join("")).toContain("4秒");
  });

  it("hides the points not yet reached, so the keyboard never lands on the future", () => {
    const at = (s: number) => shown(lay("wide", s)).filter((m) => m.key.startsWith("point-")).map((m) => m.key);
    expect(at(0)).toEqual(["point--60", "point--30"]);
    expect(at(3)).toEqual(["point--60", "point--30", "point-30", "point-60", "point-90"]);
  });

  it("fills the idle capacity only once the rush has passed, with its callout inside it", () => {
    expect(isOn(lay("wide", 2), "idle")).toBe(false);
    const scene = lay("wide", 3);
    expect(isOn(scene, "idle")).toBe(true);
    const label = boxIn(scene, "callout-ebb");
    const cap = mark(scene, "capacity", "line").y1;
    expect(label.y0).toBeGreaterThan(cap);
  });

  it("takes its numbers from the registry: a surge of 3×, a 100% margin, four seconds", () => {
    const real = midnightInput();
    expect(real.surge).toBe(3);
    expect(real.headroom).toBe(1);
    expect(real.seconds).toBe(4);
    expect(real.capacity).toBeCloseTo(3, 10);
    expect(real.sources).toEqual(["thepaper-2017"]);
  });
});

describe("midnight snapshots", () => {
  const dir = path.join(import.meta.dirname, "__snapshots__");
  for (const frame of ["wide", "narrow", "slide"] as const)
    for (let step = 0; step < STEP_COUNT; step++)
      it(`draws the ${frame} frame at step ${step} deterministically`, () => {
        expectSvgSnapshot(toMarkup(sceneTree(lay(frame, step), "midnight")), path.join(dir, `midnight-${frame}-step${step}.svg`));
      });
  it("draws the narrow frame in Chinese deterministically", () => {
    expectSvgSnapshot(toMarkup(sceneTree(lay("narrow", 2, "zh-hans"), "midnight")), path.join(dir, "midnight-narrow-zh-step2.svg"));
  });
});
