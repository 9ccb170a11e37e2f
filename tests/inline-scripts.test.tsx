// The inline scripts our layout writes must come through site-finalize whole: it keeps only scripts marked
// data-keep and fails the build on any other, so a script that lost its mark (or grew one site-finalize
// cannot read) is caught here rather than by a build.
// @vitest-environment happy-dom
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without types
import { finalizeSiteHtml } from "../scripts/site-finalize.mjs";
import { ThemeScript } from "@/components/layout/ThemeScript";
import { FactPopoverScript } from "@/components/layout/FactPopoverScript";

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><script src="/_next/static/chunks/c.js" async=""></script>${head}</head><body>${body}<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>`;
const opts = { file: "out/en/ai-wall/index.html", runtimeSrc: "/site/runtime.1.js", preload: [], islandSrcs: {} };

describe("inline scripts through site-finalize", () => {
  it.each([
    ["ThemeScript", <ThemeScript key="t" />],
    ["FactPopoverScript", <FactPopoverScript key="f" />],
  ])("%s is marked data-keep and kept byte for byte", (_, element) => {
    const markup = renderToStaticMarkup(element);
    expect(markup).toMatch(/^<script data-keep="">/);
    const out: string = finalizeSiteHtml(page(markup, ""), opts);
    expect(out).toContain(markup);
  });
  it("the citation script opens a citation in place, points the note's ↩ at the marker tapped, and closes", () => {
    const html = renderToStaticMarkup(<FactPopoverScript />);
    document.body.innerHTML = `
      <p><span class="fact"><span class="fact-value">191</span><sup class="note-markers"><a id="fact-1-m0" href="#note-1" data-note-marker="1" aria-expanded="false">1</a></sup>
        <template data-fact-tpl=""><span id="fact-1" class="fact-pop"><a href="#note-1" data-note-link="1">Note 1</a><button type="button" data-fact-close="">×</button></span></template></span></p>
      <ol><li id="note-1"><a href="#first" data-note-back="">↩</a></li></ol>`;
    new Function(html.replace(/^<script[^>]*>|<\/script>$/g, ""))();
    const fact = document.querySelector(".fact")!;
    const marker = document.querySelector<HTMLAnchorElement>("[data-note-marker]")!;
    const click = (el: Element) => el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
    // The citation waits inert in its template, out of the document, until the figure is first used.
    expect(document.getElementById("fact-1")).toBeNull();
    expect(marker.hasAttribute("aria-describedby")).toBe(false);
    expect(click(marker)).toBe(false); // the page does not jump to the note
    expect(fact.querySelector(":scope > template")).toBeNull();
    expect(document.getElementById("fact-1")!.parentElement).toBe(fact);
    expect(marker.getAttribute("aria-describedby")).toBe("fact-1");
    expect(marker.getAttribute("aria-controls")).toBe("fact-1");
    expect(fact.hasAttribute("data-open")).toBe(true);
    expect(marker.getAttribute("aria-expanded")).toBe("true");
    expect(document.querySelector("[data-note-back]")!.getAttribute("href")).toBe("#fact-1-m0");
    click(document.querySelector("[data-fact-close]")!);
    expect(fact.hasAttribute("data-open")).toBe(false);
    expect(marker.getAttribute("aria-expanded")).toBe("false");
    click(marker);
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(fact.hasAttribute("data-open")).toBe(false);
    expect(document.querySelectorAll(".fact-pop")).toHaveLength(1); // put in place once, however often opened
  });
  it("pointing at a figure or focusing its marker puts its citation in place before it shows", () => {
    const html = renderToStaticMarkup(<FactPopoverScript />);
    document.body.innerHTML = [1, 2]
      .map(
        (i) =>
          `<span class="fact"><sup><a id="m${i}" href="#note-${i}" data-note-marker="${i}">${i}</a></sup><template data-fact-tpl=""><span id="pop-${i}" class="fact-pop">Source ${i}</span></template></span>`,
      )
      .join(" ");
    new Function(html.replace(/^<script[^>]*>|<\/script>$/g, ""))();
    document.getElementById("m1")!.dispatchEvent(new Event("pointerover", { bubbles: true }));
    expect(document.getElementById("pop-1")).not.toBeNull();
    expect(document.getElementById("pop-2")).toBeNull();
    document.getElementById("m2")!.focus();
    expect(document.getElementById("pop-2")!.textContent).toBe("Source 2");
    expect(document.getElementById("m2")!.getAttribute("aria-describedby")).toBe("pop-2");
  });
});
