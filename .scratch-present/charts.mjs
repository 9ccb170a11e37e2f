import { chromium } from "@playwright/test";
const base = "http://localhost:4330";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const p = await b.newPage({ viewport: { width: 1280, height: 720 } });
let n = 0;
for (const slug of ["prologue", "virtualization-tax", "ai-wall", "the-letter"]) {
  await p.goto(`${base}/en/present/${slug}/`, { waitUntil: "networkidle" });
  await p.locator("[data-deck-ready]").waitFor({ state: "attached" });
  const charts = await p.locator(".deck-item[data-kind='chart']").evaluateAll((els) => els.map((e) => [Number(e.getAttribute("data-slide")), Number(e.getAttribute("data-steps"))]));
  for (const [i, steps] of charts) {
    for (const k of steps > 1 ? [steps - 2] : [0]) {
      await p.goto(`${base}/en/present/${slug}/#/${i + 1}/${k}`); await p.waitForTimeout(400);
      await p.screenshot({ path: `/tmp/c-${slug}-${i}-${k}.png` }); n++;
    }
  }
}
console.log(n);
await b.close();
