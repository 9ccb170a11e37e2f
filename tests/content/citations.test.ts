// A caveat box (<HowWeKnow source>) numbers its sources among the chapter's notes; its id names the box.
import { describe, expect, it } from "vitest";
import { collectNotes } from "@/lib/content/citations";
import { registry } from "@/lib/data/registry";

describe("collectNotes", () => {
  it("numbers a <HowWeKnow>'s sources in order of first citation, and not its id", () => {
    const notes = collectNotes('<HowWeKnow id="letter-only-the-article" source="article;wangjian-online-2016" title="T">\n\nText.\n\n</HowWeKnow>', registry());
    expect(notes.order).toEqual(["article", "wangjian-online-2016"]);
    expect(notes.number("wangjian-online-2016")).toBe(2);
  });
});
