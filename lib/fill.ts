// Fills `{name}` placeholders in copy: fill("{minutes} min read", { minutes: 4 }). Pure and tiny, so client
// islands can use it without pulling in the dictionaries (and OpenCC) that lib/ui.ts loads.
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}
