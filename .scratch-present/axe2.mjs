import { chromium } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
for (const mode of ["none", "none", "figures", "none"]) {
  const ctx = await b.newContext(); const p = await ctx.newPage();
  await p.goto("http://localhost:4330/en/present/", { waitUntil: "networkidle" });
  await p.evaluate((mode) => {
    if (mode === "figures") document.querySelectorAll(".deck-step-figure:not([data-final])").forEach(e => e.remove());
    if (mode === "notes") document.querySelectorAll(".deck-notes").forEach(e => e.remove());
    if (mode === "narrow") document.querySelectorAll(".deck .chart-narrow").forEach(e => e.remove());
  }, mode);
  const t0 = Date.now();
  const r = await new AxeBuilder({ page: p }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  console.log(mode, Date.now() - t0, "ms", r.violations.length);
  await ctx.close();
}
await b.close();
