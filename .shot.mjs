import { chromium, devices } from "playwright";
const [,, port, out, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const spec of paths) {
  const [path, kind = "phone", scheme = "light", scroll = "0"] = spec.split("@");
  const ctx = await browser.newContext(kind === "phone" ? { ...devices["iPhone 13"], defaultBrowserType: undefined, colorScheme: scheme } : { viewport: { width: 1440, height: 900 }, colorScheme: scheme });
  const page = await ctx.newPage();
  await page.goto(`http://localhost:${port}${path}`);
  await page.waitForTimeout(800);
  if (scroll !== "0") { await page.evaluate((y) => window.scrollTo(0, Number(y)), scroll); await page.waitForTimeout(600); }
  const name = `${out}/${path.replace(/\W+/g, "_")}-${kind}-${scheme}-${scroll}.png`;
  await page.screenshot({ path: name });
  console.log(name);
  await ctx.close();
}
await browser.close();
