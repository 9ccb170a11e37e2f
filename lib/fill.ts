// Fills `{name}` placeholders in copy: fill("{minutes} min read", { minutes: 4 }). Pure and tiny, so client
// islands can use it without pulling in the dictionaries (and OpenCC) that lib/ui.ts loads.
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

/** A template cut around one placeholder, for copy that wraps an element rather than a string:
 *  around("Next chapter: {chapter}", "chapter") is ["Next chapter: ", ""]. Throws when the placeholder is
 *  missing or doubled, so a translation that drops it fails the build instead of losing the link's name. */
export function around(template: string, key: string): [string, string] {
  const parts = template.split(`{${key}}`);
  if (parts.length !== 2) throw new Error(`copy "${template}" must hold {${key}} exactly once`);
  return [parts[0]!, parts[1]!];
}
