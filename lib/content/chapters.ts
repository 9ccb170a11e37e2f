// Loads chapters: MDX files in content/chapters/{en,zh-hans}/NN-slug.mdx with YAML front matter.
// zh-hant is derived from zh-hans with OpenCC unless a hand-written file exists in content/chapters/zh-hant/.
import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import GithubSlugger from "github-slugger";
import { isChinese, type Locale } from "@/lib/i18n";
import { toHant } from "@/lib/content/hant";
export { chapterName } from "@/lib/content/chapter-name";

const chaptersRoot = path.join(process.cwd(), "content", "chapters");

const frontMatter = z.object({
  title: z.string().min(1),
  short: z.string().min(1).optional(),
  years: z.coerce.string().regex(/^\d{4}(–\d{4})?$/, "years look like 2008–2013 (with an en dash) or 2025"),
  summary: z.string().min(1),
  /** A line under the title that places a chapter told out of order (the letter: a flashback to 2013). */
  placement: z.string().min(1).optional(),
  /** What the chapter page opens on, above its title: `cold-open` lifts the chapter's <ColdOpen/> (midnight,
   *  11 November 2010) to the top of the page, filling the first screen. The deck keeps it where the MDX has it. */
  opening: z.enum(["cold-open"]).optional(),
});

export type ChapterMeta = z.output<typeof frontMatter> & {
  slug: string;
  number: number;
  locale: Locale;
  readingMinutes: number;
  /** Where the text came from: written by hand, or derived from Simplified by OpenCC. */
  origin: "written" | "derived";
  headings: { id: string; text: string; depth: 2 | 3 }[];
};

export type Chapter = ChapterMeta & { body: string };

const FILE = /^(\d{2})-([a-z0-9-]+)\.mdx$/;

function splitFrontMatter(source: string, file: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) throw new Error(`${file}: missing YAML front matter (--- title, years, summary ---)`);
  return { data: parseYaml(match[1] ?? ""), body: source.slice(match[0].length) };
}

/** Visible words: MDX tags, expressions and markdown punctuation removed. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/^import .*$/gm, "")
    .replace(/<[A-Z][^>]*\/>/g, " ")
    .replace(/<\/?[A-Za-z][^>]*>/g, " ")
    .replace(/\{[^}]*\}/g, " ")
    .replace(/[#*_>`[\]()]/g, " ");
}

/** Minutes to read: 230 English words or 400 Chinese characters a minute, at least 1. */
export function readingMinutes(mdx: string, locale: Locale): number {
  const text = plainText(mdx);
  const units = isChinese(locale)
    ? (text.match(/[\u3400-\u9fff]/g)?.length ?? 0) + (text.match(/[A-Za-z0-9]+/g)?.length ?? 0)
    : (text.match(/\S+/g)?.length ?? 0);
  return Math.max(1, Math.round(units / (isChinese(locale) ? 400 : 230)));
}

/** The ## and ### headings with the ids rehype-slug gives them (same slugger, same order). */
export function extractHeadings(mdx: string): ChapterMeta["headings"] {
  const slugger = new GithubSlugger();
  const headings: ChapterMeta["headings"] = [];
  for (const line of mdx.replace(/```[\s\S]*?```/g, "").split("\n")) {
    const m = /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const text = m[2]!.replace(/[*_`]/g, "");
    headings.push({ depth: m[1]!.length as 2 | 3, text, id: slugger.slug(text) });
  }
  return headings;
}

function read(locale: Locale, file: string, origin: ChapterMeta["origin"], convert?: (s: string) => string): Chapter {
  const source = fs.readFileSync(file, "utf8");
  const rel = path.relative(process.cwd(), file);
  const { data, body: rawBody } = splitFrontMatter(convert ? convert(source) : source, rel);
  const parsed = frontMatter.safeParse(data);
  if (!parsed.success) {
    throw new Error(`${rel}: bad front matter: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  const m = FILE.exec(path.basename(file))!;
  return {
    ...parsed.data,
    slug: m[2]!,
    number: Number(m[1]),
    locale,
    origin,
    readingMinutes: readingMinutes(rawBody, locale),
    headings: extractHeadings(rawBody),
    body: rawBody,
  };
}

function filesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => FILE.test(f))
    .sort();
}

const cache = new Map<string, Chapter[]>();

/** Every chapter of a locale, in order. `root` is for tests; the site reads content/chapters. */
export function getChapters(locale: Locale, root = chaptersRoot): Chapter[] {
  const key = `${root}|${locale}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let chapters: Chapter[];
  if (locale === "zh-hant") {
    const written = new Set(filesIn(path.join(root, "zh-hant")));
    chapters = filesIn(path.join(root, "zh-hans")).map((f) =>
      written.has(f) ? read(locale, path.join(root, "zh-hant", f), "written") : read(locale, path.join(root, "zh-hans", f), "derived", toHant),
    );
  } else {
    chapters = filesIn(path.join(root, locale)).map((f) => read(locale, path.join(root, locale, f), "written"));
  }
  cache.set(key, chapters);
  return chapters;
}

export function getChapter(locale: Locale, slug: string): Chapter | undefined {
  return getChapters(locale).find((c) => c.slug === slug);
}

/** The chapter slugs every locale must share, so a language switch keeps the reader on the same chapter. */
export function chapterSlugs(): string[] {
  return getChapters("en").map((c) => c.slug);
}
