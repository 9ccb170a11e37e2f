// The name of a chart state: its step ("all" for the complete chart, with no step) and the variants a
// reader has toggled away from their defaults: "2", "all", "2|scale=log". The server names the states it
// lays out with it, and the browser names the state to show with it, so both always agree. Pure.

export type VariantDef = { name: string; values: string[]; default: string };

export function stateId(step: number | undefined, variants: Record<string, string> = {}, defs: VariantDef[] = []): string {
  const parts = defs
    .filter((d) => variants[d.name] !== undefined && variants[d.name] !== d.default)
    .map((d) => `${d.name}=${variants[d.name]}`)
    .sort();
  return [step === undefined ? "all" : String(step), ...parts].join("|");
}

/** Every combination of steps and variant values, each with its id. */
export function allStates(
  steps: (number | undefined)[],
  defs: VariantDef[] = [],
): { id: string; step: number | undefined; variants: Record<string, string> }[] {
  let combos: Record<string, string>[] = [{}];
  for (const d of defs) combos = combos.flatMap((c) => d.values.map((v) => ({ ...c, [d.name]: v })));
  return steps.flatMap((step) => combos.map((variants) => ({ id: stateId(step, variants, defs), step, variants })));
}
