// Derives Traditional Chinese (Taiwan usage) from Simplified with OpenCC, then applies our term overrides.
import * as OpenCC from "opencc-js";
import overridesFile from "@/content/zh-hant-overrides.json" with { type: "json" };

export type Overrides = Record<string, string>;

const opencc = OpenCC.Converter({ from: "cn", to: "twp" });

/**
 * A converter that applies our overrides to the Simplified source first (each match is parked as a
 * private-use placeholder that OpenCC leaves alone), runs OpenCC, then puts the chosen Traditional
 * terms in. Longer keys win, so "移动互联网" beats "移动端"; a one-character key ("云") catches what
 * OpenCC leaves unconverted in context ("私有云").
 */
export function makeHantConverter(overrides: Overrides = overridesFile.overrides) {
  const keys = Object.keys(overrides).sort((a, b) => b.length - a.length);
  const pattern = keys.length ? new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g") : null;
  const park = (i: number) => `\uE000${String.fromCharCode(0xe100 + i)}\uE001`;
  return (text: string): string => {
    if (!pattern) return opencc(text);
    const parked = text.replace(pattern, (m) => park(keys.indexOf(m)));
    return opencc(parked).replace(/\uE000([\uE100-\uEFFF])\uE001/g, (_, c: string) => overrides[keys[c.charCodeAt(0) - 0xe100]!]!);
  };
}

export const toHant = makeHantConverter();

/**
 * Character-level conversion only (no phrase dictionaries, no overrides): for text quoted as published,
 * such as a title, which keeps its words and only changes its script. Also the test for stray Simplified
 * characters on Traditional pages.
 */
export const toHantChars: (text: string) => string = OpenCC.Converter({ from: "cn", to: "tw" });

/** Converts every string in a JSON-like value (UI dictionaries, data labels). */
export function toHantDeep<T>(value: T, convert: (s: string) => string = toHant): T {
  if (typeof value === "string") return convert(value) as T;
  if (Array.isArray(value)) return value.map((v) => toHantDeep(v, convert)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toHantDeep(v, convert)])) as T;
  }
  return value;
}
