import { describe, expect, it } from "vitest";
import { embedFilePath, embedPath, embedQuery, embedSnippet } from "@/lib/embed/urls";

describe("embed urls", () => {
  it("builds permanent paths per locale and chart", () => {
    expect(embedPath("zh-hant", "double11-traffic")).toBe("/zh-hant/embed/double11-traffic/");
    expect(embedFilePath("en", "elasticity", "png2x")).toBe("/en/embed/elasticity/elasticity@2x.png");
    expect(embedFilePath("en", "elasticity", "oembed")).toBe("/en/embed/elasticity/oembed.json");
  });
  it("leaves defaults out of the query", () => {
    expect(embedQuery({})).toBe("");
    expect(embedQuery({ theme: "auto" })).toBe("");
    expect(embedQuery({ step: 2, theme: "dark", scale: "log", year: 2016 })).toBe("?step=2&theme=dark&scale=log&year=2016");
  });
  it("escapes the title and carries title, lazy loading and full width", () => {
    const html = embedSnippet({ locale: "en", chart: "timeline", title: 'A "quoted" <b>title</b> & more', form: "script" });
    expect(html).toContain('title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('style="width:100%;min-width:100%;border:0"');
    expect(html).toMatch(/<script async src="[^"]+\/embed\.js"><\/script>/);
    expect(html).toContain("<noscript><img");
    expect(embedSnippet({ locale: "en", chart: "timeline", title: "t", form: "iframe" })).not.toContain("<script");
  });
});
