import { chromium } from "@playwright/test";
const [url, out, w, h, ...rest] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, colorScheme: rest.includes("dark") ? "dark" : "light", hasTouch: rest.includes("touch"), isMobile: rest.includes("touch") });
await page.goto(url);
await page.waitForTimeout(1500);
if (rest.includes("eval")) console.log(await page.evaluate(rest[rest.indexOf("eval") + 1]));
await page.screenshot({ path: out, fullPage: rest.includes("full") });
await browser.close();
