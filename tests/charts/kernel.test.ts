// The chart kernel: text measuring, wrapping, label boxes, ticks, the scene → SVG tree, and the merge of a
// chart's states into one SVG with a table of changes.
import { describe, expect, it } from "vitest";
import { scaleLinear, scaleLog } from "d3-scale";
import { measure, wrap, truncate } from "@/lib/charts/text";
import { keepClear, overlaps, textBox, firstFit } from "@/lib/charts/labels";
import { decadeDomain, thinTicks, ticksOf, yAxis } from "@/lib/charts/axes";
import { group, line, rect, text, type Scene } from "@/lib/charts/scene";
import { sceneTree, toMarkup, withoutOff, type SvgNode } from "@/lib/charts/tree";
import { INNER, OFF, mergeStates } from "@/lib/charts/states";
import { allStates, stateId } from "@/lib/charts/state-id";
import { FRAMES, isPhone, minText } from "@/lib/charts/frames";

describe("measure and wrap", () => {
  it("measures Latin in the wider of Noto Sans and DejaVu Sans, and CJK as one em", () => {
    expect(measure("W", 10)).toBeCloseTo(9.89, 2); // DejaVu's W is wider than Noto's 9.3
    expect(measure("m", 10)).toBeCloseTo(9.74, 2);
    expect(measure("i", 10)).toBeCloseTo(2.78, 2);
    expect(measure("双11", 10)).toBeCloseTo(10 + 2 * 6.36, 2);
    expect(measure("abc", 10, 600)).toBeGreaterThan(measure("abc", 10));
    // A glyph outside the table falls back to 0.6 em, never to zero.
    expect(measure("ß", 10)).toBeCloseTo(6, 5);
  });

  it("wraps Latin at spaces and CJK between characters, never starting a line with closing punctuation", () => {
    expect(wrap("one two three four", measure("three four", 10), 10)).toEqual(["one two", "three four"]);
    const zh = wrap("支付宝离崩溃只差4秒，这是真的。", 10 * 5, 10);
    for (const l of zh) expect(l).not.toMatch(/^[，。]/);
    expect(zh.join("")).toBe("支付宝离崩溃只差4秒，这是真的。");
    for (const l of zh) expect(measure(l, 10)).toBeLessThanOrEqual(10 * 5 + 10);
  });

  it("truncates with an ellipsis to fit", () => {
    const t = truncate("Orders in the busiest second", 80, 12);
    expect(t.endsWith("…")).toBe(true);
    expect(measure(t, 12)).toBeLessThanOrEqual(80);
  });
});

describe("labels", () => {
  it("boxes text by anchor and rotation", () => {
    const b = textBox({ x: 100, y: 50, lines: ["abc"], size: 10, anchor: "end" });
    expect(b.x1).toBeCloseTo(100, 5);
    const r = textBox({ x: 100, y: 50, lines: ["abcdef"], size: 10, rotate: -90 });
    expect(r.y1 - r.y0).toBeCloseTo(measure("abcdef", 10), 5);
    expect(r.x1 - r.x0).toBeCloseTo(10, 5);
  });

  it("keeps labels in order of importance, dropping the ones that collide", () => {
    const a = text("a", 0, 10, "first label", 10);
    const b = text("b", 20, 10, "second", 10);
    const c = text("c", 0, 40, "third", 10);
    expect(keepClear([a, b, c]).map((l) => l.key)).toEqual(["a", "c"]);
    expect(firstFit([a, c], [textBox(a)])?.key).toBe("c");
    expect(overlaps(textBox(a), textBox(c))).toBe(false);
  });
});

describe("axes", () => {
  it("ticks a log scale at whole decades and keys every mark by its value", () => {
    const s = scaleLog()
      .domain(decadeDomain([3, 4500]))
      .range([100, 0]);
    expect(s.domain()).toEqual([1, 10000]);
    const ticks = ticksOf(s, 5, String, true);
    expect(ticks.map((t) => t.value)).toEqual([1, 10, 100, 1000, 10000]);
    const marks = yAxis(ticks, { key: "y", x0: 40, x1: 300, labelX: 36, size: 11, skipGridAt: 1 });
    expect(marks.map((m) => m.key)).toEqual([
      "y-label-1",
      "y-grid-10",
      "y-label-10",
      "y-grid-100",
      "y-label-100",
      "y-grid-1000",
      "y-label-1000",
      "y-grid-10000",
      "y-label-10000",
    ]);
  });

  it("thins crowded ticks but keeps the ones asked for", () => {
    const s = scaleLinear().domain([2009, 2022]).range([0, 200]);
    const ticks = Array.from({ length: 14 }, (_, i) => ({ value: 2009 + i, pos: s(2009 + i), label: String(2009 + i) }));
    const kept = thinTicks(ticks, 11, 4, (t) => t.value === 2020);
    expect(kept.length).toBeLessThan(14);
    expect(kept.map((t) => t.value)).toContain(2020);
    for (let i = 1; i < kept.length; i++) expect(kept[i]!.pos - kept[i - 1]!.pos).toBeGreaterThanOrEqual(measure("2009", 11) + 4 - 1e-9);
  });
});

const scene = (marks: Scene["marks"], title = "T"): Scene => ({ width: 100, height: 50, title, desc: "D", marks });

describe("scene → SVG tree", () => {
  it("writes the view contract: role, title and desc, data-point and tip attributes, data-year", () => {
    const tree = sceneTree(
      scene([
        rect("bar-2016", 10, 20, 5, 30, {
          className: "chart-mark",
          tip: { label: "2016: ¥120.7bn", title: "2016 · Sales", value: "¥120.7bn", source: "Xinhua", year: 2016, confidence: "low" },
        }),
      ]),
      "u",
    );
    const svg = toMarkup(tree);
    expect(tree.attrs.role).toBe("img");
    expect(tree.attrs["aria-labelledby"]).toBe("u-t u-d");
    expect(svg).toContain('<title id="u-t" data-k="$title">T</title>');
    expect(svg).toContain('<desc id="u-d" data-k="$desc">D</desc>');
    expect(svg).toMatch(
      /<rect data-k="bar-2016" class="chart-mark" x="10" y="20" width="5" height="30" data-point="" data-year="2016" data-label="2016: ¥120.7bn" data-tip-title="2016 · Sales" data-tip-value="¥120.7bn" data-tip-source="Xinhua" data-confidence="low">/,
    );
  });

  it("draws lines as paths and places text with a transform, so CSS transitions can animate both", () => {
    const svg = toMarkup(sceneTree(scene([line("l", 0, 1, 10, 1), text("t", 5, 6, ["a", "b"], 12, { rotate: -90 })]), "u"));
    expect(svg).toContain('<path data-k="l" d="M0 1L10 1">');
    expect(svg).toContain('transform="translate(5 6) rotate(-90)"');
    expect(svg).toContain('<tspan x="0">a</tspan><tspan x="0" dy="15">b</tspan>');
  });

  it("escapes text and attribute values", () => {
    const svg = toMarkup(sceneTree(scene([text("t", 0, 0, '<script>"&', 10)], "a<b"), "u"));
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;&quot;&amp;");
    expect(svg).toContain("a&lt;b");
  });
});

describe("mergeStates", () => {
  const tree = (marks: Scene["marks"], title = "T"): SvgNode => sceneTree(scene(marks, title), "u");
  const s0 = tree([rect("a", 0, 10, 5, 40), text("label-0", 0, 0, "zero", 10)], "Step 0");
  const s1 = tree([rect("a", 0, 30, 5, 20), rect("b", 10, 0, 5, 50)], "Step 1");

  it("keeps one element per key, drawn as in the shown state, others off", () => {
    const { tree: merged } = mergeStates(
      [
        { id: "0", tree: s0 },
        { id: "1", tree: s1 },
      ],
      "1",
    );
    const svg = toMarkup(merged);
    expect(svg.match(/data-k="a"/g)).toHaveLength(1);
    expect(svg).toMatch(/<rect data-k="a" x="0" y="30" width="5" height="20">/);
    expect(svg).toMatch(/<text data-k="label-0"[^>]*data-off=""/);
    expect(svg).not.toMatch(/data-k="b"[^>]*data-off/);
    // Order: the shown state's, with marks of other states after their predecessor.
    expect([...svg.matchAll(/data-k="(\w[\w-]*)"/g)].map((m) => m[1])).toEqual(["a", "label-0", "b"]);
  });

  it("tables what changes per state: attributes, absence and content", () => {
    const { states } = mergeStates(
      [
        { id: "0", tree: s0 },
        { id: "1", tree: s1 },
      ],
      "1",
    );
    expect(states["1"]).toEqual({});
    expect(states["0"]!.a).toEqual({ y: "10", height: "40" });
    expect(states["0"]!.b).toBe(0);
    expect(states["0"]!["label-0"]).toEqual({ [OFF]: null });
    expect(states["0"]!.$title).toEqual({ [INNER]: "Step 0" });
  });

  it("keeps a mark a layout draws off on purpose (a folded magnifier) off, with its own geometry", () => {
    const folded = tree([group("g", [rect("in", 0, 0, 5, 5)], { x: 50, y: 40, scale: 0.02, attrs: { [OFF]: "" } })]);
    const open = tree([group("g", [rect("in", 0, 0, 5, 5)], { x: 5, y: 5, scale: 1 })]);
    const { tree: merged, states } = mergeStates(
      [
        { id: "0", tree: folded },
        { id: "1", tree: open },
      ],
      "0",
    );
    expect(toMarkup(merged)).toMatch(/<g data-k="g" data-off="" transform="translate\(50 40\) scale\(0.02\)">/);
    expect(states["1"]!.g).toEqual({ transform: "translate(5 5) scale(1)", [OFF]: null });
    expect(toMarkup(withoutOff(merged))).not.toContain('data-k="g"');
  });

  it("fails loudly on a duplicate key, a key that changes element, or a frame that changes size", () => {
    expect(() => mergeStates([{ id: "0", tree: tree([rect("a", 0, 0, 1, 1), rect("a", 1, 1, 1, 1)]) }], "0")).toThrow(/two marks share the key "a"/);
    expect(() =>
      mergeStates(
        [
          { id: "0", tree: tree([rect("a", 0, 0, 1, 1)]) },
          { id: "1", tree: tree([text("a", 0, 0, "x", 10)]) },
        ],
        "0",
      ),
    ).toThrow(/mark "a" is a <text>/);
    const other = sceneTree({ ...scene([]), width: 200 }, "u");
    expect(() =>
      mergeStates(
        [
          { id: "0", tree: s0 },
          { id: "1", tree: other },
        ],
        "0",
      ),
    ).toThrow(/keeps one size/);
  });
});

describe("states and frames", () => {
  it("names states by step and the variants away from their defaults", () => {
    const defs = [{ name: "scale", values: ["linear", "log"], default: "linear" }];
    expect(stateId(2, { scale: "linear" }, defs)).toBe("2");
    expect(stateId(2, { scale: "log" }, defs)).toBe("2|scale=log");
    expect(stateId(undefined, {}, defs)).toBe("all");
    expect(allStates([0, 1], defs).map((s) => s.id)).toEqual(["0", "0|scale=log", "1", "1|scale=log"]);
  });

  it("sets type large enough for each frame: 11 px on a phone, 22 px on a 1080p slide", () => {
    expect(minText(FRAMES.narrow) * (358 / FRAMES.narrow.width)).toBeGreaterThanOrEqual(11);
    // A slide's chart is drawn about 1,200 px wide at 1920×1080 (the stage less its caption column).
    expect(minText(FRAMES.slide) * (1200 / FRAMES.slide.width)).toBeGreaterThanOrEqual(22);
    // On a handout at half an A4 landscape page (138 mm of 277): 7 pt or more.
    expect(minText(FRAMES.slide) * ((138 * 96) / 25.4 / FRAMES.slide.width) * 0.75).toBeGreaterThanOrEqual(7);
    // The wide frame is shown from a 600 px container.
    expect(minText(FRAMES.wide) * (600 / FRAMES.wide.width)).toBeGreaterThanOrEqual(11);
    // The pocket frame fills a deck's phone-view card, 356 px on a 390 px phone: 14 px, as the text around it.
    expect(minText(FRAMES.pocket) * (356 / FRAMES.pocket.width)).toBeGreaterThanOrEqual(14);
    expect(isPhone(FRAMES.pocket) && isPhone(FRAMES.narrow) && !isPhone(FRAMES.wide) && !isPhone(FRAMES.slide)).toBe(true);
  });
});
