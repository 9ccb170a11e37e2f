import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without types
import { finalizeSiteHtml, removeRouterFiles, siteDocuments } from "../scripts/site-finalize.mjs";

const next = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/><script src="/_next/static/chunks/c.js" async=""></script><title>T</title><script data-keep="">(function(){theme()})()</script></head><body><div data-attach="theme"></div><figure data-chart="timeline"><script type="application/json" data-island-props="timeline">{"a":1}</script><script type="application/json" data-chart-states="">{"s":1}</script></figure><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"x"])</script><script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script></body></html>`;
const opts = {
  file: "out/en/ai-wall/index.html",
  runtimeSrc: "/base/site/runtime.1.js",
  preload: ["/base/site/chunk.2.js"],
  islandSrcs: { timeline: "/base/site/island-timeline.3.js" },
  basePath: "/base",
};

describe("finalizeSiteHtml", () => {
  it("strips Next's scripts and preloads, keeps our inline scripts and the islands' JSON, adds the runtime module", () => {
    const out: string = finalizeSiteHtml(next, opts);
    expect(out).not.toMatch(/_next\/static\/chunks\/[bc]\.js/);
    expect(out).not.toContain("__next_f");
    expect(out).not.toContain("TURBOPACK");
    expect(out).toContain('<script data-keep="">(function(){theme()})()</script>');
    expect(out).toContain('<script type="application/json" data-island-props="timeline">{"a":1}</script>');
    expect(out).toContain('<script type="application/json" data-chart-states="">{"s":1}</script>');
    expect(out).toContain(
      '<script type="module" src="/base/site/runtime.1.js"></script><script type="module" src="/base/site/island-timeline.3.js"></script><link rel="modulepreload" href="/base/site/chunk.2.js">',
    );
    // Links within the site (under the base path) are prefetched on hover.
    expect(out).toContain('{"href_matches":"/base/*"}');
    // Without a reader for the stylesheets the link stays.
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(out.match(/<script/g)).toHaveLength(6);
  });
  it("inlines each stylesheet it is given, so the first paint waits for no second request", () => {
    const sheets: string[] = [];
    const css = (href: string) => {
      sheets.push(href);
      return "body{color:red}";
    };
    const out: string = finalizeSiteHtml(next, { ...opts, css });
    expect(sheets).toEqual(["/_next/static/chunks/a.css"]);
    expect(out).toContain("<style>body{color:red}</style>");
    expect(out).not.toContain('rel="stylesheet"');
    expect(() => finalizeSiteHtml(next.replace(/<link rel="stylesheet"[^>]*>/, ""), { ...opts, css: () => "" })).toThrow(/no stylesheet/);
  });
  it("fails loudly when Next's markup is not what it expects", () => {
    expect(() => finalizeSiteHtml(next.replace(/<script src="[^"]+" async=""><\/script>/, ""), opts)).toThrow(/no Next script/);
    expect(() => finalizeSiteHtml(next.replace(/self\.__next_f/g, "self.__other"), opts)).toThrow(/flight data/);
  });
  it("fails when the page carries an explorer it has no module for", () => {
    expect(() => finalizeSiteHtml(next, { ...opts, islandSrcs: {} })).toThrow(/no island module for "timeline"/);
  });
  it("fails when an inline script of ours lacks data-keep, rather than drop it silently", () => {
    expect(() => finalizeSiteHtml(next.replace("</body>", "<script>pickLanguage()</script></body>"), opts)).toThrow(/no data-keep: pickLanguage/);
  });
  it("fails when a Next script it does not know survives", () => {
    const sneaky = next.replace("</body>", `<link rel="prefetch" href="/_next/static/chunks/d.js"/></body>`);
    expect(() => finalizeSiteHtml(sneaky, opts)).toThrow(/survived/);
  });
});

/** A throwaway out/ holding these files; removed after each test. */
const trees: string[] = [];
function outTree(files: string[]) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "site-finalize-"));
  trees.push(out);
  for (const rel of files) {
    fs.mkdirSync(path.join(out, path.dirname(rel)), { recursive: true });
    fs.writeFileSync(path.join(out, rel), "x");
  }
  return out;
}
afterEach(() => trees.splice(0).forEach((out) => fs.rmSync(out, { recursive: true, force: true })));

describe("siteDocuments", () => {
  it("takes every page but the embeds", () => {
    const out = outTree([
      "index.html",
      "404.html",
      "en/index.html",
      "en/ai-wall/index.html",
      "zh-hant/timeline/index.html",
      "en/embed/timeline/index.html",
      "en/present/ai-wall/index.html",
      "en/teach/index.html",
      "_next/static/x.html",
    ]);
    const docs = (siteDocuments(out) as string[]).map((f) => path.relative(out, f)).sort();
    expect(docs).toEqual([
      "404.html",
      "en/ai-wall/index.html",
      "en/index.html",
      "en/present/ai-wall/index.html",
      "en/teach/index.html",
      "index.html",
      "zh-hant/timeline/index.html",
    ]);
  });
});

describe("removeRouterFiles", () => {
  it("deletes Next's scripts and RSC payloads, and keeps the stylesheets, fonts, pages and robots.txt", () => {
    const keep = [
      "robots.txt",
      "index.html",
      "_next/static/chunks/a.css",
      "_next/static/media/f.woff2",
      "en/ai-wall/index.html",
      "site/runtime.1.js",
      "pagefind/pagefind.js",
    ];
    const gone = ["index.txt", "__next._tree.txt", "_next/static/chunks/b.js", "en/ai-wall/__next.$d$locale.ai-wall.__PAGE__.txt", "en/ai-wall/index.txt"];
    const out = outTree([...keep, ...gone]);
    expect(removeRouterFiles(out)).toBe(gone.length);
    for (const rel of keep) expect(fs.existsSync(path.join(out, rel)), rel).toBe(true);
    for (const rel of gone) expect(fs.existsSync(path.join(out, rel)), rel).toBe(false);
  });
});
