// Internal links and anchors of the static export, checked from the files alone (e2e/links.spec.ts runs it
// over out/; tests/link-check.test.ts checks the resolver). Pure steps, so each can be tested on its own:
//   collect()       one HTML document → the URLs it points at (href, src, srcset, …) and the ids it offers;
//   resolveLink()   one URL, from one page → skipped (another origin, mailto:…), an error, or a site path + fragment;
//   targetFile()    a site path → the file in out/ a static host would send (directory URLs end in a slash);
//   fragmentError() a fragment → why the target document has nothing for it, or null;
//   checkSite()     all of it over every document; report() → a grouped, capped message.
import { Parser } from "htmlparser2";

/** One URL-valued attribute in a document. */
export type LinkRef = { tag: string; attr: string; value: string };

/** What a document points at, and what a link into it can point at. */
export type DocFacts = {
  links: LinkRef[];
  /** Element ids, and the names of <a name>: both are fragment targets. */
  ids: Set<string>;
  /** A deck (components/present/Deck.tsx) reads "#/slide/step" itself: its steps per slide, else null. */
  deckShape: number[] | null;
  /** <base href>, if the document sets one. */
  base: string | null;
};

/** Where the site lives: the origin of its absolute URLs (build-info's siteUrl) and its base path ("" or "/sub"). */
export type Site = { origin: string; basePath: string };

export type Resolved = { kind: "skip"; why: string } | { kind: "error"; reason: string } | { kind: "internal"; path: string; fragment: string | null };

export type Broken = { page: string; href: string; reason: string };

// Attributes that hold one URL, by element (tag and attribute names as the parser gives them, lower-cased;
// SVG's xlink:href is listed beside href).
const URL_ATTRS: Record<string, string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  base: [],
  script: ["src"],
  img: ["src"],
  iframe: ["src"],
  frame: ["src"],
  embed: ["src"],
  source: ["src"],
  track: ["src"],
  audio: ["src"],
  video: ["src", "poster"],
  object: ["data"],
  form: ["action"],
  button: ["formaction"],
  input: ["src", "formaction"],
  blockquote: ["cite"],
  q: ["cite"],
  ins: ["cite"],
  del: ["cite"],
  use: ["href", "xlink:href"],
  image: ["href", "xlink:href"],
};
const SRCSET_ATTRS: Record<string, string[]> = { img: ["srcset"], source: ["srcset"], link: ["imagesrcset"] };
// Addresses that scripts open, on any element: a timeline mark's chapter link (components/charts/timeline),
// a deck's follow-along QR path (components/present/follow.ts).
const DATA_URL_ATTRS = ["data-href", "data-follow-path"];
// Social cards and the canonical address: URLs in <meta content>, absolute at the site's own origin.
const META_URLS = new Set([
  "og:url",
  "og:image",
  "og:image:url",
  "og:image:secure_url",
  "og:video",
  "og:audio",
  "twitter:image",
  "twitter:image:src",
  "twitter:player",
]);

/** The URLs of a srcset value ("a.png 1x, b.png 2x" → ["a.png", "b.png"]), read the way HTML's parser reads candidates. */
export function parseSrcset(value: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i]!)) i++;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !/\s/.test(value[i]!)) i++;
    const url = value.slice(start, i);
    if (url.endsWith(",")) {
      // "a.png, b.png": a URL ending in commas has no descriptors.
      urls.push(url.replace(/,+$/, ""));
      continue;
    }
    urls.push(url);
    // Skip the descriptors ("2x", "640w") up to the next comma outside parentheses.
    let depth = 0;
    while (i < value.length && (value[i] !== "," || depth > 0)) {
      if (value[i] === "(") depth++;
      else if (value[i] === ")") depth = Math.max(0, depth - 1);
      i++;
    }
  }
  return urls;
}

/** Site paths among the string values of an island's JSON props ("/en/x/#y"), as links "props.key". */
export function propsLinks(json: string, tag: string): LinkRef[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return []; // not JSON: not ours to judge here
  }
  const out: LinkRef[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === "string") {
      if (/^\/(?!\/)\S*$/.test(v)) out.push({ tag, attr: `props.${key}`, value: v });
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(data, "");
  return out;
}

/**
 * Reads one HTML document in a single pass of htmlparser2's streaming parser (template contents included, as
 * it parses them as children): the URLs it points at, the ids it offers, its <base href> and, for a deck, its
 * steps per slide. A DOM parser took 21 s for the export's 43 MB of HTML; this takes under one.
 */
export function collect(html: string): DocFacts {
  const links: LinkRef[] = [];
  const ids = new Set<string>();
  let base: string | null = null;
  let depth = 0;
  let deckDepth: number | null = null; // depth of the first [data-deck] element while the parser is inside it
  let deckShape: number[] | null = null;
  let json: string | null = null; // text of an open <script type="application/json">
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        depth++;
        const tag = name.toLowerCase();
        const get = (a: string) => attrs[a] ?? null;
        const id = get("id");
        if (id) ids.add(id);
        if (tag === "a" && get("name")) ids.add(get("name")!);
        if (tag === "base" && base === null) base = get("href");
        for (const attr of URL_ATTRS[tag] ?? []) {
          const value = get(attr);
          if (value !== null) links.push({ tag, attr, value });
        }
        for (const attr of SRCSET_ATTRS[tag] ?? []) {
          const value = get(attr);
          if (value !== null) for (const url of parseSrcset(value)) links.push({ tag, attr, value: url });
        }
        // What islands navigate to is in the HTML too: a deck's follow-along paths and next deck, the timeline's
        // event links, … (JSON in data-props attributes and application/json scripts, read at </script>).
        if (tag === "script" && get("type") === "application/json") json = "";
        else if (get("data-props")) links.push(...propsLinks(get("data-props")!, tag));
        for (const attr of DATA_URL_ATTRS) {
          const value = get(attr);
          if (value !== null) links.push({ tag, attr, value });
        }
        if (tag === "meta") {
          const key = get("property") ?? get("name") ?? "";
          const content = get("content");
          if (META_URLS.has(key) && content) links.push({ tag, attr: `content[${key}]`, value: content });
        }
        if (deckDepth === null && deckShape === null && "data-deck" in attrs) {
          deckDepth = depth;
          deckShape = [];
        } else if (deckDepth !== null && "data-slide" in attrs && (get("class") ?? "").split(/\s+/).includes("deck-item")) {
          deckShape!.push(Number(get("data-steps") ?? 1) || 1);
        }
      },
      ontext(text) {
        if (json !== null) json += text;
      },
      onclosetag(name) {
        if (name === "script" && json !== null) {
          links.push(...propsLinks(json, "script"));
          json = null;
        }
        if (depth === deckDepth) deckDepth = null;
        depth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { links, ids, deckShape, base };
}

/** The address a file in out/ is served at: "en/x/index.html" → "/en/x/", "404.html" → "/404.html". */
export function pagePathOf(file: string): string {
  const f = `/${file.split("\\").join("/").replace(/^\/+/, "")}`;
  return f.endsWith("/index.html") ? f.slice(0, -"index.html".length) : f;
}

/** A 404 document is sent for any unknown address, so a relative URL in it points somewhere different every time. */
export const isNotFoundPage = (pagePath: string) => /^\/(?:404(?:\.html|\/)|_not-found\/|[^/]+\/not-found\/)$/.test(pagePath);

const FAKE_ORIGIN = "https://site.invalid";

/**
 * Resolves one URL found on the page at `pagePath` (a site path without the base path, e.g. "/en/x/").
 * Same-origin URLs (relative, root-relative, or absolute at the site's origin) must stay under the base path.
 */
export function resolveLink(raw: string, pagePath: string, site: Site, base: string | null = null): Resolved {
  const value = raw.trim();
  if (value === "") return { kind: "error", reason: "empty URL" };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === "javascript") return { kind: "error", reason: "javascript: URL" };
  if (scheme && scheme !== "http" && scheme !== "https") return { kind: "skip", why: scheme };
  if (isNotFoundPage(pagePath) && !scheme && !value.startsWith("/") && !value.startsWith("#")) {
    return { kind: "error", reason: "relative URL on a 404 page" };
  }
  const siteOrigin = new URL(site.origin).origin;
  const pageUrl = new URL(`${site.basePath}${pagePath}`, FAKE_ORIGIN);
  let url: URL;
  try {
    const baseUrl = base ? new URL(base.replace(siteOrigin, FAKE_ORIGIN), pageUrl) : pageUrl;
    // Absolute URLs at the site's own origin are the site's pages (canonical, alternates, social cards).
    url = new URL(value.startsWith(`${siteOrigin}/`) || value === siteOrigin ? FAKE_ORIGIN + value.slice(siteOrigin.length) : value, baseUrl);
  } catch {
    return { kind: "error", reason: "unparseable URL" };
  }
  if (url.origin !== FAKE_ORIGIN) return { kind: "skip", why: "external" };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { kind: "error", reason: "malformed percent-encoding" };
  }
  if (site.basePath) {
    if (pathname !== site.basePath && !pathname.startsWith(`${site.basePath}/`)) return { kind: "error", reason: `outside the base path ${site.basePath}` };
    pathname = pathname.slice(site.basePath.length) || "/";
  }
  const fragment = url.hash ? url.hash.slice(1) : value.endsWith("#") ? "" : null;
  return { kind: "internal", path: pathname, fragment };
}

/**
 * The file in out/ (relative, "/"-separated) a static host sends for a site path, or why there is none.
 * `files` holds every file in out/. The export uses trailing slashes: "/en/x/" is en/x/index.html;
 * "/en/x" only works through a host's redirect, so it counts as broken.
 */
export function targetFile(path: string, files: ReadonlySet<string>): { file: string } | { error: string } {
  const rel = path.replace(/^\/+/, "");
  if (path.endsWith("/")) {
    const index = `${rel}index.html`;
    return files.has(index) ? { file: index } : { error: "no such page" };
  }
  if (files.has(rel)) return { file: rel };
  if (files.has(`${rel}/index.html`)) return { error: "directory URL without its trailing slash" };
  return { error: "no such file" };
}

/** Why `fragment` finds nothing in the target document, or null when it does (or cannot be checked). */
export function fragmentError(fragment: string | null, target: DocFacts | null): string | null {
  if (fragment === null || fragment === "" || target === null) return null;
  // A text fragment, or the top of the page, always "works".
  if (fragment.startsWith(":~:") || fragment.toLowerCase() === "top") return null;
  if (target.ids.has(fragment)) return null;
  let decoded = fragment;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {}
  if (target.ids.has(decoded)) return null;
  if (target.deckShape) {
    const m = /^\/(\d{1,4})(?:\/(\d{1,3}))?\/?$/.exec(decoded);
    if (m) {
      const slide = Number(m[1]);
      return slide >= 1 && slide <= target.deckShape.length ? null : `deck has no slide ${slide} (it has ${target.deckShape.length})`;
    }
  }
  return `no element with id "${decoded}"`;
}

/** The kind of page, for the report: cover, chapter, deck, embed, … */
export function pageType(pagePath: string): string {
  if (pagePath === "/") return "root cover";
  if (isNotFoundPage(pagePath)) return "404";
  const m = /^\/([^/]+)\/(?:([^/]+)\/)?/.exec(pagePath);
  if (!m) return "other";
  const section = m[2];
  if (!section) return "locale cover";
  if (section === "present") return pagePath.split("/").length > 4 ? "chapter deck" : "whole-story deck";
  if (section === "embed") return "embed";
  if (["sources", "timeline", "search", "teach", "charts", "offline"].includes(section)) return section;
  return "chapter";
}

export type Doc = { page: string; facts: DocFacts };

/** Checks every link of every document; `docs` is keyed by file in out/ ("en/x/index.html"). */
export function checkSite(docs: ReadonlyMap<string, Doc>, files: ReadonlySet<string>, site: Site): { broken: Broken[]; checked: number } {
  const broken: Broken[] = [];
  let checked = 0;
  for (const { page, facts } of docs.values()) {
    const seen = new Set<string>();
    for (const link of facts.links) {
      if (seen.has(link.value)) continue;
      seen.add(link.value);
      const r = resolveLink(link.value, page, site, facts.base);
      if (r.kind === "skip") continue;
      checked++;
      if (r.kind === "error") {
        broken.push({ page, href: link.value, reason: r.reason });
        continue;
      }
      const t = targetFile(r.path, files);
      if ("error" in t) {
        broken.push({ page, href: link.value, reason: t.error });
        continue;
      }
      // Only HTML documents are checked for fragments (an SVG's or a PDF's are not ours to read).
      const target = t.file.endsWith(".html") ? (docs.get(t.file)?.facts ?? null) : null;
      const why = fragmentError(r.fragment, target);
      if (why) broken.push({ page, href: link.value, reason: why });
    }
  }
  return { broken, checked };
}

/** The reason without its particulars ("no element with id …" → "missing anchor"), for counting. */
export function reasonKind(reason: string): string {
  if (reason.startsWith("no element with id")) return "missing anchor";
  if (reason.startsWith("deck has no slide")) return "missing deck slide";
  if (reason === "no such page" || reason === "no such file") return "missing target";
  return reason;
}

const tally = (items: string[]) =>
  [...items.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

/**
 * A readable failure message: the total, counts by kind and by page type, then, kind by kind, one line per
 * page, "page → href, href (reason), …", with at most `perPage` links a line, `perKind` lines a kind and
 * `max` lines in all, so a fault repeated on every page still fits on a screen.
 */
export function report(broken: Broken[], { perPage = 6, perKind = 8, max = 40 } = {}): string {
  if (!broken.length) return "no broken internal links";
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const s = broken.length === 1 ? "" : "s";
  const lines = [`${broken.length} broken internal link${s} or anchor${s}`];
  lines.push(
    `by kind: ${tally(broken.map((b) => reasonKind(b.reason)))
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}`,
  );
  lines.push(
    `by page type: ${tally(broken.map((b) => pageType(b.page)))
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}`,
  );
  // The reason only where it says more than the kind and the href ("#note-9" says which id is missing).
  const describe = (b: Broken, kind: string) => (b.reason === kind || kind === "missing anchor" ? b.href : `${b.href} (${b.reason})`);
  let shown = 0;
  for (const [kind, n] of tally(broken.map((b) => reasonKind(b.reason)))) {
    const byPage = new Map<string, Broken[]>();
    for (const b of broken) if (reasonKind(b.reason) === kind) byPage.set(b.page, [...(byPage.get(b.page) ?? []), b]);
    lines.push("", `${kind}: ${n} on ${plural(byPage.size, "page")}`);
    const room = Math.max(0, Math.min(perKind, max - shown));
    const pages = [...byPage].slice(0, room);
    for (const [page, items] of pages) {
      const more = items.length > perPage ? `, … and ${items.length - perPage} more` : "";
      lines.push(
        `  ${page} → ${items
          .slice(0, perPage)
          .map((b) => describe(b, kind))
          .join(", ")}${more}`,
      );
    }
    shown += pages.length;
    if (byPage.size > pages.length) {
      const rest = [...byPage].slice(pages.length);
      lines.push(
        `  … and ${plural(rest.length, "more page")} (${plural(
          rest.reduce((s, [, items]) => s + items.length, 0),
          "link",
        )})`,
      );
    }
  }
  return lines.join("\n");
}
