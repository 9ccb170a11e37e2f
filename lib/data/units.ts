// Every unit a figure can carry, with how each language writes it. Values are stored in `scale` units:
// a GMV row of 191 in "cny-100m" is 191 × 10⁸ yuan.
export type Unit = {
  kind: "money" | "count" | "ratio" | "date";
  scale: number;
  /** English template; "{n}" is the number, "one|other" forms split on "|". */
  en: string;
  /** Chinese template in Simplified. For money, the suffix after 万/亿. */
  zh: string;
  /** Traditional, where it differs from zh. Kept here rather than derived so that formatting needs no OpenCC in the browser. */
  zhHant?: string;
  symbol?: string;
};

export const units = {
  "cny-100m": { kind: "money", scale: 1e8, symbol: "¥", en: "", zh: "元" },
  "cny-m": { kind: "money", scale: 1e6, symbol: "¥", en: "", zh: "元" },
  cny: { kind: "money", scale: 1, symbol: "¥", en: "", zh: "元" },
  "usd-bn": { kind: "money", scale: 1e9, symbol: "$", en: "", zh: "美元" },
  "usd-m": { kind: "money", scale: 1e6, symbol: "$", en: "", zh: "美元" },
  percent: { kind: "ratio", scale: 1, en: "{n}%", zh: "{n}%" },
  times: { kind: "ratio", scale: 1, en: "{n}×", zh: "{n}倍" },
  "orders-per-second": { kind: "count", scale: 1, en: "{n} order a second|{n} orders a second", zh: "{n}笔/秒", zhHant: "{n}筆/秒" },
  "payments-per-second": { kind: "count", scale: 1, en: "{n} payment a second|{n} payments a second", zh: "{n}笔/秒", zhHant: "{n}筆/秒" },
  "items-per-minute": { kind: "count", scale: 1, en: "{n} item a minute|{n} items a minute", zh: "{n}件/分钟", zhHant: "{n}件/分鐘" },
  second: { kind: "count", scale: 1, en: "{n} second|{n} seconds", zh: "{n}秒" },
  month: { kind: "count", scale: 1, en: "{n} month|{n} months", zh: "{n}个月", zhHant: "{n}個月" },
  year: { kind: "count", scale: 1, en: "{n} year|{n} years", zh: "{n}年" },
  quarter: { kind: "count", scale: 1, en: "{n} quarter|{n} quarters", zh: "{n}个季度", zhHant: "{n}個季度" },
  core: { kind: "count", scale: 1, en: "{n} core|{n} cores", zh: "{n}核" },
  gpu: { kind: "count", scale: 1, en: "{n} GPU|{n} GPUs", zh: "{n}块GPU", zhHant: "{n}塊GPU" },
  people: { kind: "count", scale: 1e8, en: "{n} person|{n} people", zh: "{n}人" },
  region: { kind: "count", scale: 1, en: "{n} region|{n} regions", zh: "{n}个地域", zhHant: "{n}個地域" },
  zone: { kind: "count", scale: 1, en: "{n} availability zone|{n} availability zones", zh: "{n}个可用区", zhHant: "{n}個可用區" },
  generation: { kind: "count", scale: 1, en: "{n} generation|{n} generations", zh: "{n}代" },
  "instance-family": { kind: "count", scale: 1, en: "{n} instance family|{n} instance families", zh: "{n}款实例", zhHant: "{n}款實例" },
  "product-line": { kind: "count", scale: 1, en: "{n} product line|{n} product lines", zh: "{n}条产品线", zhHant: "{n}條產品線" },
  rank: { kind: "count", scale: 1, en: "No. {n}", zh: "第{n}名" },
  node: { kind: "count", scale: 1, en: "{n} node|{n} nodes", zh: "{n}个节点", zhHant: "{n}個節點" },
  eflops: { kind: "count", scale: 1, en: "{n} EFLOPS", zh: "{n} EFLOPS" },
  pflops: { kind: "count", scale: 1, en: "{n} PFLOPS", zh: "{n} PFLOPS" },
  /** Integer (INT8) operations, 10¹⁸ a second: not floating-point, so never written as EFLOPS. */
  eops: { kind: "count", scale: 1, en: "{n} EOPS", zh: "{n} EOPS" },
  "gb-per-second": { kind: "count", scale: 1, en: "{n} GB/s", zh: "{n} GB/s" },
  "cny-trillion": { kind: "money", scale: 1e12, symbol: "¥", en: "", zh: "元" },
  number: { kind: "count", scale: 1, en: "{n}", zh: "{n}" },
  date: { kind: "date", scale: 1, en: "{n}", zh: "{n}" },
  "compute-type": { kind: "count", scale: 1, en: "{n} kind of compute|{n} kinds of compute", zh: "{n}种算力形态", zhHant: "{n}種算力形態" },
} satisfies Record<string, Unit>;

export type UnitId = keyof typeof units;

export const isUnitId = (value: string): value is UnitId => Object.hasOwn(units, value);
