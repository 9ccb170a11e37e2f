// Reads and validates dataset files. Any bad cell fails the build with the file, line and field:
//   content/data/series/double11-gmv.csv:12 field "value": expected a number, got "abc"
import fs from "node:fs";
import path from "node:path";
import { csvParseRows } from "d3-dsv";
import type { z } from "zod";

/** Columns whose empty cells mean "absent" rather than an empty value. */
const OPTIONAL_EMPTY = new Set(["note", "note_zh", "label_en", "label_zh", "key", "unit"]);

export class DatasetError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid dataset:\n  ${problems.join("\n  ")}`);
    this.name = "DatasetError";
  }
}

/** Paths in messages are relative to the project root, as a reader of the build log would open them. */
const shown = (file: string) => path.relative(process.cwd(), file) || file;

function issueLine(where: string, issue: z.core.$ZodIssue): string {
  const field = issue.path.length ? ` field "${issue.path.join(".")}"` : "";
  return `${where}${field}: ${issue.message}`;
}

/** Parses a CSV file into validated rows and throws every problem at once. */
export function loadCsv<S extends z.ZodType>(file: string, schema: S): z.output<S>[] {
  const { rows, problems } = parseCsv(file, schema);
  if (problems.length) throw new DatasetError(problems);
  return rows.map((r) => r.row);
}

/**
 * Parses a CSV file into the rows that validate (with their line numbers) and a list of problems
 * for those that don't, so a caller can go on checking the good rows. The header is line 1.
 */
export function parseCsv<S extends z.ZodType>(file: string, schema: S): { rows: { line: number; row: z.output<S> }[]; problems: string[] } {
  const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const [header, ...rows] = csvParseRows(text);
  const problems: string[] = [];
  if (!header) return { rows: [], problems: [`${shown(file)}:1: the file is empty; expected a header row`] };
  const columns = header.map((h) => h.trim());
  const out: { line: number; row: z.output<S> }[] = [];
  rows.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length === 1 && cells[0]?.trim() === "") return; // blank line
    if (cells.length !== columns.length) {
      problems.push(`${shown(file)}:${line}: expected ${columns.length} cells (${columns.join(",")}), got ${cells.length}`);
      return;
    }
    const record: Record<string, string> = {};
    columns.forEach((c, j) => {
      const cell = cells[j] ?? "";
      if (!OPTIONAL_EMPTY.has(c) || cell !== "") record[c] = cell;
    });
    const parsed = schema.safeParse(record);
    if (parsed.success) out.push({ line, row: parsed.data });
    else for (const issue of parsed.error.issues) problems.push(issueLine(`${shown(file)}:${line}`, issue));
  });
  return { rows: out, problems };
}

/** Parses a JSON file against a schema; an issue names the JSON path, e.g. `facts.3.unit`. */
export function loadJson<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new DatasetError([`${shown(file)}: not valid JSON (${(error as Error).message})`]);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new DatasetError(parsed.error.issues.map((issue) => issueLine(shown(file), issue)));
  return parsed.data;
}
