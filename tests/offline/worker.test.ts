// The real worker (lib/offline/sw.js, rendered as out/sw.js is) run in a sandbox with a fake CacheStorage
// and a fake network made of the fixture's files: what install saves and carries over from an older
// version, what activate deletes, and how fetch answers online, offline and on a slow connection.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { beforeEach, describe, expect, it } from "vitest";
import { buildOfflineManifest, renderServiceWorker, type OfflineManifest } from "@/lib/offline/precache.mjs";
import { makeOut } from "./fixture";

const ORIGIN = "http://localhost:4340";
const abs = (u: string) => new URL(u, ORIGIN).href;

class FakeCache {
  entries = new Map<string, Response>();
  async match(req: string | { url: string }, opts?: { ignoreSearch?: boolean }) {
    const url = abs(typeof req === "string" ? req : req.url);
    const hit = this.entries.get(url) ?? (opts?.ignoreSearch ? [...this.entries].find(([k]) => k.split("?")[0] === url.split("?")[0])?.[1] : undefined);
    return hit?.clone();
  }
  async put(req: string | { url: string }, res: Response) {
    this.entries.set(abs(typeof req === "string" ? req : req.url), res);
  }
  async keys() {
    return [...this.entries.keys()].map((url) => ({ url }));
  }
}

class FakeCacheStorage {
  stores = new Map<string, FakeCache>();
  async open(name: string) {
    if (!this.stores.has(name)) this.stores.set(name, new FakeCache());
    return this.stores.get(name)!;
  }
  async keys() {
    return [...this.stores.keys()];
  }
  async delete(name: string) {
    return this.stores.delete(name);
  }
}

type Listener = (event: Record<string, unknown>) => void;

function makeWorker(out: string, manifest: OfflineManifest, options: { slow?: boolean } = {}) {
  const listeners: Record<string, Listener> = {};
  const storage = new FakeCacheStorage();
  const net = { online: true, requests: [] as string[], override: new Map<string, string>() };
  const fetch = (input: string | { url: string }) => {
    const url = abs(typeof input === "string" ? input : input.url);
    net.requests.push(url);
    if (!net.online) return Promise.reject(new TypeError("Failed to fetch"));
    if (options.slow) return new Promise(() => undefined);
    const { pathname } = new URL(url);
    const file = path.join(out, decodeURIComponent(pathname), pathname.endsWith("/") ? "index.html" : "");
    const body = net.override.get(pathname) ?? (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null);
    const res = new Response(body ?? "not found", { status: body === null ? 404 : 200 });
    Object.defineProperty(res, "type", { value: "basic" });
    return Promise.resolve(res);
  };
  const self = {
    location: new URL(`${ORIGIN}/sw.js`),
    addEventListener: (type: string, fn: Listener) => (listeners[type] = fn),
    clients: { claim: async () => undefined },
    skipWaiting: () => undefined,
  };
  const source = renderServiceWorker(fs.readFileSync("lib/offline/sw.js", "utf8"), manifest);
  // On a slow connection the worker's timer fires at once: the network never answers before it.
  const setTimeout = options.slow
    ? (fn: () => void) => {
        fn();
        return 0;
      }
    : globalThis.setTimeout;
  vm.runInNewContext(source, { self, caches: storage, fetch, Response, Request, URL, setTimeout });

  const extendable = () => {
    const waits: Promise<unknown>[] = [];
    return { waitUntil: (p: Promise<unknown>) => waits.push(p), settled: () => Promise.all(waits) };
  };
  return {
    storage,
    net,
    async install() {
      const e = extendable();
      listeners.install!(e);
      await e.settled();
    },
    async activate() {
      const e = extendable();
      listeners.activate!(e);
      await e.settled();
    },
    /** Dispatches a fetch; resolves with the worker's response, or null when it let the browser handle it. */
    async fetch(url: string, init: { mode?: string; method?: string } = {}): Promise<Response | null> {
      const e = extendable();
      const answer: { response: Promise<Response> | null } = { response: null };
      listeners.fetch!({
        ...e,
        request: { url: abs(url), method: init.method ?? "GET", mode: init.mode ?? "cors" },
        respondWith: (p: Promise<Response>) => (answer.response = p),
      });
      return answer.response ? await answer.response : null;
    },
    async message(data: Record<string, unknown>) {
      const e = extendable();
      const replies: Record<string, unknown>[] = [];
      listeners.message!({ ...e, data, ports: [{ postMessage: (m: Record<string, unknown>) => replies.push(m) }] });
      await e.settled();
      return replies;
    },
  };
}

const LOCALES = ["en", "zh-hans"];
const CHAPTERS = ["prologue"];
let out: string;
let manifest: OfflineManifest;
const cacheName = (m: OfflineManifest) => `cloud-expedition-${m.version}`;

beforeEach(() => {
  out = makeOut();
  manifest = buildOfflineManifest({ outDir: out, locales: LOCALES, chapters: CHAPTERS, workerSource: "v1" });
});

describe("install and activate", () => {
  it("install saves the offline shell in a cache named after the version", async () => {
    const w = makeWorker(out, manifest);
    await w.install();
    expect(await w.storage.keys()).toEqual([cacheName(manifest)]);
    const cache = await w.storage.open(cacheName(manifest));
    for (const url of manifest.shell) expect(await cache.match(url), url).toBeTruthy();
    expect(await cache.match("/en/teach/")).toBeUndefined();
  });

  it("install fails when the shell cannot be fetched, so an older version stays in charge", async () => {
    const w = makeWorker(out, manifest);
    w.net.online = false;
    await expect(w.install()).rejects.toThrow(/shell incomplete/);
  });

  it("a new version carries over what the old one had saved, then activate deletes only our old caches", async () => {
    const old = makeWorker(out, manifest);
    await old.install();
    await old.activate();
    await old.fetch("/en/teach/", { mode: "navigate" });
    expect((await old.message({ type: "save-locale", locale: "zh-hans" })).at(-1)).toMatchObject({ type: "saved-locale", ok: true });

    fs.writeFileSync(path.join(out, "en", "teach", "index.html"), "the guide, second edition");
    const next = buildOfflineManifest({ outDir: out, locales: LOCALES, chapters: CHAPTERS, workerSource: "v1" });
    expect(next.version).not.toBe(manifest.version);
    const w = makeWorker(out, next);
    w.storage.stores = old.storage.stores;
    await w.storage.open("another-site-cache");
    await w.install();
    const fresh = await w.storage.open(cacheName(next));
    expect(await (await fresh.match("/en/teach/"))!.text()).toBe("the guide, second edition");
    expect(await fresh.match("/zh-hans/prologue/index.txt")).toBeTruthy();
    expect(await fresh.match("/en/prologue/")).toBeUndefined();
    // The old version still answers until the new one activates.
    expect((await w.storage.keys()).sort()).toEqual(["another-site-cache", cacheName(manifest), cacheName(next)].sort());
    await w.activate();
    expect((await w.storage.keys()).sort()).toEqual(["another-site-cache", cacheName(next)].sort());
    expect((await w.message({ type: "status", locale: "zh-hans" }))[0]).toMatchObject({ saved: true, version: next.version });
  });
});

describe("fetch", () => {
  it("serves a page from the network and keeps it; offline, the kept copy", async () => {
    const w = makeWorker(out, manifest);
    await w.install();
    expect(await (await w.fetch("/en/teach/?from=nav", { mode: "navigate" }))!.text()).toContain("en teach");
    w.net.online = false;
    const offline = await w.fetch("/en/teach/", { mode: "navigate" });
    expect(offline!.status).toBe(200);
    expect(await offline!.text()).toContain("en teach");
  });

  it("offline, a page never saved gets the offline page in its own language", async () => {
    const w = makeWorker(out, manifest);
    await w.install();
    w.net.online = false;
    expect(await (await w.fetch("/zh-hans/prologue/", { mode: "navigate" }))!.text()).toContain("zh-hans offline");
    expect(await (await w.fetch("/en/sources/", { mode: "navigate" }))!.text()).toContain("en offline");
  });

  it("offline, RSC payloads are found without their ?_rsc query, and _full.txt from index.txt", async () => {
    const w = makeWorker(out, manifest);
    await w.install();
    await w.message({ type: "save-locale", locale: "en" });
    w.net.online = false;
    expect(await (await w.fetch("/en/teach/__next._tree.txt?_rsc=abc"))!.text()).toBe("tree en teach");
    expect(await (await w.fetch("/en/teach/__next._full.txt?_rsc=xyz"))!.text()).toBe("rsc en teach");
    expect((await w.fetch("/zh-hans/prologue/index.txt?_rsc=1"))!.type).toBe("error");
  });

  it("HEAD requests are answered from the saved page when offline, without a body", async () => {
    const w = makeWorker(out, manifest);
    await w.install();
    w.net.online = false;
    const res = await w.fetch("/en/offline/", { method: "HEAD" });
    expect(res!.status).toBe(200);
    expect(res!.body).toBeNull();
  });

  it("hashed assets are cache-first: once saved, the network is not asked again", async () => {
    const w = makeWorker(out, manifest);
    await w.install();
    w.net.override.set("/_next/static/chunks/main.js", "changed on the server");
    w.net.requests.length = 0;
    expect(await (await w.fetch("/_next/static/chunks/main.js"))!.text()).toBe("console.log(1)");
    expect(w.net.requests).toEqual([]);
  });

  it("on a connection slower than the timeout, a saved page is served from the cache", async () => {
    const w = makeWorker(out, manifest);
    await w.install();
    const slow = makeWorker(out, manifest, { slow: true });
    slow.storage.stores = w.storage.stores;
    expect(await (await slow.fetch("/en/offline/", { mode: "navigate" }))!.text()).toContain("en offline");
  });

  it("leaves other origins, other methods and the worker script to the browser", async () => {
    const w = makeWorker(out, manifest);
    expect(await w.fetch("https://cdn.example.org/x.js")).toBeNull();
    expect(await w.fetch("/en/teach/", { method: "POST" })).toBeNull();
    expect(await w.fetch("/sw.js")).toBeNull();
  });
});

describe("messages", () => {
  it("save-page keeps an opened page's HTML and the shared assets, not its RSC payloads", async () => {
    const w = makeWorker(out, manifest);
    await w.install();
    expect(await w.message({ type: "save-page", path: "/en/prologue/" })).toEqual([{ type: "saved-page", ok: true, path: "/en/prologue/" }]);
    expect(await w.message({ type: "save-page", path: "/en/search/" })).toEqual([{ type: "saved-page", ok: false, path: "/en/search/" }]);
    const cache = await w.storage.open(cacheName(manifest));
    expect(await cache.match("/en/prologue/")).toBeTruthy();
    expect(await cache.match("/_next/static/build-1/_buildManifest.js")).toBeTruthy();
    expect(await cache.match("/en/prologue/index.txt")).toBeUndefined();
    const [status] = await w.message({ type: "status", locale: "en" });
    expect((status!.pages as { path: string; cached: boolean }[]).filter((p) => p.cached).map((p) => p.path)).toEqual(["/en/offline/", "/en/prologue/"]);
  });

  it("save-locale reports progress file by file and ends with success; status then lists every page as saved", async () => {
    const w = makeWorker(out, manifest);
    await w.install();
    const replies = await w.message({ type: "save-locale", locale: "en" });
    const progress = replies.filter((r) => r.type === "progress");
    const total = progress[0]!.total as number;
    expect(progress.map((r) => r.done)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(replies.at(-1)).toEqual({ type: "saved-locale", ok: true, total, failed: 0, version: manifest.version });
    const [status] = await w.message({ type: "status", locale: "en" });
    expect(status).toMatchObject({ type: "status", saved: true, total });
    expect((status!.pages as { cached: boolean }[]).every((p) => p.cached)).toBe(true);
  });

  it("save-locale reports failure when the network drops, and does not mark the locale saved", async () => {
    const w = makeWorker(out, manifest);
    await w.install();
    w.net.online = false;
    const last = (await w.message({ type: "save-locale", locale: "en" })).at(-1)!;
    expect(last).toMatchObject({ type: "saved-locale", ok: false });
    expect(last.failed).toBeGreaterThan(0);
    expect((await w.message({ type: "status", locale: "en" }))[0]).toMatchObject({ saved: false });
  });

  it("ignores locales that are not in the manifest", async () => {
    const w = makeWorker(out, manifest);
    expect(await w.message({ type: "save-locale", locale: "../../etc" })).toEqual([]);
    expect(await w.message({ type: "status", locale: "fr" })).toEqual([]);
  });
});
