import { chromium } from "@playwright/test";
const base = "http://localhost:4330";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
async function shot(path, out, { w = 1280, h = 720, scheme = "light", keys = [], full = false } = {}) {
  const p = await b.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
  const errs = []; p.on("pageerror", e => errs.push(e.message)); p.on("console", m => m.type() === "error" && errs.push(m.text()));
  await p.goto(base + path, { waitUntil: "networkidle" });
  await p.locator("[data-deck-ready]").waitFor({ state: "attached" }).catch(() => {});
  for (const k of keys) await p.keyboard.press(k);
  await p.waitForTimeout(300);
  await p.screenshot({ path: out, fullPage: full });
  if (errs.length) console.log(out, errs);
  await p.close();
}
await shot("/en/present/to-the-cloud/?speaker#/8/1", "/tmp/s-speaker.png", { w: 1280, h: 760 });
await shot("/en/present/to-the-cloud/#/2/0", "/tmp/s-overview.png", { keys: ["o"] });
await shot("/en/present/to-the-cloud/#/2/0", "/tmp/s-notes.png", { keys: ["t"], scheme: "dark" });
await shot("/zh-hans/present/virtualization-tax/#/1/0", "/tmp/s-zh.png", { keys: ["c"] });
await shot("/en/present/", "/tmp/s-story.png", { full: false, h: 1400 });
await shot("/en/present/ai-wall/#/2/0", "/tmp/s-help.png", { keys: ["Shift+?"] });
await b.close();
