// The offline worker's code. scripts/offline.mjs writes out/sw.js as `const OFFLINE = {manifest};` followed
// by this file, so the worker knows, for this build only, which pages and files make up the classroom.
// Classic script (no modules), because locked-down school PCs run browsers that lack module workers.
//
// Caches are versioned (cloud-expedition-<build hash>). Install saves the offline pages and, when an older
// version had saved pages or whole locales, saves the same pages again in the new build's files, so an
// update never leaves a classroom with less than it had. Activate then deletes the older caches.
// Fetch: same-origin GET and HEAD only. Hashed assets under /_next/static and /site are cache-first; pages, RSC
// payloads and everything else are network-first, falling back to the saved copy when the network fails or
// is slower than a few seconds, and a page never saved falls back to the offline page of its language.
/* global OFFLINE */

const PREFIX = "cloud-expedition-";
const CACHE = PREFIX + OFFLINE.version;
const BASE = OFFLINE.basePath;
/** A marker entry per locale that a teacher saved as a whole. */
const SAVED = `${BASE}/__offline__/saved/`;
const NETWORK_TIMEOUT_MS = 3500;
const PARALLEL = 4;

const sameOrigin = (u) => new URL(u, self.location.origin);
// Hashed files: Next's stylesheets and fonts, and the islands' runtime and chunks (scripts/site-finalize.mjs).
const isStatic = (url) => url.pathname.startsWith(`${BASE}/_next/static/`) || url.pathname.startsWith(`${BASE}/site/`);
const isPayload = (url) => /\/(index\.txt|__next\.[^/]*\.txt)$/.test(url.pathname);

function localeOf(pathname) {
  const first = pathname.slice(BASE.length).split("/")[1];
  return Object.hasOwn(OFFLINE.locales, first) ? first : Object.keys(OFFLINE.locales)[0];
}

function pageEntry(pathname) {
  for (const locale of Object.values(OFFLINE.locales)) {
    const page = locale.pages.find((p) => p.path === pathname);
    if (page) return page;
  }
  return null;
}

/** A page opened once keeps its HTML and the shared assets (both usually come from the HTTP cache, so this
 * costs the reader next to nothing). Its RSC payloads, only needed for client-side navigation, are kept as
 * the router fetches them, or with "Make available offline"; offline, the router falls back to the HTML. */
const openedFiles = (page) => [page.path, ...OFFLINE.assets];
const filesOfLocale = (locale) => [...OFFLINE.assets, ...OFFLINE.locales[locale].pages.flatMap((p) => p.files)];

/** Fetches URLs into the cache, a few at a time, skipping those already saved; reports each file done. */
async function saveAll(cache, urls, onProgress) {
  const list = [...new Set(urls)];
  const failed = [];
  let next = 0;
  let done = 0;
  async function worker() {
    while (next < list.length) {
      const url = list[next++];
      try {
        if (!(await cache.match(url))) {
          // Pages are revalidated (the HTTP cache may hold an older build); hashed assets never change.
          const res = await fetch(url, { cache: isStatic(sameOrigin(url)) ? "default" : "no-cache", credentials: "same-origin" });
          if (!res.ok || res.type !== "basic") throw new Error(String(res.status));
          await cache.put(url, res);
        }
      } catch {
        failed.push(url);
      }
      done++;
      if (onProgress) onProgress(done, list.length);
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL, list.length) }, worker));
  return { total: list.length, failed };
}

/** Caches other versions of this site left behind. */
async function oldCacheNames() {
  return (await caches.keys()).filter((n) => n.startsWith(PREFIX) && n !== CACHE);
}

/** What older versions had saved: whole locales (their markers) and single pages (opened once). */
async function previouslySaved() {
  const urls = new Set();
  const locales = new Set();
  for (const name of await oldCacheNames()) {
    const old = await caches.open(name);
    for (const req of await old.keys()) {
      const { pathname } = new URL(req.url);
      if (pathname.startsWith(SAVED)) {
        const locale = pathname.slice(SAVED.length);
        if (Object.hasOwn(OFFLINE.locales, locale)) locales.add(locale);
        continue;
      }
      const page = pageEntry(pathname);
      if (page) openedFiles(page).forEach((u) => urls.add(u));
    }
  }
  for (const locale of locales) filesOfLocale(locale).forEach((u) => urls.add(u));
  return { urls: [...urls], locales: [...locales] };
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const shell = await saveAll(cache, OFFLINE.shell);
      if (shell.failed.length) throw new Error(`Offline shell incomplete: ${shell.failed.join(", ")}`);
      const carried = await previouslySaved();
      const again = await saveAll(cache, carried.urls);
      // Failing here keeps the older version in charge; the browser tries the update again later.
      if (again.failed.length) throw new Error(`Could not carry saved pages over: ${again.failed.join(", ")}`);
      for (const locale of carried.locales) await cache.put(SAVED + locale, new Response("saved"));
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all((await oldCacheNames()).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

/** The saved copy for a request: exact URL, then without its query (RSC payloads carry ?_rsc=…). */
async function lookup(cache, url) {
  const key = url.origin + url.pathname;
  const hit = (await cache.match(url.href)) || (await cache.match(key, { ignoreSearch: true }));
  if (hit) return hit;
  // __next._full.txt is left out of the manifest when it equals index.txt.
  if (url.pathname.endsWith("/__next._full.txt")) return cache.match(key.replace(/__next\._full\.txt$/, "index.txt"));
  return undefined;
}

const fallbackHtml = `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Offline · 离线 · 離線</title><p style="font:1.1rem/1.5 system-ui,sans-serif;margin:2rem">You are offline, and this page was not saved. · 当前离线,此页尚未保存。 · 目前離線,此頁尚未儲存。</p>`;

async function offlinePage(cache, url) {
  const page = await cache.match(`${url.origin}${BASE}/${localeOf(url.pathname)}/offline/`);
  return page || new Response(fallbackHtml, { status: 503, headers: { "content-type": "text/html; charset=utf-8" } });
}

async function cacheFirst(cache, req, url) {
  const hit = await lookup(cache, url);
  if (hit) return hit;
  const res = await fetch(req);
  if (res.ok && res.type === "basic") await cache.put(url.origin + url.pathname, res.clone());
  return res;
}

async function networkFirst(event, cache, req, url, navigation) {
  let saving = Promise.resolve();
  const network = fetch(req).then((res) => {
    // Keep what the network gave, without holding the response back until it is saved.
    if (res.ok && res.type === "basic" && !res.redirected) saving = cache.put(navigation || isPayload(url) ? url.origin + url.pathname : url.href, res.clone());
    return res;
  });
  event.waitUntil(network.then(() => saving).catch(() => {}));
  const cached = await lookup(cache, url);
  if (!cached) {
    try {
      return await network;
    } catch {
      return navigation ? offlinePage(cache, url) : Response.error();
    }
  }
  // Prefer the network, but a class should not wait on a dying connection: after a few seconds, the saved copy.
  const timeout = new Promise((resolve) => setTimeout(() => resolve(cached), NETWORK_TIMEOUT_MS));
  return Promise.race([network.catch(() => cached), timeout]);
}

/** HEAD requests (the router checks pages exist) are answered from the saved GET when offline. */
async function head(cache, req, url) {
  try {
    return await fetch(req);
  } catch {
    const hit = await lookup(cache, url);
    return hit ? new Response(null, { status: hit.status, headers: hit.headers }) : Response.error();
  }
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" && req.method !== "HEAD") return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(`${BASE}/`) || url.pathname === `${BASE}/sw.js`) return;
  event.respondWith(
    caches.open(CACHE).then((cache) => {
      if (req.method === "HEAD") return head(cache, req, url);
      if (isStatic(url)) return cacheFirst(cache, req, url);
      return networkFirst(event, cache, req, url, req.mode === "navigate");
    }),
  );
});

/** Which of a locale's pages open offline (their HTML is saved). */
async function status(locale) {
  const cache = await caches.open(CACHE);
  const pages = [];
  for (const page of OFFLINE.locales[locale].pages) pages.push({ path: page.path, kind: page.kind, cached: Boolean(await cache.match(page.path)) });
  return { type: "status", version: OFFLINE.version, saved: Boolean(await cache.match(SAVED + locale)), pages, total: new Set(filesOfLocale(locale)).size };
}

async function savePage(pathname) {
  const page = pageEntry(pathname);
  if (!page) return { type: "saved-page", ok: false, path: pathname };
  const r = await saveAll(await caches.open(CACHE), openedFiles(page));
  return { type: "saved-page", ok: r.failed.length === 0, path: pathname };
}

async function saveLocale(locale, onProgress) {
  const cache = await caches.open(CACHE);
  const r = await saveAll(cache, filesOfLocale(locale), onProgress);
  const ok = r.failed.length === 0;
  if (ok) await cache.put(SAVED + locale, new Response("saved"));
  return { type: "saved-locale", ok, total: r.total, failed: r.failed.length, version: OFFLINE.version };
}

self.addEventListener("message", (event) => {
  const msg = event.data && typeof event.data === "object" ? event.data : {};
  const port = event.ports?.[0];
  const reply = (m) => (port ? port.postMessage(m) : event.source?.postMessage(m));
  const knownLocale = typeof msg.locale === "string" && Object.hasOwn(OFFLINE.locales, msg.locale);
  if (msg.type === "skip-waiting") self.skipWaiting();
  else if (msg.type === "status" && knownLocale) event.waitUntil(status(msg.locale).then(reply));
  else if (msg.type === "save-page" && typeof msg.path === "string") event.waitUntil(savePage(msg.path).then(reply));
  else if (msg.type === "save-locale" && knownLocale)
    event.waitUntil(saveLocale(msg.locale, (done, total) => reply({ type: "progress", done, total })).then(reply));
});
