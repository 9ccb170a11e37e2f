// A tiny static export on disk, shaped like out/: two locales, a cover, a chapter, a teach page, a deck, an
// offline page, pages the worker must skip (search, not-found), RSC payloads and hashed assets.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const page = (base: string, extra = "") =>
  `<!DOCTYPE html><html><head><link rel="stylesheet" href="${base}/_next/static/chunks/site.css" data-precedence="next"/>` +
  `<link rel="canonical" href="http://localhost:3000${base}/en/"/><link rel="alternate" hrefLang="zh-Hans" href="http://localhost:3000${base}/zh-hans/"/>` +
  `<link rel="icon" href="${base}/icon.svg?icon.abc.svg" sizes="any" type="image/svg+xml"/><link rel="manifest" href="${base}/en/manifest.webmanifest"/>` +
  `<script src="${base}/_next/static/chunks/main.js" async=""></script><script src="https://cdn.example.org/x.js"></script></head>` +
  `<body><a href="${base}/en/prologue/">next</a><img src="${base}/og/en/index.png?v=1&amp;w=2" alt=""/>${extra}</body></html>`;

export function makeOut(base = ""): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "offline-out-"));
  const write = (rel: string, body: string) => {
    fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
    fs.writeFileSync(path.join(out, rel), body);
  };
  for (const l of ["en", "zh-hans"]) {
    for (const dir of ["", "prologue", "teach", "present", "present/prologue", "offline", "search", "not-found", "sources"]) {
      const d = path.join(l, dir);
      write(path.join(d, "index.html"), page(base, `${l} ${dir}`));
      write(path.join(d, "index.txt"), `rsc ${l} ${dir}`);
      write(path.join(d, "__next._full.txt"), `rsc ${l} ${dir}`);
      write(path.join(d, "__next._tree.txt"), `tree ${l} ${dir}`);
      write(path.join(d, `__next.$d$locale.${dir || "x"}.__PAGE__.txt`), `page ${l} ${dir}`);
    }
  }
  // One page whose full payload differs from index.txt keeps it.
  write("en/prologue/__next._full.txt", "a different full payload");
  write("_next/static/chunks/main.js", "console.log(1)");
  write("_next/static/chunks/site.css", "body{}");
  write("_next/static/build-1/_buildManifest.js", "self.__BUILD_MANIFEST={}");
  write("icon.svg", "<svg/>");
  write("index.html", page(base));
  return out;
}
