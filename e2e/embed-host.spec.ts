// An embed inside someone else's page, on a different origin (a tiny static server started here, on a port
// the system picks, so it never collides with another spec's server running in the other worker): the pasted snippet (iframe + public/embed.js) and NPR's pym.js Parent both size the iframe to its
// content at 320, 768 and 1280 px, with no inner scrollbar, growing and shrinking with the data table;
// embed.js ignores resize messages from any other window, and malformed ones from the right window.
import http from "node:http";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import { expect, test, type ElementHandle, type Frame, type Page } from "@playwright/test";
import { embedHeight, embedSnippet, embedUrl } from "@/lib/embed/urls";
import { absoluteUrl } from "@/lib/paths";
import { PORT } from "../playwright.config";

test.describe.configure({ mode: "serial" });

const SITE = `http://localhost:${PORT}`;
/** The host page's origin, known once its server listens (beforeAll). */
let HOST = "";
/** The snippet as the gallery hands it out, pointing at the site under test instead of SITE_URL. */
const onSite = (html: string) => html.split(absoluteUrl("")).join(SITE);
const CHART = "double11-traffic";

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Host</title><style>body{margin:0;padding:0 8px;font:16px serif}</style></head><body><p>A journalist's article, before the chart.</p>${body}<p>And after it.</p></body></html>`;

const pages: Record<string, () => string> = {
  "/snippet.html": () => page(onSite(embedSnippet({ locale: "en", chart: CHART, title: "Double 11", form: "script" }))),
  // A CMS that strips scripts keeps only the iframe (the form the gallery offers for them).
  "/iframe-only.html": () => page(onSite(embedSnippet({ locale: "en", chart: "timeline", title: "Timeline", form: "iframe" }))),
  // The same snippet pasted twice, and a sibling iframe from the host's own origin that can post messages.
  "/siblings.html": () =>
    page(
      `${onSite(embedSnippet({ locale: "en", chart: CHART, title: "Double 11", form: "script" }))}` +
        `<script async src="${SITE}/embed.js"></script>` +
        `<iframe id="sibling" title="Another widget" src="/sibling.html" style="width:100%;height:120px;border:0"></iframe>`,
    ),
  "/sibling.html": () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sibling</title></head><body>Another widget</body></html>`,
  "/pym.html": () =>
    page(
      `<div id="ce-chart"></div><script src="/pym.v1.min.js"></script>` +
        `<script>window.pymParent = new pym.Parent("ce-chart", ${JSON.stringify(onSite(embedUrl("en", CHART)))}, { title: "Double 11" });</script>`,
    ),
  "/pym.v1.min.js": () => fs.readFileSync("node_modules/pym.js/dist/pym.v1.min.js", "utf8"),
};

let server: http.Server;
test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://host").pathname;
    const make = pages[path];
    if (!make) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": path.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8" }).end(make());
  });
  // Port 0: the system's choice. A fixed port (ours + 1) collided with offline.spec.ts's own server when the
  // two files ran at once in the two workers, and the first test here failed on a port it did not have.
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, () => resolve());
  });
  HOST = `http://localhost:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** The iframe and its document; the embed must come from the site's origin, not the host's. */
async function embedFrame(p: Page, selector: string): Promise<{ iframe: ElementHandle<HTMLIFrameElement>; frame: Frame }> {
  const iframe = (await p.waitForSelector(selector, { state: "attached" })) as ElementHandle<HTMLIFrameElement>;
  let frame = await iframe.contentFrame();
  await expect
    .poll(async () => {
      frame = await iframe.contentFrame();
      // Before its first navigation commits, a new frame's URL is "", which is no URL: keep waiting.
      const url = frame && URL.canParse(frame.url()) ? new URL(frame.url()) : null;
      return url?.origin ?? null;
    })
    .toBe(SITE);
  await frame!.waitForSelector("[data-embed] figure[data-chart]");
  return { iframe, frame: frame! };
}

const iframeHeight = (iframe: ElementHandle<HTMLIFrameElement>) => iframe.evaluate((el) => el.getBoundingClientRect().height);
/** The content's height inside the frame: the bottom of the embed's root, as a reader would scroll to. */
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.querySelector("[data-embed]")!.getBoundingClientRect().bottom + window.scrollY));
const gap = async (iframe: ElementHandle<HTMLIFrameElement>, frame: Frame) => Math.abs((await iframeHeight(iframe)) - (await contentHeight(frame)));
const scrollbars = (frame: Frame) =>
  frame.evaluate(() => ({
    vertical: document.documentElement.scrollHeight > document.documentElement.clientHeight,
    horizontal: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  }));

async function fitsAtEveryWidth(p: Page, hostPath: string, selector: string) {
  for (const width of [320, 768, 1280]) {
    await p.setViewportSize({ width, height: 900 });
    await p.goto(`${HOST}${hostPath}`);
    const { iframe, frame } = await embedFrame(p, selector);
    await expect.poll(() => gap(iframe, frame), { message: `height at ${width} px` }).toBeLessThanOrEqual(2);
    expect(await scrollbars(frame)).toEqual({ vertical: false, horizontal: false });

    // Open the table: the frame grows to fit it; close it: the frame shrinks back.
    const closed = await iframeHeight(iframe);
    await frame.locator("figure[data-chart] details[data-chart-table] > summary").click();
    await expect.poll(() => iframeHeight(iframe), { message: `grows at ${width} px` }).toBeGreaterThan(closed + 100);
    await expect.poll(() => gap(iframe, frame)).toBeLessThanOrEqual(2);
    expect(await scrollbars(frame)).toEqual({ vertical: false, horizontal: false });
    await frame.locator("figure[data-chart] details[data-chart-table] > summary").click();
    await expect.poll(() => iframeHeight(iframe), { message: `shrinks at ${width} px` }).toBeLessThanOrEqual(closed + 2);
    await expect.poll(() => gap(iframe, frame)).toBeLessThanOrEqual(2);
  }
}

test("the pasted snippet (iframe + embed.js) fits the chart at 320, 768 and 1280 px, and follows the table open and shut", async ({ page: p }) => {
  test.setTimeout(60_000);
  await fitsAtEveryWidth(p, "/snippet.html", "iframe[data-cloud-expedition]");
});

test("pym.js's Parent pointed at the embed URL sizes it the same way", async ({ page: p }) => {
  test.setTimeout(60_000);
  await fitsAtEveryWidth(p, "/pym.html", "#ce-chart iframe");
  // pym appended its parameters (childId, initialWidth, parentTitle, parentUrl): they are allowed and ignored.
  const { frame } = await embedFrame(p, "#ce-chart iframe");
  expect(new URL(frame.url()).searchParams.get("childId")).toBe("ce-chart");
  await expect(frame.locator("figure[data-chart]")).not.toHaveAttribute("data-step", /.*/);
});

test("embed.js ignores resize messages from other windows and malformed ones from the embed, and clamps heights", async ({ page: p }) => {
  await p.goto(`${HOST}/siblings.html`);
  const { iframe, frame } = await embedFrame(p, "iframe[data-cloud-expedition]");
  await expect.poll(() => gap(iframe, frame)).toBeLessThanOrEqual(2);
  // Record every height embed.js gives the iframe from now on.
  await p.evaluate(() => {
    const el = document.querySelector("iframe[data-cloud-expedition]") as HTMLIFrameElement;
    (window as unknown as { heights: string[] }).heights = [];
    new MutationObserver(() => (window as unknown as { heights: string[] }).heights.push(el.style.height)).observe(el, {
      attributes: true,
      attributeFilter: ["style"],
    });
  });
  const heights = () => p.evaluate(() => (window as unknown as { heights: string[] }).heights);
  const resize = (height: unknown) => ({ type: "cloud-expedition:resize", chart: CHART, height });

  // Other windows: the host page itself and a sibling iframe.
  await p.evaluate((m) => window.postMessage(m, "*"), resize(4321));
  const sibling = p.frames().find((f) => f.url().endsWith("/sibling.html"))!;
  await sibling.evaluate((m) => window.parent.postMessage(m, "*"), resize(4322));
  // The right window, malformed payloads.
  for (const bad of [
    resize("4323"),
    resize(Number.NaN),
    resize(Number.POSITIVE_INFINITY),
    resize(null),
    { type: "other", height: 4324 },
    JSON.stringify(resize(4325)),
    null,
    [4326],
    { height: 4327 },
  ]) {
    await frame.evaluate((m) => window.parent.postMessage(m, "*"), bad);
  }
  // Then a good one, and clamped ones: once 777 lands, every message before it has been handled.
  await frame.evaluate((m) => window.parent.postMessage(m, "*"), resize(777.2));
  await expect.poll(heights).toContain("778px");
  expect((await heights()).filter((h) => /^43/.test(h))).toEqual([]);
  await frame.evaluate((m) => window.parent.postMessage(m, "*"), resize(99999));
  await expect.poll(heights).toContain("5000px");
  await frame.evaluate((m) => window.parent.postMessage(m, "*"), resize(-40));
  await expect.poll(heights).toContain("100px");
  expect((await heights()).filter((h) => !["778px", "5000px", "100px"].includes(h))).toEqual([]);
});

test("embed.js included twice listens once", async ({ page: p }) => {
  // Count the message listeners the host page's scripts add.
  await p.addInitScript(() => {
    const w = window as unknown as { messageListeners: number };
    w.messageListeners = 0;
    const add = window.addEventListener.bind(window);
    window.addEventListener = ((type: string, ...rest: [EventListenerOrEventListenerObject, unknown?]) => {
      if (type === "message") w.messageListeners++;
      return add(type, ...(rest as [EventListenerOrEventListenerObject]));
    }) as typeof window.addEventListener;
  });
  await p.goto(`${HOST}/siblings.html`);
  const { iframe, frame } = await embedFrame(p, "iframe[data-cloud-expedition]");
  await expect.poll(() => gap(iframe, frame)).toBeLessThanOrEqual(2);
  await p.waitForLoadState("load");
  expect(await p.evaluate(() => document.querySelectorAll('script[src$="/embed.js"]').length)).toBe(2);
  expect(await p.evaluate(() => (window as unknown as { messageListeners: number }).messageListeners)).toBe(1);
});

test("where scripts are stripped, the iframe keeps the snippet's fixed height and the chart reads, scrolling if it must", async ({ page: p }) => {
  for (const width of [1280, 320]) {
    await p.setViewportSize({ width, height: 900 });
    await p.goto(`${HOST}/iframe-only.html`);
    const { iframe, frame } = await embedFrame(p, "iframe[data-cloud-expedition]");
    await frame.waitForLoadState("load");
    expect(await iframeHeight(iframe)).toBe(embedHeight("timeline"));
    await expect(frame.locator('figure[data-chart] svg[role="img"]:visible').first()).toBeVisible();
    // No host answered, so the frame keeps its own scrollbar for content taller than the fixed height.
    expect(await frame.evaluate(() => getComputedStyle(document.documentElement).overflowY)).not.toBe("hidden");
    expect((await scrollbars(frame)).horizontal).toBe(false);
  }
});
