// zod schemas for every dataset and for the bibliography. CSV cells arrive as strings; the field
// helpers turn them into typed values and, when they can't, say what they expected and what they got.
import { z } from "zod";

const got = (value: unknown) => JSON.stringify(value);

/** A number cell: "191" → 191; "abc" → `expected a number, got "abc"`. */
export const numberCell = () =>
  z.string().transform((s, ctx) => {
    const n = Number(s.trim());
    if (s.trim() === "" || !Number.isFinite(n)) {
      ctx.addIssue({ code: "custom", message: `expected a number, got ${got(s)}` });
      return z.NEVER;
    }
    return n;
  });

/** An optional number cell: empty means "not disclosed" (null). */
export const optionalNumberCell = () =>
  z.string().transform((s, ctx) => {
    if (s.trim() === "") return null;
    const n = Number(s.trim());
    if (!Number.isFinite(n)) {
      ctx.addIssue({ code: "custom", message: `expected a number, got ${got(s)}` });
      return z.NEVER;
    }
    return n;
  });

export const yearCell = () =>
  z.string().transform((s, ctx) => {
    const n = Number(s.trim());
    if (!/^\d{4}$/.test(s.trim()) || n < 1900 || n > 2100) {
      ctx.addIssue({ code: "custom", message: `expected a four-digit year, got ${got(s)}` });
      return z.NEVER;
    }
    return n;
  });

/** ISO date, year-month or year: "2011-07-28", "2017-10", "2009". */
export const isoDateCell = () =>
  z.string().refine((s) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s.trim()), {
    error: (issue) => `expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${got(issue.input)}`,
  });

export const confidenceLevels = ["high", "medium", "low"] as const;
export type Confidence = (typeof confidenceLevels)[number];
export const confidenceCell = () =>
  z.string().refine((s): s is Confidence => (confidenceLevels as readonly string[]).includes(s), {
    error: (issue) => `expected one of ${confidenceLevels.join(", ")}, got ${got(issue.input)}`,
  }) as unknown as z.ZodType<Confidence, string>;

/** One or more source ids separated by ";". Each must resolve in the bibliography (checked by the loader). */
export const sourceCell = () =>
  z.string().transform((s, ctx) => {
    const ids = s
      .split(";")
      .map((x) => x.trim())
      .filter(Boolean);
    if (ids.length === 0) {
      ctx.addIssue({ code: "custom", message: `expected at least one source id, got ${got(s)}` });
      return z.NEVER;
    }
    return ids;
  });

export const textCell = () => z.string().transform((s) => s.trim());
export const requiredText = () => z.string().refine((s) => s.trim() !== "", { error: () => "expected text, got an empty cell" });

/** A time series: one row per year (or per year and key), each with its sources and confidence. */
export const seriesRow = z.object({
  year: yearCell(),
  key: textCell().optional(),
  value: optionalNumberCell(),
  source: sourceCell(),
  confidence: confidenceCell(),
  /** The row's own unit where it differs from the dataset's (an INT8 peak in a table of EFLOPS, say). */
  unit: textCell().optional(),
  /** Short labels for a row's mark (a cluster's owner, say), in both written languages. */
  label_en: textCell().optional(),
  label_zh: textCell().optional(),
  note: textCell().optional(),
  note_zh: textCell().optional(),
});
export type SeriesRow = z.output<typeof seriesRow>;

/** What a range row is: measured, an expert's expectation, a vendor's claim, or an illustration. */
export const rangeKinds = ["measurement", "expectation", "claim", "illustration"] as const;
export type RangeKind = (typeof rangeKinds)[number];

/** A range series: eras with a low and a high value (virtualization overhead). */
export const rangeRow = z.object({
  key: requiredText(),
  year: yearCell(),
  low: numberCell(),
  high: numberCell(),
  source: sourceCell(),
  confidence: confidenceCell(),
  kind: z.string().refine((s): s is RangeKind => (rangeKinds as readonly string[]).includes(s), {
    error: (issue) => `expected one of ${rangeKinds.join(", ")}, got ${got(issue.input)}`,
  }),
  note: textCell().optional(),
  note_zh: textCell().optional(),
});
export type RangeRow = z.output<typeof rangeRow>;

export const rowSchemas = { series: seriesRow, range: rangeRow } as const;
export type SchemaId = keyof typeof rowSchemas;

export const localized = z.object({ en: z.string().min(1), "zh-hans": z.string().min(1) });
export type Localized = z.output<typeof localized>;

export const datasetManifest = z.object({
  datasets: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      file: z.string(),
      schema: z.enum(Object.keys(rowSchemas) as [SchemaId, ...SchemaId[]]),
      unit: z.string(),
      title: localized,
      description: localized.optional(),
    }),
  ),
});
export type DatasetMeta = z.output<typeof datasetManifest>["datasets"][number];

export const bibliography = z.object({
  sources: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/, "source ids are lower-case words joined by hyphens"),
      title: z.string().min(1),
      publisher: z.string().min(1),
      /** The publisher's name for Chinese readers, where it is not the same in both languages. */
      publisherZh: z.string().min(1).optional(),
      author: z.string().optional(),
      date: z
        .string()
        .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
        .optional(),
      url: z.url().optional(),
      via: z.string().optional(),
      kind: z.enum(["article", "news", "report", "filing", "paper", "book", "blog", "reference", "derived"]),
      note: localized.optional(),
    }),
  ),
});
export type Source = z.output<typeof bibliography>["sources"][number];

const localizedValue = z.object({ en: z.string().min(1), "zh-hans": z.string().min(1) });
const figureValue = z.union([z.number(), z.object({ min: z.number(), max: z.number() }), localizedValue]);

/** Standalone facts: figures in prose that no chart series holds. */
export const factRegistry = z.object({
  facts: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      value: figureValue,
      unit: z.string(),
      date: z
        .string()
        .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
        .optional(),
      source: z.array(z.string()).min(1),
      confidence: z.enum(confidenceLevels),
      article: z.string().optional(),
      note: localized.optional(),
    }),
  ),
});
export type FactEntry = z.output<typeof factRegistry>["facts"][number];

export const chapterSlugs = ["prologue", "to-the-cloud", "virtualization-tax", "ai-wall", "the-letter"] as const;
export type ChapterSlug = (typeof chapterSlugs)[number];

/** "The article says / the record shows": each correction, in both written languages, with its sources. */
export const correctionRegistry = z.object({
  corrections: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      article: z.array(z.string()).default([]),
      chapter: z.enum(chapterSlugs),
      title: localized,
      claim: localized,
      record: localized,
      source: z.array(z.string()).min(1),
    }),
  ),
});
export type Correction = z.output<typeof correctionRegistry>["corrections"][number];

export const eventThemes = ["platform", "traffic", "virtualization", "ai", "market"] as const;
export type EventTheme = (typeof eventThemes)[number];

/** Dated events for the timeline, each tied to the chapter that tells it. */
export const eventRegistry = z.object({
  events: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
      theme: z.enum(eventThemes),
      chapter: z.enum(chapterSlugs),
      title: localized,
      source: z.array(z.string()).min(1),
      confidence: z.enum(confidenceLevels),
      article: z.array(z.string()).default([]),
      fact: z.string().optional(),
    }),
  ),
});
export type TimelineEvent = z.output<typeof eventRegistry>["events"][number];
