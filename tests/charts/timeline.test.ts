import { describe, expect, it } from "vitest";
import path from "node:path";
import { createElement } from "react";
import { layoutTimelineNarrow, layoutTimelineWide, shortDate, type TimelineItem, type TimelineLabels } from "@/components/charts/timeline/layout";
import { brushModeAt, brushRange, clampRange, stack, tickStep, tickYears, timePoint, yearAt, yearScale } from "@/components/charts/timeline/model";
import { textWidth, wrapText } from "@/components/charts/timeline/text";
import { TimelineNarrowView, TimelineWideView, type TimelineViewText } from "@/components/charts/timeline/View";
import { DOMAIN, SIZES, medianYear } from "@/components/charts/timeline";
import { registry } from "@/lib/data/registry";
import { expectSvgSnapshot } from "./snapshot";

// A fixed fixture, so the snapshots change only when the layout or the view does, not when the data is revised.
const item = (id: string, date: string, theme: TimelineItem["theme"], title: string, confidence: TimelineItem["confidence"] = "high"): TimelineItem => ({
  id,
  date,
  theme,
  title,
  confidence,
});
const items: TimelineItem[] = [
  item("early", "2006-08-24", "platform", "A rival rents out computing by the hour"),
  item("work-begins", "2009", "platform", "Work starts on a cloud operating system"),
  item("founded", "2009-09-10", "platform", "The cloud company is founded"),
  item("beta", "2009-12", "platform", "A beta is ready by year-end", "low"),
  item("first-sale", "2009-11-11", "traffic", "The first shopping festival"),
  item("near-miss", "2010-11-11", "traffic", "Payments come within seconds of collapse"),
  item("on-sale", "2011-07-28", "platform", "The first product goes on general sale"),
  item("cluster", "2013-08-15", "platform", "One cluster of five thousand servers"),
  item("letter", "2013", "platform", "A railway inspector writes to say thank you", "low"),
  item("rival-region", "2013-12", "market", "A rival announces a region"),
  item("hardware", "2016", "virtualization", "Work on custom hardware begins", "medium"),
  item("unveiled", "2017-10", "virtualization", "Bare metal unveiled"),
  item("rival-card", "2017-11-29", "virtualization", "A rival presents its own card"),
  item("profit", "2022-05-26", "market", "First full-year profit"),
  item("chip", "2022-06-13", "virtualization", "A processor for cloud infrastructure"),
  item("chatbot", "2022-11-30", "ai", "A chatbot is released"),
  item("cluster-ai", "2023-08", "ai", "A ten-thousand-GPU cluster goes live"),
  item("results", "2025-11-25", "market", "Cloud growth speeds up"),
];
const labels: TimelineLabels = {
  lanes: { platform: "Platform", traffic: "Traffic", virtualization: "Virtualization", ai: "AI", market: "Market" },
  annotations: { founded: "Cloud founded", chatbot: "Chatbot", results: "Growth speeds up" },
  yearOnly: "year only",
};
const text: TimelineViewText = {
  title: "T",
  desc: "D",
  events: Object.fromEntries(items.map((e) => [e.id, { tipTitle: e.date, tipValue: e.title, tipSource: "S", label: `${e.date}: ${e.title}`, href: `/en/chapter/#event-${e.id}` }])),
};
const wide = layoutTimelineWide(items, { ...SIZES.wide, locale: "en", domain: DOMAIN }, labels);
const narrow = layoutTimelineNarrow(items, { ...SIZES.narrow, locale: "en", domain: DOMAIN }, labels);

describe("timePoint", () => {
  it("places a dated event in the middle of its day", () => {
    expect(timePoint("2011-07-28").at).toBeCloseTo(2011 + 208.5 / 365, 6);
    expect(timePoint("2011-07-28").precision).toBe("day");
  });
  it("places a month-only event mid-month and a year-only event mid-year, marked by precision", () => {
    expect(timePoint("2017-10").at).toBeCloseTo(2017 + (273 + 304) / 2 / 365, 6);
    expect(timePoint("2017-10").precision).toBe("month");
    expect(timePoint("2009")).toEqual({ at: 2009.5, precision: "year", year: 2009 });
  });
  it("counts leap days", () => {
    expect(timePoint("2016-12-31").at).toBeCloseTo(2016 + 365.5 / 366, 6);
  });
});

describe("zoom maths (runs in the browser)", () => {
  it("maps a range of whole years onto the pixels and back", () => {
    const x = yearScale({ from: 2013, to: 2018 }, 100, 700);
    expect(x(2013)).toBe(100);
    expect(x(2019)).toBe(700);
    expect(yearAt({ from: 2013, to: 2018 }, 100, 700, 400)).toBe(2016);
  });
  it("labels every year once a year is wide enough, every other year when it is not", () => {
    expect(tickStep(33, 25)).toBe(2);
    expect(tickStep(60, 25)).toBe(1);
    expect(tickYears({ from: 2009, to: 2025 }, 2)).toEqual([2009, 2011, 2013, 2015, 2017, 2019, 2021, 2023, 2025]);
  });
  it("keeps a brushed range inside the domain and at least one year long", () => {
    const domain = { from: 2009, to: 2025 };
    expect(brushRange("new", domain, 2012.3, 2015.8, domain)).toEqual({ from: 2012, to: 2015 });
    expect(brushRange("new", domain, 2015.8, 2012.3, domain)).toEqual({ from: 2012, to: 2015 });
    expect(brushRange("start", { from: 2012, to: 2015 }, 2012, 2019.2, domain)).toEqual({ from: 2015, to: 2015 });
    expect(brushRange("end", { from: 2012, to: 2015 }, 2016, 2030, domain)).toEqual({ from: 2012, to: 2025 });
    expect(brushRange("move", { from: 2012, to: 2015 }, 2013, 2040, domain)).toEqual({ from: 2022, to: 2025 });
    expect(brushRange("move", { from: 2012, to: 2015 }, 2013, 1990, domain)).toEqual({ from: 2009, to: 2012 });
    expect(clampRange({ from: 2030, to: 2001 }, domain)).toEqual({ from: 2025, to: 2025 });
  });
  it("grabs a handle near an edge, moves the window inside it, and draws anew outside it", () => {
    expect(brushModeAt(102, 100, 300)).toBe("start");
    expect(brushModeAt(297, 100, 300)).toBe("end");
    expect(brushModeAt(200, 100, 300)).toBe("move");
    expect(brushModeAt(400, 100, 300)).toBe("new");
  });
  it("draws a new range when the reader drags inside a brush that spans the whole domain", () => {
    expect(brushModeAt(200, 100, 300, { full: true })).toBe("new");
    expect(brushModeAt(101, 100, 300, { full: true })).toBe("start");
  });
  it("stacks visible blocks and skips hidden ones", () => {
    expect(stack([10, 20, 30], [true, false, true], 5)).toEqual({ offsets: [5, null, 15], bottom: 45 });
  });
});

describe("layoutTimelineWide", () => {
  it("gives every theme a lane, in order, each tall enough for its stacked rows", () => {
    expect(wide.lanes.map((l) => l.theme)).toEqual(["platform", "traffic", "virtualization", "ai", "market"]);
    for (let i = 1; i < wide.lanes.length; i++) expect(wide.lanes[i]!.top).toBe(wide.lanes[i - 1]!.top + wide.lanes[i - 1]!.height);
    expect(wide.lanesBottom).toBe(wide.lanes.at(-1)!.top + wide.lanes.at(-1)!.height);
  });

  it("orders marks by time so the arrow keys walk left to right", () => {
    const at = wide.marks.map((m) => m.at);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const xs = wide.marks.filter((m) => !m.early).map((m) => m.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it("places events precisely on the axis and year-only events at mid-year with a bar across their year", () => {
    const x = yearScale(DOMAIN, wide.x0, wide.x1);
    const founded = wide.marks.find((m) => m.id === "founded")!;
    expect(founded.x).toBeCloseTo(x(timePoint("2009-09-10").at), 6);
    expect(founded.span).toBeNull();
    const letter = wide.marks.find((m) => m.id === "letter")!;
    expect(letter.precision).toBe("year");
    expect(letter.x).toBeCloseTo(x(2013.5), 6);
    expect(letter.x + letter.span!.dx0).toBeCloseTo(x(2013), 6);
    expect(letter.x + letter.span!.dx1).toBeCloseTo(x(2014), 6);
  });

  it("puts events before the domain left of a break in the axis, without a year bar", () => {
    const early = wide.marks.find((m) => m.id === "early")!;
    expect(early.early).toBe(true);
    expect(wide.early).not.toBeNull();
    expect(early.x).toBeLessThan(wide.early!.breakX);
    expect(wide.early!.breakX).toBeLessThan(wide.x0);
    expect(wide.early!.label).toBe("2006");
  });

  it("stacks marks that would touch into separate rows of their lane", () => {
    const platform = wide.marks.filter((m) => m.theme === "platform" && !m.early);
    const rowsOf2009 = new Set(platform.filter((m) => m.year === 2009).map((m) => m.dy));
    expect(rowsOf2009.size).toBe(3);
    // Within a row, no two marks (with their bars and labels) come closer than a mark's width.
    const byRow = new Map<string, typeof wide.marks>();
    for (const m of wide.marks.filter((m) => !m.early)) byRow.set(`${m.theme}:${m.dy}`, [...(byRow.get(`${m.theme}:${m.dy}`) ?? []), m]);
    for (const marks of byRow.values()) {
      for (let i = 1; i < marks.length; i++) expect(marks[i]!.x - marks[i - 1]!.x).toBeGreaterThanOrEqual(11);
    }
  });

  it("labels landmark events beside the mark, switching sides at the right edge", () => {
    expect(wide.marks.find((m) => m.id === "founded")!.annotation).toMatchObject({ text: "Cloud founded", side: "right" });
    expect(wide.marks.find((m) => m.id === "results")!.annotation).toMatchObject({ text: "Growth speeds up", side: "left" });
    expect(wide.marks.find((m) => m.id === "on-sale")!.annotation).toBeNull();
  });

  it("labels every other year at the full range, first and last included, with a grid line at each year boundary", () => {
    expect(wide.ticks.filter((t) => t.shown).map((t) => t.year)).toEqual([2009, 2011, 2013, 2015, 2017, 2019, 2021, 2023, 2025]);
    expect(wide.grid).toHaveLength(2025 - 2009 + 2);
    expect(wide.grid[0]!.x).toBeCloseTo(wide.x0, 6);
    expect(wide.grid.at(-1)!.x).toBeCloseTo(wide.x1, 6);
    expect(wide.quarters.every((q) => !q.shown)).toBe(true);
  });

  it("draws each in-span event once in the overview strip, on its theme's row", () => {
    expect(wide.overview.marks).toHaveLength(items.length - 1);
    expect(wide.overview.marks.find((m) => m.id === "chatbot")!.row).toBe(3);
  });
});

describe("layoutTimelineNarrow", () => {
  it("lists events in date order under year headings, year-only events first, with a break after the early years", () => {
    const kinds = narrow.rows.map((r) => (r.kind === "year" ? `y${r.year}` : r.kind === "event" ? r.id : r.kind));
    expect(kinds.slice(0, 6)).toEqual(["legend", "y2006", "early", "break", "y2009", "work-begins"]);
    expect(kinds.slice(5, 10)).toEqual(["work-begins", "founded", "first-sale", "beta", "y2010"]);
    expect(kinds.filter((k) => k.startsWith("y"))).toEqual(["y2006", "y2009", "y2010", "y2011", "y2013", "y2016", "y2017", "y2022", "y2023", "y2025"]);
  });

  it("stacks rows without gaps or overlaps and fits every line inside the 340 px box", () => {
    for (let i = 1; i < narrow.rows.length; i++) expect(narrow.rows[i]!.y).toBe(narrow.rows[i - 1]!.y + narrow.rows[i - 1]!.h);
    expect(narrow.dateX - textWidth("year only", 11)).toBeGreaterThanOrEqual(0);
    for (const row of narrow.rows) {
      if (row.kind !== "event") continue;
      for (const line of row.lines) expect(narrow.textX + textWidth(line, narrow.fontSize)).toBeLessThanOrEqual(narrow.width - 4);
      expect(row.h).toBe(row.lines.length * narrow.lineHeight + 10);
    }
  });

  it("gives each event a short date, and a year-only event the year-only label", () => {
    const byId = (id: string) => narrow.rows.find((r) => r.kind === "event" && r.id === id) as Extract<(typeof narrow.rows)[number], { kind: "event" }>;
    expect(byId("founded").dateLabel).toBe("10 Sept");
    expect(byId("beta").dateLabel).toBe("Dec");
    expect(byId("work-begins").dateLabel).toBe("year only");
    expect(shortDate("2011-07-28", "zh-hans", "年内")).toBe("7月28日");
  });
});

describe("wrapText", () => {
  it("breaks English between words and Chinese between characters, never before closing punctuation", () => {
    expect(wrapText("Work starts on Apsara, Alibaba's own cloud operating system", 170, 13)).toEqual(["Work starts on Apsara,", "Alibaba's own cloud", "operating system"]);
    const zh = wrapText("秋天,后羿项目立项,要把飞天算力租给外部客户", 100, 13);
    expect(zh.join("")).toBe("秋天,后羿项目立项,要把飞天算力租给外部客户");
    for (const line of zh) {
      expect(textWidth(line, 13)).toBeLessThanOrEqual(100);
      expect(line[0]).not.toBe(",");
    }
  });

  it("does not leave one Chinese character alone on the last line", () => {
    const lines = wrapText("秋天,后羿项目立项,要把飞天算力租给外部客户", 267, 13);
    expect(lines).toHaveLength(2);
    expect(Array.from(lines[1]!).length).toBeGreaterThan(1);
  });
});

describe("the live events", () => {
  it("bear out the title: traffic events cluster before virtualization events, and those before AI", () => {
    const events = registry().events.filter((e) => e.date >= String(DOMAIN.from));
    const mid = (theme: string) => medianYear(events.filter((e) => e.theme === theme))!;
    expect(mid("traffic")).toBeLessThan(mid("virtualization"));
    expect(mid("virtualization")).toBeLessThan(mid("ai"));
  });
});

describe("Timeline view snapshots", () => {
  const dir = path.join(import.meta.dirname, "__snapshots__");
  // The timeline has no steps: one snapshot per variant.
  it("renders the wide SVG deterministically", () => {
    expectSvgSnapshot(createElement(TimelineWideView, { scene: wide, text, uid: "timeline" }), path.join(dir, "timeline-wide.svg"));
  });
  it("renders the narrow SVG deterministically", () => {
    expectSvgSnapshot(createElement(TimelineNarrowView, { scene: narrow, text, uid: "timeline" }), path.join(dir, "timeline-narrow.svg"));
  });
});
