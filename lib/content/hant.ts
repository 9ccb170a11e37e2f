// Derives Traditional Chinese (Taiwan usage) from Simplified with OpenCC, then applies our term overrides.
import * as OpenCC from "opencc-js";
import overridesFile from "@/content/zh-hant-overrides.json";

export type Overrides = Record<string, string>;

const opencc = OpenCC.Converter({ from: "cn", to: "twp" });

/**
 * A converter that runs OpenCC and then replaces what OpenCC made of each override's
 * Simplified key with the Traditional value we chose. Longer keys are applied first, so
 * "移动互联网" wins over "移动端".
 */
export function makeHantConverter(overrides: Overrides = overridesFile.overrides) {
  const pairs = Object.entries(overrides)
    .map(([hans, hant]) => [opencc(hans), hant] as const)
    .sort((a, b) => b[0].length - a[0].length);
  return (text: string): string => {
    let out = opencc(text);
    for (const [converted, wanted] of pairs) {
      if (converted !== wanted) out = out.split(converted).join(wanted);
    }
    return out;
  };
}

export const toHant = makeHantConverter();

/** Converts every string in a JSON-like value (UI dictionaries, data labels). */
export function toHantDeep<T>(value: T, convert: (s: string) => string = toHant): T {
  if (typeof value === "string") return convert(value) as T;
  if (Array.isArray(value)) return value.map((v) => toHantDeep(v, convert)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toHantDeep(v, convert)])) as T;
  }
  return value;
}
