// Chinese copy uses full-width punctuation (lib/content/punctuation.ts). This test reads every Simplified
// source text (chapters, UI strings, and the zh-hans side of chart copy and data files) and fails on ASCII
// punctuation touching Chinese text, naming the file and the run. To fix them all in place:
//   ZH_PUNCT_FIX=1 npx vitest run tests/content/punctuation.test.ts
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fullWidth, halfWidthRuns } from "@/lib/content/punctuation";

const FIX = process.env.ZH_PUNCT_FIX === "1";
const root = path.resolve(__dirname, "../../content");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return p.includes(`${path.sep}sources`) ? [] : files(p);
    return /\.(mdx|json)$/.test(e.name) ? [p] : [];
  });
}

/** The Chinese strings of a JSON file: all of it when the file is Simplified, else the "zh-hans" subtrees. */
function zhStrings(value: unknown, inZh: boolean, out: string[]) {
  if (typeof value === "string") {
    if (inZh) out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => zhStrings(v, inZh, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) zhStrings(v, inZh || k === "zh-hans", out);
  return out;
}

/** An MDX file's front-matter values and body (keys stay as they are). */
function fixMdx(text: string): string {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const front = m ? m[1]!.split("\n").map((line) => line.replace(/^(\s*[\w-]+:\s)(.*)$/, (_, k: string, v: string) => k + fullWidth(v))).join("\n") : null;
  const body = m ? text.slice(m[0].length) : text;
  return (front != null ? `---\n${front}\n---\n` : "") + fullWidth(body);
}

const targets = files(root).filter((f) => f.includes("zh-hans") || f.endsWith(".json"));

describe("Chinese copy uses full-width punctuation", () => {
  for (const file of targets) {
    const rel = path.relative(root, file);
    it(rel, () => {
      const text = fs.readFileSync(file, "utf8");
      let fixed = text;
      if (file.endsWith(".mdx")) fixed = fixMdx(text);
      else {
        for (const s of zhStrings(JSON.parse(text), path.basename(file).startsWith("zh-hans"), [])) {
          const f = fullWidth(s);
          if (f !== s) fixed = fixed.replaceAll(JSON.stringify(s).slice(1, -1), JSON.stringify(f).slice(1, -1));
        }
      }
      if (FIX && fixed !== text) fs.writeFileSync(file, fixed);
      const runs = FIX ? [] : file.endsWith(".mdx") ? (fixed === text ? [] : halfWidthRuns(text)) : zhStrings(JSON.parse(text), path.basename(file).startsWith("zh-hans"), []).flatMap(halfWidthRuns);
      expect(runs, `${rel}: ASCII punctuation in Chinese text`).toEqual([]);
    });
  }
});
