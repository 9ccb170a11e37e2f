import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const p = await b.newPage();
await p.goto("http://localhost:4330" + process.argv[2], { waitUntil: "networkidle" });
console.log(await p.evaluate(() => {
  const c = (s) => [...document.querySelectorAll(s)].reduce((n, e) => n + e.querySelectorAll("*").length + 1, 0);
  return { all: document.querySelectorAll("*").length, figures: c(".deck-step-figure"), tables: c(".deck details"), svgs: c(".deck svg"), notes: c(".deck-notes"), steps: c(".deck-steps"), captions: c(".deck-caption"), facts: c(".deck .fact"), qr: c(".deck-qr") };
}));
await b.close();
