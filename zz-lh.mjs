// node /tmp/lh/lh.mjs URL  -> prints key audits
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const url = process.argv[2];
const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: FLAGS });
const r = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"], formFactor: "mobile" });
await chrome.kill();
const a = r.lhr.audits;
console.log("perf", Math.round(r.lhr.categories.performance.score * 100), "FCP", Math.round(a["first-contentful-paint"].numericValue), "LCP", Math.round(a["largest-contentful-paint"].numericValue), "TBT", Math.round(a["total-blocking-time"].numericValue), "SI", Math.round(a["speed-index"].numericValue));
const det = a["largest-contentful-paint-element"]?.details; const le = det?.items?.[0]?.items?.[0]?.node; if (!le) console.log(JSON.stringify(det).slice(0, 600));
console.log("LCP el:", le?.snippet?.slice(0, 150), le?.nodeLabel?.slice(0, 80));
const phases = a["largest-contentful-paint-element"]?.details?.items?.[1]?.items;
if (phases) console.log("LCP phases:", phases.map((p) => `${p.phase}:${Math.round(p.timing)}`).join(" "));
console.log("render-blocking:", (a["render-blocking-resources"]?.details?.items ?? []).map((i) => `${i.url.replace(/^https?:\/\/[^/]+/, "")} ${i.wastedMs}ms`).join(", "));
console.log("bootup:", (a["bootup-time"]?.details?.items ?? []).slice(0, 6).map((i) => `${i.url.replace(/^https?:\/\/[^/]+/, "")} total ${Math.round(i.total)} script ${Math.round(i.scripting)}`).join("\n  "));
console.log("mainthread:", (a["mainthread-work-breakdown"]?.details?.items ?? []).map((i) => `${i.group} ${Math.round(i.duration)}`).join(", "));
console.log("long tasks:", (a["long-tasks"]?.details?.items ?? []).slice(0, 8).map((i) => `${i.url.replace(/^https?:\/\/[^/]+/, "")}@${Math.round(i.startTime)} ${Math.round(i.duration)}ms`).join(", "));
console.log("dom size:", a["dom-size"]?.numericValue);
