// The link checker behind e2e/links.spec.ts: resolution against the page and the base path, the export's
// trailing slashes, fragments (ids, <a name>, deck hashes), island props, and that broken links are reported.
import { describe, expect, it } from "vitest";
import { checkSite, collect, fragmentError, pagePathOf, pageType, parseSrcset, report, resolveLink, targetFile, type Doc } from "@/e2e/link-check";

const site = { origin: "https://example.org", basePath: "" };
const sub = { origin: "https://example.org", basePath: "/cloud" };

describe("resolveLink", () => {
  it("resolves root-relative, relative and same-page URLs against the page", () => {
    expect(resolveLink("/en/sources/", "/en/x/", site)).toEqual({ kind: "internal", path: "/en/sources/", fragment: null });
    expect(resolveLink("../y/", "/en/x/", site)).toEqual({ kind: "internal", path: "/en/y/", fragment: null });
    expect(resolveLink("#note-3", "/en/x/", site)).toEqual({ kind: "internal", path: "/en/x/", fragment: "note-3" });
    expect(resolveLink("step/2/", "/en/embed/c/", site)).toEqual({ kind: "internal", path: "/en/embed/c/step/2/", fragment: null });
  });

  it("drops query strings and keeps the fragment", () => {
    expect(resolveLink("/en/x/?a=1#b", "/", site)).toEqual({ kind: "internal", path: "/en/x/", fragment: "b" });
    expect(resolveLink("?theme=dark", "/en/x/", site)).toEqual({ kind: "internal", path: "/en/x/", fragment: null });
  });

  it("decodes percent-encoded paths", () => {
    expect(resolveLink("/data/a%20b.csv", "/", site)).toEqual({ kind: "internal", path: "/data/a b.csv", fragment: null });
  });

  it("treats absolute URLs at the site's origin as internal, other origins as external", () => {
    expect(resolveLink("https://example.org/en/x/", "/", site)).toEqual({ kind: "internal", path: "/en/x/", fragment: null });
    expect(resolveLink("https://example.org", "/en/", site)).toEqual({ kind: "internal", path: "/", fragment: null });
    expect(resolveLink("https://example.org.evil/en/", "/", site).kind).toBe("skip");
    expect(resolveLink("https://other.org/en/", "/", site).kind).toBe("skip");
    expect(resolveLink("//other.org/x", "/", site).kind).toBe("skip");
    expect(resolveLink("mailto:a@b.c", "/", site).kind).toBe("skip");
    expect(resolveLink("tel:123", "/", site).kind).toBe("skip");
    expect(resolveLink("data:image/png;base64,AA", "/", site).kind).toBe("skip");
  });

  it("counts javascript: and empty URLs as errors", () => {
    expect(resolveLink("javascript:void(0)", "/", site)).toEqual({ kind: "error", reason: "javascript: URL" });
    expect(resolveLink(" JavaScript:alert(1)", "/", site).kind).toBe("error");
    expect(resolveLink("", "/", site).kind).toBe("error");
  });

  it("strips the base path, and rejects same-origin URLs outside it", () => {
    expect(resolveLink("/cloud/en/x/", "/en/", sub)).toEqual({ kind: "internal", path: "/en/x/", fragment: null });
    expect(resolveLink("x/", "/en/", sub)).toEqual({ kind: "internal", path: "/en/x/", fragment: null });
    expect(resolveLink("../", "/en/", sub)).toEqual({ kind: "internal", path: "/", fragment: null });
    expect(resolveLink("/cloud", "/en/", sub)).toEqual({ kind: "internal", path: "/", fragment: null });
    expect(resolveLink("https://example.org/cloud/en/", "/", sub)).toEqual({ kind: "internal", path: "/en/", fragment: null });
    expect(resolveLink("/en/x/", "/en/", sub)).toEqual({ kind: "error", reason: "outside the base path /cloud" });
    expect(resolveLink("/cloudy/en/", "/en/", sub).kind).toBe("error");
    expect(resolveLink("../../", "/en/", sub).kind).toBe("error");
  });

  it("honours <base href>", () => {
    expect(resolveLink("y/", "/en/x/", site, "/zh-hans/")).toEqual({ kind: "internal", path: "/zh-hans/y/", fragment: null });
  });

  it("rejects relative URLs on 404 pages, which are served at any address", () => {
    expect(resolveLink("en/", "/404.html", site).kind).toBe("error");
    expect(resolveLink("../sources/", "/en/not-found/", site).kind).toBe("error");
    expect(resolveLink("/en/", "/404.html", site).kind).toBe("internal");
    expect(resolveLink("#main", "/en/not-found/", site).kind).toBe("internal");
  });
});

describe("targetFile", () => {
  const files = new Set(["index.html", "en/index.html", "en/x/index.html", "data/a.csv", "404.html"]);
  it("maps directory URLs to index.html and files to themselves", () => {
    expect(targetFile("/", files)).toEqual({ file: "index.html" });
    expect(targetFile("/en/x/", files)).toEqual({ file: "en/x/index.html" });
    expect(targetFile("/data/a.csv", files)).toEqual({ file: "data/a.csv" });
    expect(targetFile("/404.html", files)).toEqual({ file: "404.html" });
  });
  it("reports missing pages, missing files and directory URLs without their trailing slash", () => {
    expect(targetFile("/en/y/", files)).toEqual({ error: "no such page" });
    expect(targetFile("/data/b.csv", files)).toEqual({ error: "no such file" });
    expect(targetFile("/en/x", files)).toEqual({ error: "directory URL without its trailing slash" });
  });
});

describe("fragments", () => {
  const doc = (html: string) => collect(`<!doctype html><html><body>${html}</body></html>`);
  const page = doc(`<h2 id="notes">Notes</h2><ol><li id="note-1">x</li></ol><a name="old"></a><p id="年表">y</p><template><p id="in-template"></p></template>`);
  it("finds ids, <a name> and percent-encoded ids", () => {
    expect(fragmentError("note-1", page)).toBeNull();
    expect(fragmentError("old", page)).toBeNull();
    expect(fragmentError("%E5%B9%B4%E8%A1%A8", page)).toBeNull();
    expect(fragmentError("in-template", page)).toBeNull();
    expect(fragmentError("", page)).toBeNull();
    expect(fragmentError("top", page)).toBeNull();
    expect(fragmentError(null, page)).toBeNull();
  });
  it("reports a missing id", () => {
    expect(fragmentError("note-2", page)).toBe('no element with id "note-2"');
  });
  it("reads a deck's #/slide/step against its slides", () => {
    const deck = doc(
      `<div id="deck" data-deck="x"><div class="deck-item" data-slide="0" data-steps="1"></div><div class="deck-item" data-slide="1" data-steps="3"></div></div>`,
    );
    expect(deck.deckShape).toEqual([1, 3]);
    expect(fragmentError("/2/1", deck)).toBeNull();
    expect(fragmentError("/1", deck)).toBeNull();
    expect(fragmentError("/3", deck)).toBe("deck has no slide 3 (it has 2)");
    expect(fragmentError("/2", page)).toBe('no element with id "/2"');
  });
});

describe("collect", () => {
  it("gathers href, src, srcset, social-card URLs and site paths in island props", () => {
    const facts = collect(
      `<!doctype html><html><head>
        <link rel="stylesheet" href="/a.css"><meta property="og:image" content="https://example.org/og/en/x.png"><meta name="description" content="/not-a-url">
        <script src="/site/runtime.js"></script></head><body>
        <a href="/en/">home</a><img src="/i.png" srcset="/i.png 1x, /i@2x.png 2x"><svg><use href="#g"></use></svg>
        <span hidden data-attach="deck" data-props='{"follow":["/en/x/#s"],"nextDeck":"/en/present/y/","title":"a / b"}'></span>
        <div data-follow-path="/en/x/"></div><svg><g data-href="/en/x/#event-2"></g></svg>
        <script type="application/json" data-island-props="timeline">{"events":[{"href":"/en/x/#event-1","label":"/"}]}</script>
      </body></html>`,
    );
    expect(facts.links.map((l) => `${l.tag}[${l.attr}] ${l.value}`)).toEqual([
      "link[href] /a.css",
      "meta[content[og:image]] https://example.org/og/en/x.png",
      "script[src] /site/runtime.js",
      "a[href] /en/",
      "img[src] /i.png",
      "img[srcset] /i.png",
      "img[srcset] /i@2x.png",
      "use[href] #g",
      "span[props.follow] /en/x/#s",
      "span[props.nextDeck] /en/present/y/",
      "div[data-follow-path] /en/x/",
      "g[data-href] /en/x/#event-2",
      "script[props.href] /en/x/#event-1",
      "script[props.label] /",
    ]);
  });

  it("reads srcset candidates", () => {
    expect(parseSrcset("a.png 1x, b.png 2x")).toEqual(["a.png", "b.png"]);
    expect(parseSrcset("a.png, b.png,")).toEqual(["a.png", "b.png"]);
    // As HTML reads it: a comma inside a URL belongs to it.
    expect(parseSrcset("a,b.png 2x")).toEqual(["a,b.png"]);
    expect(parseSrcset(" a.png 640w (x, y), b.png")).toEqual(["a.png", "b.png"]);
  });
});

describe("checkSite and report", () => {
  const html = (body: string) => collect(`<!doctype html><html><body>${body}</body></html>`);
  const docs = new Map<string, Doc>([
    ["en/x/index.html", { page: "/en/x/", facts: html(`<p id="s1"></p><a href="/en/present/x/#note-4">4</a><a href="#s1">s</a><a href="/en/y/">y</a>`) }],
    [
      "en/present/x/index.html",
      {
        page: "/en/present/x/",
        facts: html(
          `<a href="#note-1">1</a><a href="#note-2">2</a><a href="/en/x/#s2">s2</a><a href="javascript:void(0)">j</a><a href="/en/x">x</a><ol><li id="note-1"></li></ol>`,
        ),
      },
    ],
  ]);
  const files = new Set(docs.keys());
  const { broken, checked } = checkSite(docs, files, site);

  it("finds every kind of broken link once per page", () => {
    expect(checked).toBe(8);
    expect(broken).toEqual([
      { page: "/en/x/", href: "/en/present/x/#note-4", reason: 'no element with id "note-4"' },
      { page: "/en/x/", href: "/en/y/", reason: "no such page" },
      { page: "/en/present/x/", href: "#note-2", reason: 'no element with id "note-2"' },
      { page: "/en/present/x/", href: "/en/x/#s2", reason: 'no element with id "s2"' },
      { page: "/en/present/x/", href: "javascript:void(0)", reason: "javascript: URL" },
      { page: "/en/present/x/", href: "/en/x", reason: "directory URL without its trailing slash" },
    ]);
  });

  it("reports them grouped by kind and page, counted and capped", () => {
    const text = report(broken);
    expect(text).toContain("6 broken internal links or anchors");
    expect(text).toContain("by kind: missing anchor 3, directory URL without its trailing slash 1, javascript: URL 1, missing target 1");
    expect(text).toContain("by page type: chapter deck 4, chapter 2");
    expect(text).toContain("missing anchor: 3 on 2 pages\n  /en/x/ → /en/present/x/#note-4\n  /en/present/x/ → #note-2, /en/x/#s2\n");
    expect(text).toContain("missing target: 1 on 1 page\n  /en/x/ → /en/y/ (no such page)");
    expect(text).toContain("javascript: URL: 1 on 1 page\n  /en/present/x/ → javascript:void(0)");
    expect(report([])).toBe("no broken internal links");
  });

  it("caps links per page, pages per kind and lines in all", () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ page: `/en/p${i % 3}/`, href: `#note-${i}`, reason: `no element with id "note-${i}"` }));
    many.push({ page: "/en/q/", href: "/en/z/", reason: "no such page" });
    const text = report(many, { perPage: 2, perKind: 2, max: 2 });
    expect(text).toContain(
      "missing anchor: 30 on 3 pages\n  /en/p0/ → #note-0, #note-3, … and 8 more\n  /en/p1/ → #note-1, #note-4, … and 8 more\n  … and 1 more page (10 links)",
    );
    expect(text).toContain("missing target: 1 on 1 page\n  … and 1 more page (1 link)");
  });

  it("names page types and the addresses files are served at", () => {
    expect(pagePathOf("en/x/index.html")).toBe("/en/x/");
    expect(pagePathOf("index.html")).toBe("/");
    expect(pagePathOf("404.html")).toBe("/404.html");
    expect(
      [
        "/",
        "/en/",
        "/en/x/",
        "/en/present/",
        "/en/present/x/",
        "/en/embed/c/",
        "/en/embed/c/step/1/",
        "/404.html",
        "/zh-hant/not-found/",
        "/_not-found/",
        "/en/sources/",
      ].map(pageType),
    ).toEqual(["root cover", "locale cover", "chapter", "whole-story deck", "chapter deck", "embed", "embed", "404", "404", "404", "sources"]);
  });
});
