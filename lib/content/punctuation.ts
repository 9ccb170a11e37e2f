// Chinese copy takes full-width punctuation: 零点，支付宝 … 为什么？ not 零点,支付宝 … 为什么?
// Writers type ASCII punctuation by habit, and it looks wrong to a Chinese reader (tight, low commas; a
// colon that hugs the next word). fullWidth() fixes a Chinese string: an ASCII , ; : ? ! next to Chinese
// text becomes ，；：？！ (and the space after it goes), and (…) around Chinese text becomes （…）.
// Numbers (1,000 or 18:00), URLs, markup and English runs inside Chinese text are left alone.
// scripts/zh-punctuation.mjs applies it to the Simplified content; a unit test keeps it that way.

const CJK = "\\u3400-\\u9fff\\uf900-\\ufaff";
/** Chinese characters and the full-width marks that close or open a phrase. */
const HAN = `[${CJK}\\u3001\\u3002\\u300a-\\u300f\\u201c\\u201d\\uff08\\uff09\\uff0c\\uff1a\\uff1b\\uff1f\\uff01]`;
const FULL: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！" };

// A mark right after Chinese text, or right before it, is Chinese punctuation (in a Chinese string).
const afterHan = new RegExp(`(${HAN})([,;:?!]) *`, "gu");
const beforeHan = new RegExp(`(\\S)([,;:?!]) *(?=${HAN})`, "gu");
// Before a placeholder or a tag ("双11,{first}", "{a},{b}", <Fact/>,<Fact/>) too.
const betweenTokens = /(\S)([,;?!]) *(?=<[A-Z]|\{)/gu;
const parens = new RegExp(`(^|[^\\]\\w])\\(([^()\\n]*[${CJK}][^()\\n]*)\\)`, "gu");
// (CNNIC) right after or before Chinese text is a Chinese parenthesis too.
const parensByHan = new RegExp(`(${HAN})\\(([^()\\n]+)\\)|(^|[^\\]\\w])\\(([^()\\n]+)\\)(?=${HAN})`, "gu");

// A mark inside a run of text without spaces that holds Chinese within a few characters of it is Chinese
// too: "8块A100;FP16约" or "GPU¹⁰;2022年". Not thousands (1,000), times or names with a colon (18:00,
// re:Invent), or anything in a URL.
const IDEOGRAPH = new RegExp(`[${CJK}]`, "u");
const NEAR = 8;
function inChineseRun(text: string, i: number): boolean {
  const mark = text[i]!;
  const before = /\S*$/.exec(text.slice(Math.max(0, i - 40), i))![0];
  const after = /^\S*/.exec(text.slice(i + 1, i + 41))![0];
  if ((before + after).includes("://")) return false;
  const prev = text[i - 1] ?? "";
  const next = text[i + 1] ?? "";
  if (mark === "," && /\d/.test(prev) && /\d/.test(next)) return false;
  if (mark === ":" && /[\p{L}\p{N}]/u.test(prev) && /[A-Za-z0-9/]/.test(next) && !IDEOGRAPH.test(prev + next)) return false;
  return IDEOGRAPH.test(before.slice(-NEAR)) || IDEOGRAPH.test(after.slice(0, NEAR));
}
const loose = /[,;:?!]/g;

export function fullWidth(text: string): string {
  return text
    .replace(parens, (m, pre: string, inner: string) => (/^(https?:|\/)/.test(inner) ? m : `${pre === " " ? "" : pre}（${inner}）`))
    .replace(parensByHan, (m, a?: string, ai?: string, b?: string, bi?: string) =>
      a != null ? `${a}（${ai}）` : /^(https?:|\/)/.test(bi!) ? m : `${b === " " ? "" : b}（${bi}）`,
    )
    .replace(afterHan, (_, pre: string, mark: string) => pre + FULL[mark])
    .replace(beforeHan, (_, pre: string, mark: string) => pre + FULL[mark])
    .replace(betweenTokens, (_, pre: string, mark: string) => pre + FULL[mark])
    .replace(loose, (mark, i: number, all: string) => (inChineseRun(all, i) ? FULL[mark]! : mark));
}

/** Every place in a Chinese string where ASCII punctuation touches Chinese text (for the check). */
export function halfWidthRuns(text: string): string[] {
  const fixed = fullWidth(text);
  if (fixed === text) return [];
  const out: string[] = [];
  const re = new RegExp(`.{0,6}(?:${HAN}[,;:?!]|[,;:?!]${HAN}|${HAN}\\(|\\)${HAN}).{0,6}`, "gu");
  for (const m of text.matchAll(re)) if (fullWidth(m[0]) !== m[0]) out.push(m[0]);
  return out.length ? out : [text.slice(0, 40)];
}

/** The marks that join labels and values in the reader's language: "Source: X, 2017." / "出处：X，2017。" */
export function marks(chinese: boolean) {
  return chinese
    ? { colon: "：", comma: "，", stop: "。", list: "；", open: "（", close: "）", space: "" }
    : { colon: ": ", comma: ", ", stop: ". ", list: "; ", open: " (", close: ")", space: " " };
}

/** Text quoted on a Chinese page (a title, a publisher, a note) takes Chinese punctuation; elsewhere it is left alone. */
export const forPage = (text: string, chinese: boolean) => (chinese ? fullWidth(text) : text);
