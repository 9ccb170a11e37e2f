// Reads an embed's state from its query string. Only what the allow-list names gets through, and only in
// the range the chart itself offers (its steps, its scale control, the years it draws); anything else falls
// back to the default silently. Pure, so it is unit-tested, and the embed runtime ships it.
import type { EmbedState, EmbedTheme } from "@/lib/embed/urls";

/** What one chart offers, read from its page: number of steps, values of its scale control, years it marks. */
export type EmbedCapabilities = { steps: number; scales: readonly string[]; years: readonly number[] };

export const FIRST_YEAR = 2009;
export const LAST_YEAR = 2025;

const THEMES: readonly EmbedTheme[] = ["light", "dark", "auto"];
/** A plain non-negative integer as a reader would type it: no sign, no exponent, no leading zeros. */
const INTEGER = /^(0|[1-9][0-9]{0,3})$/;
/** pym.js child ids are element ids on the host page. */
const CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The first value of a key, or undefined. Repeated keys: the first wins, like URLSearchParams.get. */
const first = (q: URLSearchParams, key: string) => q.get(key) ?? undefined;

function integer(raw: string | undefined): number | undefined {
  return raw !== undefined && INTEGER.test(raw) ? Number(raw) : undefined;
}

export function parseTheme(raw: string | undefined): EmbedTheme {
  return (THEMES as readonly string[]).includes(raw ?? "") ? (raw as EmbedTheme) : "auto";
}

export function parseEmbedState(search: string, caps: EmbedCapabilities): EmbedState & { theme: EmbedTheme } {
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    q = new URLSearchParams();
  }
  const state: EmbedState & { theme: EmbedTheme } = { theme: parseTheme(first(q, "theme")) };
  const step = integer(first(q, "step"));
  if (step !== undefined && step < caps.steps) state.step = step;
  const scale = first(q, "scale");
  if ((scale === "log" || scale === "linear") && caps.scales.includes(scale)) state.scale = scale;
  const year = integer(first(q, "year"));
  if (year !== undefined && year >= FIRST_YEAR && year <= LAST_YEAR && caps.years.includes(year)) state.year = year;
  if (first(q, "details") === "1") state.details = true;
  return state;
}

/** pym.js Parent adds childId (and initialWidth, parentTitle, parentUrl, which we ignore) to the child's URL. */
export function parseChildId(search: string): string | undefined {
  try {
    const id = new URLSearchParams(search).get("childId") ?? "";
    return CHILD_ID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}
