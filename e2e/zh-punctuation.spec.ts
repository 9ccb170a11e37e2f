import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// Chinese typesetting over the whole export (issue 13): every HTML page under out/zh-hans and out/zh-hant, its text as
// the DOM parses it (text grouped per block, plus the labels read aloud: aria-label, alt, title), with code,
// URLs and English passages (lang="en") left out.

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p) : e.name.endsWith(".html") ? [p] : [];
  });
}

const HAN = "[\\u3400-\\u9fff\\uf900-\\ufaff]";
const beside = new RegExp(`.{0,8}(?:${HAN}[,;:()?]|[,;:()?]${HAN}).{0,8}`, "gu");

for (const locale of ["zh-hans", "zh-hant"] as const) {
  test(`${locale}: no rendered page has half-width ,;:()? beside Chinese text`, async ({ page }) => {
    test.setTimeout(240_000);
    const pages = htmlFiles(path.join("out", locale)).map(
      (f) =>
        "/" +
        path
          .relative("out", f)
          .split(path.sep)
          .join("/")
          .replace(/(^|\/)index\.html$/, "$1"),
    );
    expect(pages.length).toBeGreaterThan(20);
    await page.goto(`/${locale}/`);
    const found: string[] = [];
    for (let i = 0; i < pages.length; i += 20) {
      const batch = pages.slice(i, i + 20);
      const texts = await page.evaluate(async (paths) => {
        const SKIP = "script,style,template,code,pre,textarea,[data-verbatim],[lang|='en']";
        // Blocks, and what the page lays out as one (Tailwind's .block spans, the citation's popover).
        const BLOCK =
          ".block,.fact-pop,.fact-pop-foot,p,div,li,ul,ol,dl,dt,dd,h1,h2,h3,h4,h5,h6,section,article,aside,header,footer,main,nav,figure,figcaption,table,caption,tr,td,th,summary,details,blockquote,button,label,option,select,legend,title,desc,text,body,html";
        const out: [string, string[]][] = [];
        for (const p of paths) {
          const res = await fetch(p);
          const doc = new DOMParser().parseFromString(await res.text(), "text/html");
          // Citations ship in templates and are put in place on first use: check them as the reader sees them.
          doc.querySelectorAll("template[data-fact-tpl]").forEach((t) => t.replaceWith((t as HTMLTemplateElement).content));
          const chunks: string[] = [];
          const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_TEXT);
          let block: Element | null = null;
          let text = "";
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (!parent || parent.closest(SKIP)) continue;
            const b = parent.closest(BLOCK);
            if (b !== block) {
              if (text.trim()) chunks.push(text);
              text = "";
              block = b;
            }
            text += node.textContent;
          }
          if (text.trim()) chunks.push(text);
          for (const el of doc.querySelectorAll("[aria-label],[alt],[title],meta[name=description],meta[property^='og:']")) {
            if (el.closest(SKIP)) continue;
            for (const a of ["aria-label", "alt", "title", "content"]) {
              const v = el.getAttribute(a);
              if (v && !/^(https?:|\/)/.test(v)) chunks.push(v);
            }
          }
          out.push([`${p} (${res.status})`, chunks]);
        }
        return out;
      }, batch);
      for (const [p, chunks] of texts) {
        expect(p, "every page answers").toMatch(/\(200\)$/);
        const runs = new Set<string>();
        for (const chunk of chunks) {
          for (const m of chunk.matchAll(beside)) runs.add(m[0]);
        }
        for (const r of runs) found.push(`${p}: “${r.replace(/\s+/g, " ")}”`);
      }
    }
    expect(found, `${found.length} runs of half-width punctuation beside Chinese text`).toEqual([]);
  });
}
