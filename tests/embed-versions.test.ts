// Published embed versions never change meaning (scripts/embed-versions.mjs, lib/embed/versions.ts).
// The committed snapshots under published/ are checked byte for byte against content/published-charts.json,
// and a fixture site in a temp dir shows the whole cycle: a chart is frozen as v1, its data changes, the next
// build installs v1 again, and the versioned URL still answers 200 with the old numbers while the
// unversioned one follows the new data.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without types
import { checkPublished, freeze, freezeFile, installPublished, readRecord, SITE_TOKEN } from "../scripts/embed-versions.mjs";
// @ts-expect-error: a plain .mjs script without types
import { createStaticServer } from "../scripts/serve.mjs";
import published from "@/content/published-charts.json";
import { chartIds } from "@/components/charts/registry";
import { embedSnippet } from "@/lib/embed/urls";
import { currentVersion, publishedRecord } from "@/lib/embed/versions";

const LOCALES = ["en", "zh-hans", "zh-hant"] as const;
const SITE = "http://localhost:3000";
const CHART = "demo";
/** The site's stylesheet, which embed-finalize inlines into every document. */
const CSS = ".chart{color:red}".repeat(100);

describe("the committed versions (published/)", () => {
  it("the record validates and every published chart has a frozen version", () => {
    const record = publishedRecord();
    for (const id of published.charts) expect(currentVersion(id, record)?.version, `${id}: npm run embeds:freeze -- ${id}`).toBeGreaterThan(0);
  });

  it("every recorded version is there, byte for byte", () => {
    expect(checkPublished()).toEqual([]);
  });

  it("the gallery's snippet for every chart points at its current version", () => {
    for (const chart of chartIds) {
      const v = currentVersion(chart)!.version;
      const code = embedSnippet({ locale: "en", chart, title: "T", form: "script", version: v });
      expect(code).toContain(`/en/embed/${chart}/v${v}/"`);
      expect(code).toContain(`/en/embed/${chart}/v${v}/${chart}.png"`);
    }
  });
});

describe("freezing a document", () => {
  const line = (latest: string) =>
    `<div data-embed="demo"><a href="/en/embed/demo/demo.csv">CSV</a><template data-embed-version-line="" data-date="2026-12-06"><span data-embed-version-note=""> · <a href="/en/charts/#versions-demo" data-embed-versions="">Version {n}</a> · <a href="${latest}" target="_blank" data-embed-latest="">Latest</a></span></template></div>`;
  it("keeps the link to the latest unversioned while its own addresses move into the version", () => {
    // Builds since the light-pages merge write the real address (the link checker reads template contents);
    // older ones wrote a "{latest}" placeholder.
    for (const latest of ["/en/embed/demo/", "{latest}"]) {
      const out = freezeFile(line(latest), { chart: "demo", version: 3, locale: "en", html: true });
      expect(out, latest).toContain('<a href="/en/embed/demo/" target="_blank" data-embed-latest="">');
      expect(out, latest).toContain('<a href="/en/embed/demo/v3/demo.csv">');
      expect(out, latest).toContain(">Version 3</a>");
      expect(out, latest).not.toContain("<template");
      expect(out, latest).not.toContain("\u0000");
    }
  });
});

/** A build of the fixture site's one chart, as next build + embed-finalize would leave it in out/. */
function writeBuild(outDir: string, sales: number) {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(outDir, "embed"), { recursive: true });
  fs.writeFileSync(path.join(outDir, "embed", "runtime.0123456789.js"), "/* runtime */");
  fs.writeFileSync(path.join(outDir, "404.html"), "<!doctype html><title>404</title>");
  fs.writeFileSync(path.join(outDir, ".build-info.json"), JSON.stringify({ basePath: "", siteUrl: SITE }));
  const doc = (locale: string, step?: number) =>
    `<!DOCTYPE html><html lang="${locale}"><head><link rel="canonical" href="${SITE}/${locale}/embed/${CHART}/${step === undefined ? "" : `step/${step}/`}"/>` +
    `<style>${CSS}</style><script defer src="/embed/runtime.0123456789.js"></script></head><body>` +
    `<div data-embed="${CHART}" data-embed-step-url="/${locale}/embed/${CHART}/step/"><figure data-chart="${CHART}"><p data-sales="">${sales}</p></figure>` +
    `<p><a href="/${locale}/">Cloud Expedition</a><span data-embed-updated="2027-01-01"> · Updated</span>` +
    `<template data-embed-version-line="" data-date="2026-12-06"><span data-embed-version-note=""> · <a href="/${locale}/charts/#versions-${CHART}">Version {n}</a> · <a href="/${locale}/embed/${CHART}/" data-embed-latest="">Latest</a></span></template></p>` +
    `<a href="/${locale}/embed/${CHART}/${CHART}.csv" download>CSV</a></div></body></html>`;
  for (const locale of LOCALES) {
    const dir = path.join(outDir, locale, "embed", CHART);
    fs.mkdirSync(path.join(dir, "step", "1"), { recursive: true });
    fs.writeFileSync(path.join(dir, "index.html"), doc(locale));
    fs.writeFileSync(path.join(dir, "step", "1", "index.html"), doc(locale, 1));
    fs.writeFileSync(path.join(dir, `${CHART}.csv`), `\uFEFFyear,sales_cny\n2009,${sales}\n`);
    fs.writeFileSync(
      path.join(dir, `${CHART}.svg`),
      `<svg xmlns="http://www.w3.org/2000/svg" width="768"><text>${sales} · ${SITE}/${locale}/embed/${CHART}/</text></svg>`,
    );
    fs.writeFileSync(path.join(dir, "oembed.json"), JSON.stringify({ html: `<iframe src="${SITE}/${locale}/embed/${CHART}/"></iframe>` }));
  }
}

async function get(outDir: string, url: string, basePath = "") {
  const server = createStaticServer({ outDir, basePath });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${url}`);
    return { status: res.status, text: await res.text() };
  } finally {
    server.close();
  }
}

// Each case writes a site, freezes and installs it, and starts a static server per request: seconds on a
// loaded 2-core machine, past Vitest's default 5 s.
describe("a fixture site: a version keeps its numbers after the data changes", { timeout: 30_000 }, () => {
  let tmp: string;
  let dirs: { outDir: string; publishedDir: string; recordFile: string; cacheDir: string };
  const renderPng = (svg: string) => Buffer.from(`PNG of ${svg.length}`);
  const install = (extra: Record<string, unknown> = {}) => installPublished({ ...dirs, siteUrl: SITE, renderPng, ...extra });

  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "embed-versions-"));
    dirs = {
      outDir: path.join(tmp, "out"),
      publishedDir: path.join(tmp, "published"),
      recordFile: path.join(tmp, "published-charts.json"),
      cacheDir: path.join(tmp, "png"),
    };
    fs.writeFileSync(dirs.recordFile, JSON.stringify({ charts: [CHART] }));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("v1 answers 200 with the old numbers after a rebuild with new data; the unversioned URL shows the new", async () => {
    writeBuild(dirs.outDir, 52000000);
    const { entry } = freeze({ chart: CHART, ...dirs });
    expect(entry).toMatchObject({ version: 1, date: "2026-12-06", changes: { en: "First published version." } });
    expect(checkPublished({ publishedDir: dirs.publishedDir, record: readRecord(dirs.recordFile) })).toEqual([]);
    // The stored copy holds no site address of its own, only the token.
    const stored = fs.readFileSync(path.join(dirs.publishedDir, "en/embed/demo/v1/oembed.json"), "utf8");
    expect(stored).toContain(`${SITE_TOKEN}/en/embed/demo/v1/`);
    expect(stored).not.toContain(SITE);
    // The stylesheet is stored once, not in each of the six documents.
    const storedDoc = fs.readFileSync(path.join(dirs.publishedDir, "en/embed/demo/v1/index.html"), "utf8");
    expect(storedDoc).not.toContain(CSS);
    expect(storedDoc).toMatch(/<style>\{\{STYLE:[0-9a-f]{16}\}\}<\/style>/);
    expect(fs.readdirSync(path.join(dirs.publishedDir, "embed")).filter((f) => f.endsWith(".css"))).toHaveLength(1);

    // The data changes; the next build starts from an empty out/ and installs the published versions.
    writeBuild(dirs.outDir, 99000000);
    await install();
    const v1 = await get(dirs.outDir, "/en/embed/demo/v1/");
    expect(v1.status).toBe(200);
    expect(v1.text).toContain('<p data-sales="">52000000</p>');
    expect(v1.text).not.toContain("99000000");
    expect(v1.text).toContain(`<style>${CSS}</style>`);
    // It says which version it is, links to the latest and to the list of versions, and loses "Updated".
    expect(v1.text).toContain('data-embed-version="1"');
    expect(v1.text).toContain(">Version 1</a>");
    expect(v1.text).toContain('<a href="/en/embed/demo/" data-embed-latest="">');
    expect(v1.text).toContain('href="/en/charts/#versions-demo"');
    expect(v1.text).not.toContain("data-embed-updated");
    // Its own addresses (canonical, steps, downloads) stay inside the version.
    expect(v1.text).toContain(`<link rel="canonical" href="${SITE}/en/embed/demo/v1/"/>`);
    expect(v1.text).toContain('data-embed-step-url="/en/embed/demo/v1/step/"');
    for (const [url, needle] of [
      ["/en/embed/demo/v1/demo.csv", "2009,52000000"],
      ["/zh-hant/embed/demo/v1/step/1/", "52000000"],
      ["/en/embed/demo/v1/demo.svg", "52000000"],
      ["/embed/runtime.0123456789.js", "runtime"],
      ["/en/embed/demo/v1/demo.png", "PNG of"],
    ] as const) {
      const r = await get(dirs.outDir, url);
      expect(r.status, url).toBe(200);
      expect(r.text, url).toContain(needle);
    }
    const latest = await get(dirs.outDir, "/en/embed/demo/");
    expect(latest.text).toContain("99000000");

    // The editor publishes the change as v2: v1 is untouched, v2 has the new numbers.
    expect(() => freeze({ chart: CHART, ...dirs })).toThrow(/say what changed since v1/);
    const v2 = freeze({ chart: CHART, changes: { en: "2009 corrected.", "zh-hans": "更正了2009年。" }, ...dirs }).entry;
    expect(v2.version).toBe(2);
    const record = readRecord(dirs.recordFile);
    expect(currentVersion(CHART, publishedRecord(record))?.version).toBe(2);
    expect(checkPublished({ publishedDir: dirs.publishedDir, record })).toEqual([]);
    await install();
    expect((await get(dirs.outDir, "/en/embed/demo/v1/demo.csv")).text).toContain("2009,52000000");
    expect((await get(dirs.outDir, "/en/embed/demo/v2/demo.csv")).text).toContain("2009,99000000");
    // Nothing changed since v2: there is nothing to freeze.
    expect(() => freeze({ chart: CHART, changes: { en: "x", "zh-hans": "x" }, ...dirs })).toThrow(/nothing to freeze/);
  });

  it("a recorded version whose bytes change, or that disappears, fails the check", () => {
    writeBuild(dirs.outDir, 52000000);
    freeze({ chart: CHART, ...dirs });
    const check = () => checkPublished({ publishedDir: dirs.publishedDir, record: readRecord(dirs.recordFile) });
    expect(check()).toEqual([]);

    const csv = path.join(dirs.publishedDir, "en/embed/demo/v1/demo.csv");
    const original = fs.readFileSync(csv, "utf8");
    fs.writeFileSync(csv, original.replace("52000000", "52000001"));
    expect(check()).toEqual(["demo v1: en/embed/demo/v1/demo.csv has changed"]);
    fs.writeFileSync(csv, original);

    fs.rmSync(path.join(dirs.publishedDir, "zh-hans/embed/demo/v1/step"), { recursive: true });
    expect(check()).toEqual(["demo v1: zh-hans/embed/demo/v1/step/1/index.html has disappeared"]);

    fs.rmSync(path.join(dirs.publishedDir, "zh-hans"), { recursive: true });
    expect(check()).toContain("demo v1: zh-hans/embed/demo/v1/index.html has disappeared");

    fs.rmSync(path.join(dirs.publishedDir, "versions"), { recursive: true });
    expect(check()).toEqual(["demo v1: versions/demo/v1.sha256 is missing: the version has disappeared"]);
  });

  it("a version dropped from the record, or a manifest edited to match changed bytes, fails the check", () => {
    writeBuild(dirs.outDir, 52000000);
    freeze({ chart: CHART, ...dirs });
    const record = readRecord(dirs.recordFile);
    expect(checkPublished({ publishedDir: dirs.publishedDir, record: { ...record, versions: { [CHART]: [] } } })).toEqual([
      "demo: published but no version frozen (npm run embeds:freeze -- demo)",
      ...LOCALES.map((l) => `demo: ${l}/embed/demo/v1 is not recorded`),
    ]);
    const mf = path.join(dirs.publishedDir, "versions/demo/v1.sha256");
    fs.appendFileSync(mf, `${"0".repeat(64)}  en/embed/demo/v1/extra.csv\n`);
    expect(checkPublished({ publishedDir: dirs.publishedDir, record })[0]).toMatch(/^demo v1: its manifest changed/);
  });

  it("installs with the build's site address and base path", async () => {
    writeBuild(dirs.outDir, 52000000);
    freeze({ chart: CHART, ...dirs });
    await install({ siteUrl: "https://example.org", basePath: "/ce" });
    const html = fs.readFileSync(path.join(dirs.outDir, "en/embed/demo/v1/index.html"), "utf8");
    expect(html).toContain('<link rel="canonical" href="https://example.org/ce/en/embed/demo/v1/"/>');
    expect(html).toContain('src="/ce/embed/runtime.0123456789.js"');
    expect(html).toContain('<a href="/ce/en/embed/demo/" data-embed-latest="">');
    expect(html).toContain('href="/ce/en/embed/demo/v1/demo.csv"');
    expect(fs.readFileSync(path.join(dirs.outDir, "en/embed/demo/v1/oembed.json"), "utf8")).toContain("https://example.org/ce/en/embed/demo/v1/");
    expect((await get(dirs.outDir, "/ce/en/embed/demo/v1/", "/ce")).status).toBe(200);
  });
});
