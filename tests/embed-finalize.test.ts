import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without types
import { finalizeHtml } from "../scripts/embed-finalize.mjs";

const next = `<!DOCTYPE html><html lang="en" data-theme="system"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/><script src="/_next/static/chunks/c.js" async=""></script><title>T · Cloud Expedition</title><script>(function(){theme()})()</script></head><body><div data-embed="timeline"><figure data-chart="timeline"><svg role="img"></svg></figure><script type="application/json" data-island-props="timeline">{"a":1}</script></div><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"x"])</script></body></html>`;
const opts = {
  file: "out/en/embed/timeline/index.html",
  chart: "timeline",
  basePath: "/base",
  themeScript: "THEME()",
  runtimeSrc: "/embed/runtime.1.js",
  islandSrc: "/embed/island-timeline.2.js",
  css: () => "CSS{}",
};

describe("finalizeHtml", () => {
  it("strips every Next script and preload, keeps the island props, inlines the CSS, adds the theme script and runtime", () => {
    const out: string = finalizeHtml(next, opts);
    expect(out).not.toMatch(/_next/);
    expect(out).not.toContain("__next_f");
    expect(out).not.toContain("theme()");
    expect(out).toContain('<script type="application/json" data-island-props="timeline">{"a":1}</script>');
    expect(out).toContain("<style>CSS{}</style>");
    expect(out).toMatch(/<meta charSet="utf-8"\/><script>THEME\(\)<\/script><base target="_blank">/);
    expect(out).toContain('<script defer src="/base/embed/runtime.1.js"></script><script defer src="/base/embed/island-timeline.2.js"></script></head>');
    expect(out.match(/<script/g)).toHaveLength(4);
  });
  it("can keep the stylesheet link instead", () => {
    expect(finalizeHtml(next, { ...opts, css: undefined })).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
  });
  it("fails loudly when Next's markup is not what it expects", () => {
    expect(() => finalizeHtml(next.replace(/<script src="[^"]+" async=""><\/script>/, ""), opts)).toThrow(/no Next script/);
    expect(() => finalizeHtml(next.replace(/self\.__next_f/g, "self.__other"), opts)).toThrow(/flight data/);
    expect(() => finalizeHtml(next.replace('data-chart="timeline"', 'data-chart="x"'), opts)).toThrow(/figure/);
    expect(() => finalizeHtml(next.replace(/<link rel="stylesheet"[^>]+>/, ""), opts)).toThrow(/stylesheet/);
  });
  it("fails when a Next script it does not know survives", () => {
    const sneaky = next.replace("</body>", `<link rel="prefetch" href="/_next/static/chunks/d.js"/></body>`);
    expect(() => finalizeHtml(sneaky, opts)).toThrow(/survived/);
  });
});
