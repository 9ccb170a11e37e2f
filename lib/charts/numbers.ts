// Rounding for figures drawn on a chart. Pure.

/** Four significant digits are plenty on a chart: 2684亿元, not 2684.44亿元. */
export const significant = (v: number, digits = 4) => Number(v.toPrecision(digits));

/** A value as a share of a whole, clamped to 0–1. */
export const share = (v: number, whole = 100) => Math.max(0, Math.min(1, v / whole));
