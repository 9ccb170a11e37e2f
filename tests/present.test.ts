// The classroom deck's pure parts: the slide splitter on fixture MDX, deck assembly and time budgets,
// navigation (steps before slides), the deep-link hash and the speaker view's pacing.
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { splitChapter } from "@/lib/present/split";
import { chapterDeck, deckMinutes, followPath, sectionIds, slideSeconds, stepCount, storyDeck, type DeckChapter } from "@/lib/present/deck";
import { searchSlides } from "@/lib/present/search";
import { atEnd, end, fromHash, goTo, last, next, pace, previous, toHash } from "@/lib/present/nav";
import { getChapters } from "@/lib/content/chapters";
import { locales } from "@/lib/i18n";

const fixture = (name: string) => fs.readFileSync(path.join("tests", "fixtures", "present", name), "utf8");

describe("splitChapter, by sections", () => {
  const { intro, slides } = splitChapter(fixture("sections.mdx"));

  it("opens a slide per ## section with its first paragraph as the lede", () => {
    const sections = slides.filter((s) => s.kind === "section");
    expect(sections.map((s) => s.title)).toEqual(["First section"]);
    expect(sections[0]).toMatchObject({ lede: "The lede of the first section." });
  });

  it("gives a section that opens with its chart no slide of its own: the chart slide opens it", () => {
    expect(slides.find((s) => s.title === "Second section" && s.kind === "section")).toBeUndefined();
    expect(slides.find((s) => s.title === "Second section")).toMatchObject({ kind: "chart", section: 1 });
  });

  it("sends a scrolly's lead-in (written for a reader who scrolls) to the notes, never onto a slide", () => {
    const split = splitChapter(
      '## Climbing\n\nScroll on to watch it grow.\n\n<Scrolly chart="x">\n<Step>\n\nOne.\n\n</Step>\n<Step>\n\nTwo.\n\n</Step>\n</Scrolly>\n\n## Next\n\nA lede.\n\nA bridge into the chart.\n\n<Scrolly chart="y">\n<Step>\n\nOne.\n\n</Step>\n</Scrolly>\n',
    );
    expect(split.slides.map((s) => `${s.kind}:${s.title}:${s.section}`)).toEqual(["chart:Climbing:0", "section:Next:1", "chart:Next:1"]);
    expect(split.slides[0]!.notes.script).toEqual(["Scroll on to watch it grow."]);
    expect(split.slides[1]).toMatchObject({ lede: "A lede." });
    expect(JSON.stringify(split.slides.filter((s) => s.kind !== "chart" || s.steps.length))).not.toMatch(/"lede":"Scroll/);
  });

  it("puts prose before the first heading in the title slide's notes", () => {
    expect(intro.script).toEqual(["A word before the first heading."]);
  });

  it("makes each chart its own slide, and a scrolly's steps its fragments with their text", () => {
    const charts = slides.filter((s) => s.kind === "chart");
    expect(charts.map((c) => c.kind === "chart" && c.chart)).toEqual(["alpha-chart", "beta-chart", "gamma-chart"]);
    const scrolly = charts[1]!;
    expect(scrolly.kind === "chart" && scrolly.steps).toEqual(["Step one text.", '<Event id="other-event"/>\n\nStep two text.']);
    expect(charts[2]).toMatchObject({ step: 2, steps: [] });
  });

  it("sends the rest of the prose and <Notes> to the slide they follow", () => {
    const [first, alpha] = slides;
    expect(first!.notes.script).toEqual(["More prose that belongs in the notes.", '<Correction id="a-correction"/>']);
    expect(first!.notes.cues).toEqual([]);
    expect(alpha!.notes.script).toEqual(["After the chart, this goes with the chart slide."]);
    expect(alpha!.notes.cues).toEqual(["A cue for the teacher."]);
    const beta = slides.find((s) => s.kind === "chart" && s.chart === "beta-chart")!;
    expect(beta.notes.script).toEqual(["A closing paragraph."]);
  });

  it("keeps slides in source order", () => {
    expect(slides.map((s) => `${s.kind}:${s.title}`)).toEqual(["section:First section", "chart:First section", "chart:Second section", "chart:Third section"]);
  });

  it("never shows event anchors on a slide or in the notes", () => {
    const all = JSON.stringify(slides.filter((s) => s.kind !== "chart")) + JSON.stringify(intro);
    expect(all).not.toContain("<Event");
  });
});

describe("splitChapter, with explicit <Slide> boundaries", () => {
  const { slides } = splitChapter(fixture("explicit.mdx"));

  it("makes each <Slide> a slide, titled by its attribute or its section, and drops the automatic one", () => {
    expect(slides.map((s) => `${s.kind}:${s.title}`)).toEqual(["slide:The point", "slide:Laid out by hand", "chart:Laid out by hand"]);
    expect(slides[0]).toMatchObject({ body: "One line on the slide." });
  });

  it("gives the first slide what came before it, and later prose to the slide it follows", () => {
    expect(slides[0]!.notes.cues).toEqual(["A cue before the first slide.", "Notes inside the slide."]);
    expect(slides[0]!.notes.script).toEqual(["An opening paragraph that is not shown.", "Prose after the first slide."]);
    expect(slides[1]!.notes.script).toEqual([]);
  });
});

const chapter = (body: string, slug = "alpha"): DeckChapter => ({ slug, number: 1, title: "Alpha", years: "2009", summary: "S", body });

describe("decks", () => {
  it("open with a title slide and close with the follow-along slide", () => {
    const deck = chapterDeck(chapter(fixture("sections.mdx")));
    expect(deck.slides[0]).toMatchObject({ kind: "title", title: "Alpha" });
    expect(deck.slides.at(-1)).toMatchObject({ kind: "end" });
    expect(deck.slides).toHaveLength(6);
  });

  it("string chapters together for the whole story, each opened by its title slide", () => {
    const deck = storyDeck("Story", [chapter(fixture("sections.mdx")), chapter(fixture("explicit.mdx"), "beta")]);
    expect(deck.slides.map((s) => s.kind).filter((k) => k === "title" || k === "cover" || k === "end")).toEqual(["cover", "title", "title", "end"]);
    expect(deck.slides).toHaveLength(1 + 5 + 4 + 1);
  });

  it("budget a minute a slide, half a minute per further step and per title", () => {
    const deck = chapterDeck(chapter(fixture("sections.mdx")));
    const scrolly = deck.slides.find((s) => s.kind === "chart" && s.steps.length === 2)!;
    expect(stepCount(scrolly)).toBe(2);
    expect(slideSeconds(scrolly)).toBe(90);
    // 4 story slides (one with an extra step) and two 30-second bookends: 4·60 + 30 + 2·30 = 330 s.
    expect(deckMinutes(deck)).toBe(6);
  });

  it.each(locales)("split every real chapter in %s into slides, each chart a known one", (locale) => {
    for (const c of getChapters(locale)) {
      const deck = chapterDeck(c);
      // Every ## section is on a slide (its own, or the chart slide that opens it), pointing at the id the
      // chapter page gives its heading.
      const ids = c.headings.filter((h) => h.depth === 2).map((h) => h.id);
      expect(sectionIds(c.body)).toEqual(ids);
      expect([...new Set(deck.slides.map((s) => s.anchor).filter(Boolean))]).toEqual(ids);
      expect(deck.slides.filter((s) => s.kind === "chart").length).toBe((c.body.match(/<(Chart|Scrolly)\b/g) ?? []).length);
      expect(JSON.stringify(deck.slides.map((s) => (s.kind === "section" ? s.lede : "")))).not.toMatch(/Scroll (on|to)/);
    }
  });
});

describe("navigation", () => {
  const shape = [1, 3, 1];

  it("steps through a chart before moving to the next slide", () => {
    expect(next(shape, { slide: 0, step: 0 })).toEqual({ slide: 1, step: 0 });
    expect(next(shape, { slide: 1, step: 0 })).toEqual({ slide: 1, step: 1 });
    expect(next(shape, { slide: 1, step: 2 })).toEqual({ slide: 2, step: 0 });
    expect(next(shape, { slide: 2, step: 0 })).toEqual({ slide: 2, step: 0 });
  });

  it("goes back a step, or to the previous slide in its final state", () => {
    expect(previous(shape, { slide: 2, step: 0 })).toEqual({ slide: 1, step: 2 });
    expect(previous(shape, { slide: 1, step: 1 })).toEqual({ slide: 1, step: 0 });
    expect(previous(shape, { slide: 0, step: 0 })).toEqual({ slide: 0, step: 0 });
  });

  it("jumps by slide number, clamped to the deck", () => {
    expect(goTo(shape, 2)).toEqual({ slide: 1, step: 0 });
    expect(goTo(shape, 99)).toEqual({ slide: 2, step: 0 });
    expect(goTo(shape, -4)).toEqual({ slide: 0, step: 0 });
    expect(last(shape)).toEqual({ slide: 2, step: 0 });
  });

  it("writes and reads the deep-link hash: 1-based slide, 0-based step", () => {
    expect(toHash({ slide: 1, step: 2 })).toBe("#/2/2");
    expect(fromHash(shape, "#/2/2")).toEqual({ slide: 1, step: 2 });
    expect(fromHash(shape, "#/3")).toEqual({ slide: 2, step: 0 });
  });

  it.each(["", "#", "#/0", "#/x", "#/2/-1", "#<img src=x>", "#/1/0/extra", "#note-3"])("rejects the hash %j", (hash) => {
    expect(fromHash(shape, hash)).toBeNull();
  });

  it("clamps a step or slide that does not exist to the nearest one that does", () => {
    expect(fromHash(shape, "#/2/3")).toEqual({ slide: 1, step: 2 });
    expect(fromHash(shape, "#/2/9")).toEqual({ slide: 1, step: 2 });
    expect(fromHash(shape, "#/1/1")).toEqual({ slide: 0, step: 0 });
    expect(fromHash(shape, "#/4")).toEqual({ slide: 2, step: 0 });
    expect(end(shape)).toEqual({ slide: 2, step: 0 });
    expect(atEnd(shape, { slide: 2, step: 0 })).toBe(true);
    expect(atEnd(shape, { slide: 1, step: 2 })).toBe(false);
  });

  it("paces a talk: ahead before the slide's window, on time inside it, behind after it", () => {
    const budgets = [30, 60, 60];
    expect(pace(budgets, 1, 10)).toBe(20);
    expect(pace(budgets, 1, 45)).toBe(0);
    expect(pace(budgets, 1, 120)).toBe(-30);
  });
});

describe("the go-to box's search", () => {
  const titles = [
    "Computing moves to the cloud",
    "Four seconds from collapse",
    "Iron that cost too much",
    "A festival that kept climbing · Double 11",
    "零点的支付宝",
    "ＥＣＳ on sale",
  ];

  it("goes to a slide by number, clamped to the deck", () => {
    expect(searchSlides(titles, "2")).toEqual([{ slide: 1, title: titles[1] }]);
    expect(searchSlides(titles, "99")[0]!.slide).toBe(5);
  });

  it("finds slides by words of their titles, whatever the case or width, titles starting with them first", () => {
    expect(searchSlides(titles, "cloud").map((h) => h.slide)).toEqual([0]);
    expect(searchSlides(titles, "double 11").map((h) => h.slide)).toEqual([3]);
    expect(searchSlides(titles, "ecs").map((h) => h.slide)).toEqual([5]);
    expect(searchSlides(titles, "支付").map((h) => h.slide)).toEqual([4]);
    expect(searchSlides(titles, "four").map((h) => h.slide)).toEqual([1]);
    expect(searchSlides(titles, "nothing like this")).toEqual([]);
    expect(searchSlides(titles, "  ")).toEqual([]);
  });
});

describe("follow-along addresses", () => {
  it("point a slide at its section of the chapter, a title slide at the chapter, the story's cover at the cover", () => {
    const c = getChapters("en").find((x) => x.slug === "to-the-cloud")!;
    const deck = chapterDeck(c);
    expect(followPath(deck.slides[0]!, "en")).toBe("/en/to-the-cloud/");
    const section = deck.slides.find((s) => s.kind === "section")!;
    expect(followPath(section, "en")).toBe(`/en/to-the-cloud/#${c.headings.find((h) => h.depth === 2)!.id}`);
    const story = storyDeck("Story", getChapters("en"));
    expect(followPath(story.slides[0]!, "en")).toBe("/en/");
  });
});
