import { chromium } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
for (const path of process.argv.slice(2)) {
  const ctx = await b.newContext(); const p = await ctx.newPage();
  await p.goto("http://localhost:4330" + path, { waitUntil: "networkidle" });
  const n = await p.evaluate(() => document.querySelectorAll("*").length);
  const t0 = Date.now();
  await new AxeBuilder({ page: p }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  console.log(path, n, "elements", Date.now() - t0, "ms");
  await ctx.close();
}
await b.close();
