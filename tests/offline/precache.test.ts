// The offline manifest is worked out from out/: which pages a classroom needs, which files each page
// fetches, which assets they share, and a version that changes exactly when those files do.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { assetRefs, buildOfflineManifest, pageFiles, pageKind, renderServiceWorker } from "@/lib/offline/precache.mjs";
import { makeOut } from "./fixture";

const LOCALES = ["en", "zh-hans"];
const CHAPTERS = ["prologue", "to-the-cloud"];

describe("pageKind", () => {
  it("names the classroom pages and skips the rest", () => {
    expect(pageKind("/en/", LOCALES, CHAPTERS)).toBe("cover");
    expect(pageKind("/en/prologue/", LOCALES, CHAPTERS)).toBe("chapter");
    expect(pageKind("/zh-hans/teach/", LOCALES, CHAPTERS)).toBe("teach");
    expect(pageKind("/en/present/", LOCALES, CHAPTERS)).toBe("deck");
    expect(pageKind("/en/present/prologue/", LOCALES, CHAPTERS)).toBe("deck");
    expect(pageKind("/en/offline/", LOCALES, CHAPTERS)).toBe("offline");
    expect(pageKind("/en/sources/", LOCALES, CHAPTERS)).toBe("sources");
    expect(pageKind("/en/search/", LOCALES, CHAPTERS)).toBeNull();
    expect(pageKind("/en/not-found/", LOCALES, CHAPTERS)).toBeNull();
    expect(pageKind("/en/unlisted/", LOCALES, CHAPTERS)).toBeNull();
    expect(pageKind("/fr/prologue/", LOCALES, CHAPTERS)).toBeNull();
    expect(pageKind("/", LOCALES, CHAPTERS)).toBeNull();
  });
});

describe("assetRefs", () => {
  const html = fs.readFileSync(path.join(makeOut(), "en", "index.html"), "utf8");
  it("lists stylesheets, scripts, icons, images and the manifest, not links to pages or other origins", () => {
    expect(assetRefs(html, "")).toEqual([
      "/_next/static/chunks/main.js",
      "/_next/static/chunks/site.css",
      "/en/manifest.webmanifest",
      "/icon.svg?icon.abc.svg",
      "/og/en/index.png?v=1&w=2",
    ]);
  });
  it("keeps only URLs under the base path", () => {
    const based = fs.readFileSync(path.join(makeOut("/ce"), "en", "index.html"), "utf8");
    expect(assetRefs(based, "/ce")).toContain("/ce/_next/static/chunks/main.js");
    expect(assetRefs(based, "/ce").every((u) => u.startsWith("/ce/"))).toBe(true);
  });
});

describe("pageFiles", () => {
  const out = makeOut();
  it("is the page URL and its RSC payloads, without a _full payload identical to index.txt", () => {
    expect(pageFiles(out, "en/teach", "")).toEqual([
      "/en/teach/",
      "/en/teach/__next.$d$locale.teach.__PAGE__.txt",
      "/en/teach/__next._tree.txt",
      "/en/teach/index.txt",
    ]);
  });
  it("keeps a _full payload that differs", () => {
    expect(pageFiles(out, "en/prologue", "")).toContain("/en/prologue/__next._full.txt");
  });
});

describe("buildOfflineManifest", () => {
  it("lists each locale's classroom pages, the shared assets and the offline shell", () => {
    const out = makeOut();
    const m = buildOfflineManifest({ outDir: out, locales: LOCALES, chapters: CHAPTERS });
    expect(m.version).toMatch(/^[0-9a-f]{12}$/);
    expect(m.locales.en!.pages.map((p) => [p.path, p.kind])).toEqual([
      ["/en/offline/", "offline"],
      ["/en/teach/", "teach"],
      ["/en/present/", "deck"],
      ["/en/present/prologue/", "deck"],
      ["/en/", "cover"],
      ["/en/prologue/", "chapter"],
      ["/en/sources/", "sources"],
    ]);
    expect(m.assets).toEqual(
      expect.arrayContaining([
        "/_next/static/chunks/main.js",
        "/_next/static/chunks/site.css",
        "/_next/static/build-1/_buildManifest.js",
        "/icon.svg?icon.abc.svg",
      ]),
    );
    // References to files the export does not have (here the manifest and the image) would break every install.
    expect(m.assets).not.toContain("/en/manifest.webmanifest");
    expect(m.assets.some((a) => a.startsWith("/og/"))).toBe(false);
    expect(m.assets.some((a) => a.startsWith("http"))).toBe(false);
    // The shell is what the worker saves on install: both offline pages and what they load.
    expect(m.shell).toEqual(expect.arrayContaining(["/en/offline/", "/en/offline/index.txt", "/zh-hans/offline/", "/_next/static/chunks/main.js"]));
    expect(m.shell).not.toContain("/en/teach/");
  });

  it("prefixes every URL with the base path", () => {
    const m = buildOfflineManifest({ outDir: makeOut("/ce"), basePath: "/ce", locales: LOCALES, chapters: CHAPTERS });
    const urls = [...m.assets, ...m.shell, ...Object.values(m.locales).flatMap((l) => l.pages.flatMap((p) => [p.path, ...p.files]))];
    expect(urls.every((u) => u.startsWith("/ce/"))).toBe(true);
  });

  it("changes version when a saved file changes, and only then", () => {
    const out = makeOut();
    const v1 = buildOfflineManifest({ outDir: out, locales: LOCALES, chapters: CHAPTERS }).version;
    expect(buildOfflineManifest({ outDir: out, locales: LOCALES, chapters: CHAPTERS }).version).toBe(v1);
    fs.writeFileSync(path.join(out, "en", "search", "index.html"), "not saved for offline, so no new version");
    expect(buildOfflineManifest({ outDir: out, locales: LOCALES, chapters: CHAPTERS }).version).toBe(v1);
    fs.writeFileSync(path.join(out, "en", "teach", "index.html"), "a new guide");
    const v2 = buildOfflineManifest({ outDir: out, locales: LOCALES, chapters: CHAPTERS }).version;
    expect(v2).not.toBe(v1);
    expect(buildOfflineManifest({ outDir: out, locales: LOCALES, chapters: CHAPTERS, workerSource: "new worker code" }).version).not.toBe(v2);
  });
});

describe("renderServiceWorker", () => {
  it("puts the manifest in front of the worker as a constant the worker reads", () => {
    const m = buildOfflineManifest({ outDir: makeOut(), locales: LOCALES, chapters: CHAPTERS });
    const source = renderServiceWorker("globalThis.seen = OFFLINE.version;", m);
    const sandbox: { seen?: string } = {};
    vm.runInNewContext(source, { globalThis: sandbox });
    expect(sandbox.seen).toBe(m.version);
  });
});
