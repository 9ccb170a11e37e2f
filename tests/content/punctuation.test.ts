// Chinese copy uses full-width punctuation (lib/content/punctuation.ts). This test reads every Simplified
// source text (chapters, UI strings, the zh-hans side of chart copy and data files, and the Chinese columns
// of the series CSVs) and fails on ASCII punctuation touching Chinese text, naming the file and the run.
// e2e/zh-punctuation.spec.ts checks the built pages too (labels built in code included). To fix them all in place:
//   ZH_PUNCT_FIX=1 npx vitest run tests/content/punctuation.test.ts
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { csvFormatRows, csvParseRows } from "d3-dsv";
import { fullWidth, halfWidthRuns } from "@/lib/content/punctuation";

const FIX = process.env.ZH_PUNCT_FIX === "1";
const root = path.resolve(__dirname, "../../content");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.(mdx|json|csv)$/.test(e.name) ? [p] : [];
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
  const front = m
    ? m[1]!
        .split("\n")
        .map((line) => line.replace(/^(\s*[\w-]+:\s)(.*)$/, (_, k: string, v: string) => k + fullWidth(v)))
        .join("\n")
    : null;
  const body = m ? text.slice(m[0].length) : text;
  return (front != null ? `---\n${front}\n---\n` : "") + fullWidth(body);
}

/** A series CSV with its Chinese columns (note_zh, label_zh) set in full width. */
const ZH_COLUMNS = new Set(["note_zh", "label_zh"]);
function fixCsv(text: string): { fixed: string; zh: string[] } {
  const [header, ...rows] = csvParseRows(text);
  const cols = (header ?? []).map((h, i) => (ZH_COLUMNS.has(h) ? i : -1)).filter((i) => i >= 0);
  const zh = rows.flatMap((r) => cols.map((i) => r[i] ?? ""));
  const out = [header!, ...rows.map((r) => r.map((cell, i) => (cols.includes(i) ? fullWidth(cell) : cell)))];
  return { fixed: csvFormatRows(out) + (text.endsWith("\n") ? "\n" : ""), zh };
}

const targets = files(root).filter((f) => f.includes("zh-hans") || f.endsWith(".json") || f.endsWith(".csv"));

describe("Chinese copy uses full-width punctuation", () => {
  for (const file of targets) {
    const rel = path.relative(root, file);
    it(rel, () => {
      const text = fs.readFileSync(file, "utf8");
      let fixed = text;
      if (file.endsWith(".mdx")) fixed = fixMdx(text);
      else if (file.endsWith(".csv")) fixed = fixCsv(text).fixed;
      else {
        for (const s of zhStrings(JSON.parse(text), path.basename(file).startsWith("zh-hans"), [])) {
          const f = fullWidth(s);
          if (f !== s) fixed = fixed.replaceAll(JSON.stringify(s).slice(1, -1), JSON.stringify(f).slice(1, -1));
        }
      }
      if (FIX && fixed !== text) fs.writeFileSync(file, fixed);
      const runs = FIX
        ? []
        : file.endsWith(".mdx")
          ? fixed === text
            ? []
            : halfWidthRuns(text)
          : file.endsWith(".csv")
            ? fixCsv(text).zh.flatMap(halfWidthRuns)
            : zhStrings(JSON.parse(text), path.basename(file).startsWith("zh-hans"), []).flatMap(halfWidthRuns);
      expect(runs, `${rel}: ASCII punctuation in Chinese text`).toEqual([]);
    });
  }
});
