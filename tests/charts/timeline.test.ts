import { describe, expect, it } from "vitest";
import path from "node:path";
import { FRAMES, minText, type FrameId } from "@/lib/charts/frames";
import { overlaps, textBox, type Box } from "@/lib/charts/labels";
import type { Scene, TextMark } from "@/lib/charts/scene";
import { sceneTree, toMarkup } from "@/lib/charts/tree";
import { eventThemes } from "@/lib/data/schema";
import { definitionOf } from "@/components/charts/definitions";
import { brushModeAt, brushRange, clampRange, timePoint, yearAt, yearScale } from "@/components/charts/timeline/model";
import { DOMAIN, THEMES, defaultView, shownCount, type TimelineView } from "@/components/charts/timeline/input";
import { layoutTimeline, layoutTimelineParts } from "@/components/charts/timeline/layout";
import { laneGeometry, QUARTERS_FROM } from "@/components/charts/timeline/geometry";
import { layoutBrush, brushGeometry } from "@/components/charts/timeline/brush";
import { pack } from "@/components/charts/timeline/pack";
import { medianYear, shortDate } from "@/components/charts/timeline/text";
import { noOrphan } from "@/components/charts/timeline/list";
import { timelineData } from "@/components/charts/timeline/spec";
import { chapterName, getChapter } from "@/lib/content/chapters";
import { timelineIslandProps } from "@/components/charts/timeline";
import { expectSvgSnapshot } from "./snapshot";
import { all, byPrefix, expectContract, mark, pathBox, shown, texts } from "./scene-helpers";
import { fixture, rows, type Lang } from "./timeline-fixture";

const input = fixture("en");
const view = (o: Partial<TimelineView> = {}): TimelineView => ({ ...defaultView(input), ...o });
const lay = (frame: FrameId, o: Partial<TimelineView> = {}, lang: Lang = "en") => layoutTimeline(fixture(lang), FRAMES[frame], view(o));
const on = (s: Scene, key: string) => shown(s).some((m) => m.key === key);
const FRAME_IDS: FrameId[] = ["narrow", "wide", "slide", "pocket"];
const VIEWS: [string, Partial<TimelineView>][] = [
  ["all years", {}],
  ["2013–2017", { range: { from: 2013, to: 2017 } }],
  ["2022 alone", { range: { from: 2022, to: 2022 } }],
  ["2009–2012 without traffic and market", { range: { from: 2009, to: 2012 }, hidden: ["traffic", "market"] }],
  ["cursor on 2016", { cursor: 2016 }],
];

const glyphBox = (s: Scene, key: string) => pathBox((mark(s, key, "path") as { d: string }).d);
const centre = (b: Box) => ({ x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 });

/** No shown text overlaps another or an event's glyph, and every text stays inside the frame. */
function expectClear(s: Scene, name = "") {
  const boxes = texts(s).map((t) => ({ key: t.key, box: textBox(t) }));
  for (const { key, box } of boxes)
    expect(box.x0 >= -0.5 && box.x1 <= s.width + 0.5 && box.y0 >= -0.5 && box.y1 <= s.height + 0.5, `${name} ${key} inside`).toBe(true);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!.box, boxes[j]!.box), `${name} ${boxes[i]!.key} / ${boxes[j]!.key}`).toBe(false);
  const glyphs = shown(s).filter((m) => m.type === "path" && m.tip);
  for (const t of boxes) for (const gm of glyphs) expect(overlaps(t.box, glyphBox(s, gm.key)), `${name} ${t.key} / ${gm.key}`).toBe(false);
}

describe("timeline: time maths (runs in the browser)", () => {
  it("places a dated event in the middle of its day, a month-only one mid-month, a year-only one mid-year", () => {
    expect(timePoint("2011-07-28").at).toBeCloseTo(2011 + 208.5 / 365, 6);
    expect(timePoint("2017-10").at).toBeCloseTo(2017 + (273 + 304) / 2 / 365, 6);
    expect(timePoint("2009")).toEqual({ at: 2009.5, precision: "year", year: 2009 });
    expect(timePoint("2016-12-31").at).toBeCloseTo(2016 + 365.5 / 366, 6);
  });
  it("maps a range of whole years onto the axis and back: a linear time scale", () => {
    const x = yearScale({ from: 2013, to: 2018 }, 100, 700);
    expect(x(2013)).toBe(100);
    expect(x(2019)).toBe(700);
    expect(yearAt({ from: 2013, to: 2018 }, 100, 700, 400)).toBe(2016);
  });
  it("keeps a brushed range inside the domain and at least one year long", () => {
    expect(clampRange({ from: 2030, to: 2040 }, DOMAIN)).toEqual({ from: 2025, to: 2025 });
    expect(brushRange("start", { from: 2013, to: 2017 }, 2013, 2019.6, DOMAIN)).toEqual({ from: 2017, to: 2017 });
    expect(brushRange("end", { from: 2013, to: 2017 }, 2018, 2021.2, DOMAIN)).toEqual({ from: 2013, to: 2020 });
    expect(brushRange("move", { from: 2013, to: 2017 }, 2015, 2030, DOMAIN)).toEqual({ from: 2021, to: 2025 });
    expect(brushRange("new", DOMAIN, 2013.3, 2017.6, DOMAIN)).toEqual({ from: 2013, to: 2017 });
    expect(brushRange("new", DOMAIN, 2017.6, 2013.3, DOMAIN)).toEqual({ from: 2013, to: 2017 });
  });
  it("grabs a handle near an edge, the window inside it, and draws a new window when the window is the whole domain", () => {
    expect(brushModeAt(102, 100, 300)).toBe("start");
    expect(brushModeAt(295, 100, 300)).toBe("end");
    expect(brushModeAt(200, 100, 300)).toBe("move");
    expect(brushModeAt(200, 100, 300, { full: true })).toBe("new");
    expect(brushModeAt(50, 100, 300)).toBe("new");
  });
  it("keeps the lanes in the registry's order of themes", () => {
    expect([...THEMES]).toEqual([...eventThemes]);
  });
});

describe("timeline: lanes (wide) for several brush ranges", () => {
  const full = lay("wide");
  const g = laneGeometry(input, FRAMES.wide, DOMAIN);

  it("puts each event at its date on the axis, and the event before the domain in its own column left of a break", () => {
    const x = yearScale(DOMAIN, g.x0, g.x1);
    expect(centre(glyphBox(full, "ev-on-sale")).x).toBeCloseTo(x(timePoint("2011-07-28").at), 0);
    expect(centre(glyphBox(full, "ev-early")).x).toBeCloseTo(g.early!.x, 0);
    expect(g.early!.x1).toBeLessThan(g.x0);
    expect(mark(full, "early-tick", "text").lines).toEqual(["2006"]);
    expect(on(full, "early-break")).toBe(true);
  });

  it("draws a bar across the year under an event known only by its year", () => {
    const x = yearScale(DOMAIN, g.x0, g.x1);
    const span = pathBox((mark(full, "span-letter", "path") as { d: string }).d);
    expect(span.x0).toBeCloseTo(x(2013), 0);
    expect(span.x1).toBeCloseTo(x(2014), 0);
    expect(centre(glyphBox(full, "ev-letter")).x).toBeCloseTo(x(2013.5), 0);
    expect(byPrefix(full, "span-").map((m) => m.key)).toEqual(["span-work-begins", "span-letter", "span-hardware"]);
  });

  it("stacks one lane per theme, each event in its theme's lane", () => {
    const laneY = (t: string) => (mark(full, `lane-${t}`, "text") as TextMark).y;
    const ys = THEMES.map(laneY);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    for (const [id, , theme] of rows) {
      const y = centre(glyphBox(full, `ev-${id}`)).y;
      const i = THEMES.indexOf(theme);
      expect(y, id).toBeGreaterThan(ys[i]! - 1);
      if (i + 1 < THEMES.length) expect(y, id).toBeLessThan(ys[i + 1]!);
    }
  });

  it("zoomed to 2013–2017: the axis spans those years, events outside fold off to its edges, the early column empties", () => {
    const z = lay("wide", { range: { from: 2013, to: 2017 } });
    const gz = laneGeometry(input, FRAMES.wide, { from: 2013, to: 2017 });
    expect(gz.x0).toBe(g.x0);
    expect(gz.x1).toBe(g.x1);
    expect(centre(glyphBox(z, "ev-cluster")).x).toBeCloseTo(g.x0 + ((timePoint("2013-08-15").at - 2013) / 5) * (g.x1 - g.x0), 0);
    for (const id of ["cluster", "letter", "rival-region", "hardware", "unveiled", "rival-card"]) expect(on(z, `ev-${id}`), id).toBe(true);
    for (const id of ["early", "founded", "near-miss", "on-sale", "profit", "results"]) expect(on(z, `ev-${id}`), id).toBe(false);
    expect(centre(glyphBox(z, "ev-on-sale")).x).toBeCloseTo(g.x0, 0);
    expect(centre(glyphBox(z, "ev-profit")).x).toBeCloseTo(g.x1, 0);
    expect(on(z, "early-tick") || on(z, "early-break")).toBe(false);
    expect(
      texts(z)
        .filter((t) => t.key.startsWith("tick-"))
        .map((t) => t.lines[0]),
    ).toEqual(["2013", "2014", "2015", "2016", "2017"]);
    expect(shownCount(input, view({ range: { from: 2013, to: 2017 } }))).toBe(6);
  });

  it("labels every n years counted from the domain's first, so labels keep their place while brushing", () => {
    const labelled = (s: Scene) =>
      texts(s)
        .filter((t) => t.key.startsWith("tick-"))
        .map((t) => Number(t.lines[0]));
    const a = labelled(full);
    expect(a[0]).toBe(2009);
    expect(a.at(-1)).toBe(2025);
    const b = labelled(lay("wide", { range: { from: 2010, to: 2025 } }));
    expect(b.every((y) => a.includes(y))).toBe(true);
  });

  it("draws quarter lines only once a year is wide enough: never at the full range, so never in a download", () => {
    expect(byPrefix(full, "quarter-").length).toBe(17 * 3);
    expect(shown(full).some((m) => m.key.startsWith("quarter-"))).toBe(false);
    const one = lay("wide", { range: { from: 2022, to: 2022 } });
    expect(laneGeometry(input, FRAMES.wide, { from: 2022, to: 2022 }).ppy).toBeGreaterThan(QUARTERS_FROM * FRAMES.wide.type.tick);
    expect(
      shown(one)
        .filter((m) => m.key.startsWith("quarter-"))
        .map((m) => m.key),
    ).toEqual(["quarter-2022-1", "quarter-2022-2", "quarter-2022-3"]);
  });

  it("keeps its height while brushing (a lane has the rows the whole domain needs), and folds a hidden theme's lane", () => {
    for (const [name, v] of VIEWS.filter(([, v]) => !v.hidden)) expect(lay("wide", v).height, name).toBe(full.height);
    const hidden = lay("wide", { hidden: ["traffic"] });
    expect(hidden.height).toBeLessThan(full.height);
    expect(on(hidden, "lane-traffic") || on(hidden, "ev-near-miss") || on(hidden, "ev-first-sale")).toBe(false);
    // The lanes below move up by the folded lane's height.
    const dy = (mark(full, "lane-ai", "text") as TextMark).y - (mark(hidden, "lane-ai", "text") as TextMark).y;
    expect(dy).toBeCloseTo(full.height - hidden.height, 5);
    expect(centre(glyphBox(full, "ev-chatbot")).y - centre(glyphBox(hidden, "ev-chatbot")).y).toBeCloseTo(dy, 0);
  });

  it("gives a landmark its direct label beside it, and drops the label (never the mark) when a lane has no room", () => {
    const label = mark(full, "label-founded", "text") as TextMark;
    const b = glyphBox(full, "ev-founded");
    expect(label.lines).toEqual(["Cloud founded"]);
    expect(label.y).toBeCloseTo(centre(b).y, 5);
    expect(label.anchor === "end" ? label.x < b.x0 : label.x > b.x1).toBe(true);
    const p = pack(
      [
        { id: "a", x0: 0, x1: 10, label: 50 },
        { id: "b", x0: 20, x1: 30, label: 50 },
      ],
      { gap: 2, labelGap: 3, left: 0, right: 200, maxRows: 1 },
    );
    expect(p.rows).toBe(1);
    expect(p.slots.get("a")!.label).toEqual({ side: "right", x: 13 });
    expect(p.slots.get("b")!.label).toBeNull();
  });

  it("draws the cursor's band for any year on the layout without a cursor, exactly as a layout with that cursor (the island redraws only the band)", () => {
    const years = [null, input.domain.from - 1, ...Array.from({ length: input.domain.to - input.domain.from + 1 }, (_, i) => input.domain.from + i)];
    for (const frame of FRAME_IDS)
      for (const o of [{}, { range: { from: 2013, to: 2017 } }, { hidden: ["traffic" as const] }]) {
        const parts = layoutTimelineParts(input, FRAMES[frame], view(o));
        for (const cursor of years) {
          const swapped = { ...parts.scene, marks: parts.scene.marks.map((m) => (m.key === "cursor" ? parts.cursor(cursor) : m)) };
          expect(toMarkup(sceneTree(swapped, "t")), `${frame} ${JSON.stringify(o)} cursor ${cursor}`).toBe(
            toMarkup(sceneTree(lay(frame, { ...o, cursor }), "t")),
          );
        }
      }
  });

  it("marks the cursor's year with a band across the lanes, and nothing for a year outside the range", () => {
    const c = lay("wide", { cursor: 2016 });
    const band = mark(c, "cursor", "rect");
    expect(on(c, "cursor")).toBe(true);
    expect(band.x).toBeCloseTo(g.x(2016), 5);
    expect(band.width).toBeCloseTo(g.ppy, 5);
    expect(on(lay("wide", { cursor: 2016, range: { from: 2020, to: 2025 } }), "cursor")).toBe(false);
    expect(on(full, "cursor")).toBe(false);
  });

  it("orders the inspectable marks by date across lanes (the order the arrow keys walk), in every view", () => {
    for (const frame of ["wide", "slide"] as FrameId[]) {
      const years = all(lay(frame))
        .filter((m) => m.tip)
        .map((m) => timePoint(rows.find((r) => `ev-${r[0]}` === m.key)![1]).at);
      expect(years).toEqual([...years].sort((a, b) => a - b));
    }
  });
});

describe("timeline: the list (narrow)", () => {
  const list = lay("narrow");
  const y = (s: Scene, key: string) => (mark(s, key) as TextMark).y;

  it("lists every event under its year in date order, events known only by the year first", () => {
    const order = all(list)
      .filter((m) => m.key.startsWith("title-"))
      .sort((a, b) => (a as TextMark).y - (b as TextMark).y)
      .map((m) => m.key.slice(6));
    expect(order.slice(0, 6)).toEqual(["early", "work-begins", "founded", "first-sale", "beta", "near-miss"]);
    expect(y(list, "year-2009")).toBeLessThan(y(list, "title-work-begins"));
    expect(y(list, "year-2010")).toBeGreaterThan(y(list, "title-beta"));
    expect(mark(list, "date-letter", "text").lines).toEqual(["year only"]);
    expect(on(list, "break")).toBe(true);
  });

  it("wraps titles to the column and never runs past the frame", () => {
    for (const t of texts(list)) expect(textBox(t).x1, t.key).toBeLessThanOrEqual(FRAMES.narrow.width);
    expect(texts(lay("narrow", {}, "zh-hans")).every((t) => textBox(t).x1 <= FRAMES.narrow.width)).toBe(true);
  });

  it("shortens for a range: rows outside fold away, the years with nothing shown go, the list gets shorter", () => {
    const z = lay("narrow", { range: { from: 2020, to: 2025 } });
    expect(z.height).toBeLessThan(list.height);
    expect(on(z, "year-2013") || on(z, "title-cluster") || on(z, "break")).toBe(false);
    expect(on(z, "year-2022") && on(z, "title-chip")).toBe(true);
    expect(y(z, "year-2022")).toBeLessThan(y(list, "year-2022"));
  });

  it("keys its glyphs at its head, in every view: nothing moves when the island starts", () => {
    for (const [name, o] of VIEWS)
      expect(
        THEMES.every((t) => on(lay("narrow", o), `legend-${t}`)),
        name,
      ).toBe(true);
  });

  it("marks the cursor's year across its heading and events", () => {
    const c = lay("narrow", { cursor: 2013 });
    const band = mark(c, "cursor", "rect");
    expect(on(c, "cursor")).toBe(true);
    expect(band.y).toBeLessThan(y(c, "year-2013"));
    expect(band.y + band.height).toBeGreaterThan(y(c, "title-rival-region"));
    expect(band.y + band.height).toBeLessThan(y(c, "year-2016"));
  });
});

describe("timeline: the brush strip (a control, not part of the picture)", () => {
  it("lines the strip up under the wide axis and draws the window over the range, with its years under the handles", () => {
    const g = laneGeometry(input, FRAMES.wide, DOMAIN);
    const b = brushGeometry(input, FRAMES.wide);
    expect([b.x0, b.x1]).toEqual([g.x0, g.x1]);
    const s = layoutBrush(input, FRAMES.wide, view({ range: { from: 2013, to: 2017 } }));
    const w = mark(s, "window", "rect");
    expect(w.x).toBeCloseTo(g.x(2013), 5);
    expect(w.x + w.width).toBeCloseTo(g.x(2018), 5);
    expect(mark(s, "from", "text").lines).toEqual(["2013"]);
    expect(mark(s, "to", "text").lines).toEqual(["2017"]);
    expect(textBox(mark(s, "from", "text")).x1).toBeLessThan(textBox(mark(s, "to", "text")).x0);
    const one = layoutBrush(input, FRAMES.narrow, view({ range: { from: 2016, to: 2016 }, hidden: ["ai"] }));
    expect(on(one, "to")).toBe(false);
    expect(on(one, "ticks-ai")).toBe(false);
    expect(on(one, "ticks-virtualization")).toBe(true);
  });

  it("is not in the chart's scene: no handles, window or quarter lines in what the page, slide and downloads draw", () => {
    for (const frame of FRAME_IDS) {
      const keys = shown(lay(frame)).map((m) => m.key);
      expect(
        keys.some((k) => /^(handle|window|veil|quarter)/.test(k)),
        frame,
      ).toBe(false);
    }
  });
});

describe("timeline: contract, collisions and identity in every frame, language and view", () => {
  for (const frame of FRAME_IDS)
    for (const lang of ["en", "zh-hans"] as Lang[])
      for (const [name, v] of VIEWS) {
        const s = lay(frame, v, lang);
        const label = `${frame} ${lang} ${name}`;
        it(`${label}: keeps the view contract at the frame's type sizes`, () => {
          expectContract(s, minText(FRAMES[frame]), label);
          for (const m of shown(s).filter((m) => m.tip)) expect(m.attrs?.["data-href"], m.key).toMatch(/#event-/);
        });
        it(`${label}: no text overlaps another or a mark, and all of it stays inside the frame`, () => expectClear(s));
        it(`${label}: has the same marks as the default view, so the island only moves and fades elements`, () => {
          const keys = (x: Scene) => all(x).map((m) => m.key);
          expect(keys(s)).toEqual(keys(lay(frame, {}, lang)));
        });
      }
  it("with the registry's events too, in every frame and language: the contract, and nothing collides", () => {
    for (const locale of ["en", "zh-hans", "zh-hant"] as const)
      for (const frame of FRAME_IDS) {
        const s = definitionOf("timeline")!.spec(locale, {}, FRAMES[frame]).scene;
        expectContract(s, minText(FRAMES[frame]), `${locale} ${frame}`);
        expectClear(s, `${locale} ${frame}`);
      }
  }, 30_000); // 12 full layouts of ~90 events each: seconds on a loaded 2-core machine
  it("fits a slide: as wide as the frame, no taller", () => {
    expect(lay("slide").height).toBeLessThanOrEqual(FRAMES.slide.height);
    expect(layoutTimeline(timelineData("en").input, FRAMES.slide).height).toBeLessThanOrEqual(FRAMES.slide.height);
  });
});

describe("timeline: the spec, from the registry", () => {
  const def = definitionOf("timeline")!;

  it("is registered on the kernel, and its words name figures computed from the events", () => {
    expect(def.id).toBe("timeline");
    const spec = def.spec("en", {}, FRAMES.wide);
    expect(spec.title).toMatch(/^\d+ events, 2009–2025/);
    expect(spec.title).not.toMatch(/\{\w+\}/);
    expect(spec.subtitle).toContain("2009–2025");
    expect(spec.sources.length).toBeGreaterThan(10);
    expect(spec.notes.some((n) => n.includes("2006"))).toBe(true);
    const zh = def.spec("zh-hans", {}, FRAMES.wide);
    expect(zh.title).toMatch(/^2009至2025年的\d+个事件/);
  });

  it("tables every event with its date, theme and publishers, in the registry's order", () => {
    const d = timelineData("en");
    expect(d.table.rows).toHaveLength(d.input.events.length);
    expect(d.table.columns.map((c) => c.key)).toEqual(["date", "event", "theme", "source"]);
    expect(d.table.rows[0]).toMatchObject({ event: d.input.events[0]!.title });
    expect(d.table.rows.find((r) => r.date?.includes("date approximate"))).toBeDefined();
  });

  it("writes each event's tooltip and announcement, with why a mark is hollow and where to read it", () => {
    const d = timelineData("en");
    const low = d.input.events.find((e) => e.confidence === "low")!;
    expect(low.tip.note).toMatch(/Low confidence/);
    expect(low.tip.label).toContain("(Uncertain: treat as a lead)");
    const linked = d.input.events.find((e) => e.href)!;
    expect(linked.href).toMatch(/^(\/[\w-]+)*\/en\/[a-z-]+\/#event-[a-z0-9-]+$/);
    // The chapter is named as the header names it ("1 · Prologue"), not by its number alone.
    const slug = /\/en\/([a-z-]+)\/#/.exec(linked.href!)![1]!;
    expect(linked.tip.note).toContain(`read it in ${chapterName(getChapter("en", slug)!)}.`);
    const zhLinked = timelineData("zh-hans").input.events.find((e) => e.id === linked.id)!;
    expect(zhLinked.tip.note).toContain(`：${chapterName(getChapter("zh-hans", slug)!)}。`);
    const zh = timelineData("zh-hans").input.events.find((e) => e.id === low.id)!;
    expect(zh.tip.label).toMatch(/（.+）$/);
    expect(zh.tip.note).not.toMatch(/\. /);
  });

  it("finds the year each theme clusters around, and short dates per locale", () => {
    expect(medianYear([{ date: "2016" }, { date: "2017-10" }, { date: "2022-06-13" }])).toBe(2017);
    expect(medianYear([])).toBeNull();
    expect(shortDate("2011-07-28", "en", "year only")).toBe("28 Jul");
    expect(shortDate("2017-10", "zh-hans", "年内")).toBe("10月");
    expect(shortDate("2013", "en", "year only")).toBe("year only");
  });

  it("gives the island the same layout as the server's: its props are plain JSON, laid out by the same function", () => {
    for (const locale of ["en", "zh-hans", "zh-hant"] as const) {
      const props = JSON.parse(JSON.stringify(timelineIslandProps(locale))) as ReturnType<typeof timelineIslandProps>;
      for (const frame of FRAME_IDS) {
        const server = def.spec(locale, {}, FRAMES[frame]).scene;
        expect(layoutTimeline(props.input, FRAMES[frame], defaultView(props.input)), `${locale} ${frame}`).toEqual(server);
        // …and for a brushed, filtered view, what the island draws is what the server would draw for it.
        const v: TimelineView = { range: { from: 2015, to: 2021 }, hidden: ["market"], cursor: 2017 };
        expect(toMarkup(sceneTree(layoutTimeline(props.input, FRAMES[frame], v), "t"))).toBe(
          toMarkup(sceneTree(layoutTimeline(timelineData(locale).input, FRAMES[frame], v), "t")),
        );
      }
    }
  });
});

describe("timeline: snapshots", () => {
  const dir = path.join(__dirname, "__snapshots__");
  const snap = (s: Scene, name: string) => expectSvgSnapshot(toMarkup(sceneTree(s, "timeline")), path.join(dir, `timeline-${name}.svg`));
  it("wide, narrow and slide at the full range", () => {
    snap(lay("wide"), "wide");
    snap(lay("narrow"), "narrow");
    snap(lay("slide"), "slide");
  });
  it("wide zoomed to 2013–2017, wide in Chinese, the list filtered, and the brush", () => {
    snap(lay("wide", { range: { from: 2013, to: 2017 } }), "wide-2013-2017");
    snap(lay("wide", {}, "zh-hans"), "wide-zh");
    snap(lay("narrow", { range: { from: 2016, to: 2025 }, hidden: ["market"] }), "narrow-2016-2025-no-market");
    snap(layoutBrush(input, FRAMES.wide, view({ range: { from: 2013, to: 2017 } })), "brush-wide");
  });
});

describe("timeline: Chinese titles in the list", () => {
  it("never end on one lonely character", () => {
    expect(noOrphan(["云服务器 ECS 正式商用，成为阿里云首个产", "品"])).toEqual(["云服务器 ECS 正式商用，成为阿里云首个", "产品"]);
    expect(noOrphan(["A beta of the service is", "ready"])).toEqual(["A beta of the service is", "ready"]);
    expect(noOrphan(["中国万网成为ECS首个客户，随后提出对外", "转售"])).toEqual(["中国万网成为ECS首个客户，随后提出对外", "转售"]);
    for (const t of texts(layoutTimeline(timelineData("zh-hans").input, FRAMES.narrow)).filter((t) => t.key.startsWith("title-"))) {
      if (t.lines.length > 1) expect([...t.lines.at(-1)!].length, t.key).toBeGreaterThan(1);
    }
  });
});
