// The words and drawings of the two server steps. Step 0: the reserved share as a big figure, what it
// means, how the article rounds it, and that it is an illustration. Step 1: the X-Dragon card slides in
// beside the server with an arrow from the cores it frees, its claim, and the payoff. In step 0 the card
// already waits, hidden, to the right of where it lands, so entering step 1 slides it in. d3-free. Pure.
import { fill } from "@/lib/fill";
import { group, rect, text, type Mark, type Tip } from "@/lib/charts/scene";
import { measure, wrap } from "@/lib/charts/text";
import { figure, fleetNumbers, type FleetLoss, type Rect } from "@/components/charts/virtualization-loss/model";
import { lead } from "@/components/charts/virtualization-loss/geometry";
import { OFF, type Ctx } from "@/components/charts/virtualization-loss/context";
import type { ServerMarks } from "@/components/charts/virtualization-loss/server";

export type Block = { marks: Mark[]; bottom: number /** Marks a reader inspects, drawn after the server's. */; inspect?: Mark[] };

/** Lines of text from a top edge: each line one mark's tspan, the block's bottom returned. */
function paragraph(key: string, x: number, top: number, words: string, width: number, size: number, className: string, weight?: number): Block {
  const lines = wrap(words, width, size, weight);
  const y = top + size * 0.8;
  return { marks: [text(key, x, y, lines, size, { className, weight })], bottom: y + (lines.length - 1) * lead(size) + size * 0.25 };
}

const vars = (c: Ctx, r: FleetLoss) => ({ ...fleetNumbers(r, c.locale, c.words.fleet.worth), claim: figure(c.example.claim, "percent", c.locale) });

/** Step 0: "37.5%" and what it means, beside the server (wide) or under it (narrow). */
export function shareBlock(c: Ctx, r: FleetLoss, server: ServerMarks): Block {
  const { g, words } = c;
  const T = g.T;
  const v = vars(c, r);
  const aside = `chart-text chart-muted${c.locale === "en" ? " chart-vl-aside" : ""}`;
  const bigText = v.share;
  const bigW = measure(bigText, g.big, 600);
  if (g.narrow) {
    const top = server.labelsBottom + 16;
    const big = text("share-big", 0, top + g.big * 0.75, bigText, g.big, { weight: 600, className: "chart-text chart-vl-alarm" });
    // Beside the figure when there is room for a readable measure, else under it.
    const x = bigW + 12;
    const beside = g.width - x >= 150;
    const caption = paragraph(
      "share-caption",
      beside ? x : 0,
      beside ? top : top + g.big + 8,
      fill(words.server.bigCaption, v),
      beside ? g.width - x : g.width,
      T.head,
      "chart-text",
    );
    const after = Math.max(caption.bottom, top + g.big * 0.8) + 12;
    const rounding = paragraph("share-rounding", 0, after, fill(words.server.rounding, v), g.width, T.label, "chart-text chart-vl-soft");
    const tag = paragraph("share-tag", 0, rounding.bottom + 10, fill(words.server.exampleTag, v), g.width, T.note, aside);
    return { marks: [big, ...caption.marks, ...rounding.marks, ...tag.marks], bottom: tag.bottom };
  }
  const { x, width } = g.column;
  const top = g.server.y + 4 * g.k;
  const big = text("share-big", x, top + g.big * 0.75, bigText, g.big, { weight: 600, className: "chart-text chart-vl-alarm" });
  const caption = paragraph("share-caption", x, top + g.big * 0.95 + 6, fill(words.server.bigCaption, v), width, T.head, "chart-text");
  const rounding = paragraph("share-rounding", x, caption.bottom + 14, fill(words.server.rounding, v), width, T.label, "chart-text chart-vl-soft");
  const tag = paragraph("share-tag", x, rounding.bottom + 14, fill(words.server.exampleTag, v), width, T.note, aside);
  return { marks: [big, ...caption.marks, ...rounding.marks, ...tag.marks], bottom: tag.bottom };
}

/** The X-Dragon card: a board with a large chip, four small ones and its contacts. */
function card(c: Ctx, at: { x: number; y: number }, cardTip: Tip, waiting: boolean): Mark {
  const { width: w, height: h } = c.g.card;
  const u = h / 92;
  const chip = 48 * u;
  const small = { w: 24 * u, h: 20 * u };
  const children: Mark[] = [
    rect("card-body", 0, 0, w, h, { rx: 5, className: "chart-vl-card" }),
    rect("card-chip-0", 18 * u, (h - chip) / 2, chip, chip, { rx: 4, className: "chart-vl-asic" }),
  ];
  for (const col of [0, 1]) {
    for (const row of [0, 1]) {
      children.push(
        rect(`card-chip-${1 + col * 2 + row}`, 32 * u + chip + col * (small.w + 8 * u), row ? h - 16 * u - small.h : 16 * u, small.w, small.h, {
          rx: 2,
          className: "chart-vl-asic",
        }),
      );
    }
  }
  const fingers = Math.floor((w - 50 * u) / (10 * u));
  for (let i = 0; i < fingers; i++) children.push(rect(`card-finger-${i}`, 40 * u + i * 10 * u, h, 6 * u, 7 * u, { className: "chart-vl-finger" }));
  // Waiting (step 0): hidden, a little to the right, so step 1 slides it in.
  const dx = waiting ? 56 * c.g.k : 0;
  return group("card", children, { x: at.x + dx, y: at.y, tip: cardTip, attrs: { "data-card": "", ...(waiting ? OFF : {}) } });
}

/** An arrow from (x1, y1) to (x2, y2): a shaft and a filled head, as paths that can grow from their start. */
function arrow(x1: number, y1: number, x2: number, y2: number, waiting: boolean): Mark[] {
  const [ex, ey] = waiting ? [x1 + 0.01, y1] : [x2, y2];
  const angle = Math.atan2(ey - y1, ex - x1);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const bx = ex - 9 * cos;
  const by = ey - 9 * sin;
  const r = (n: number) => Math.round(n * 10) / 10;
  return [
    {
      type: "path",
      key: "card-arrow",
      d: `M${r(x1)} ${r(y1)}L${r(waiting ? x1 : bx)} ${r(waiting ? y1 : by)}`,
      className: "chart-vl-arrow",
      attrs: waiting ? OFF : undefined,
    },
    {
      type: "path",
      key: "card-arrow-head",
      d: `M${r(ex)} ${r(ey)}L${r(bx - 5 * sin)} ${r(by + 5 * cos)}L${r(bx + 5 * sin)} ${r(by - 5 * cos)}Z`,
      className: "chart-vl-arrow-head",
      attrs: waiting ? OFF : undefined,
    },
  ];
}

/**
 * Step 1 (and, waiting, step 0): the card beside the server with its words, and the payoff. `shown` false
 * draws only the card and arrow, hidden where they start from.
 */
export function cardBlock(c: Ctx, r: FleetLoss, server: ServerMarks, chassis: Rect, cardTip: Tip, shown: boolean): Block {
  const { g, words } = c;
  const T = g.T;
  const v = vars(c, r);
  const aside = `chart-text chart-muted${c.locale === "en" ? " chart-vl-aside" : ""}`;
  const { width: cw, height: ch } = g.card;
  const marks: Mark[] = [];
  const inspect: Mark[] = [];
  let bottom: number;
  if (g.narrow) {
    const from = server.lost ? server.lost.x + server.lost.width / 2 : chassis.x + chassis.width * 0.8;
    const x = g.width - cw - 2;
    // Room for an arrow that reads as one: more drop where it runs nearly straight down (a narrower frame).
    const at = { x, y: server.labelsBottom + (Math.abs(x + cw / 2 - from) < 20 ? 46 : 30) };
    marks.push(...arrow(from, server.labelsBottom + 6, at.x + cw / 2, at.y - 6, !shown));
    inspect.push(card(c, at, cardTip, !shown));
    if (!shown) return { marks, inspect, bottom: at.y + ch };
    const width = at.x - 14;
    const title = paragraph("card-title", 0, at.y - 2, fill(words.server.cardTitle, v), width, T.head, "chart-text", 600);
    const body = paragraph("card-body-text", 0, title.bottom + 6, fill(words.server.cardBody, v), width, T.label, "chart-text chart-vl-soft");
    const claimTop = Math.max(body.bottom, at.y + ch + 7) + 10;
    const claim = paragraph("card-claim", 0, claimTop, fill(words.server.cardClaim, v), g.width, T.note, aside);
    const payoff = paragraph("payoff", 0, claim.bottom + 14, fill(words.server.returnedCaption, v), g.width, T.head, "chart-text chart-vl-accent", 600);
    marks.push(...title.marks, ...body.marks, ...claim.marks, ...payoff.marks);
    bottom = payoff.bottom;
  } else {
    const at = { x: g.column.x + 40 * g.k, y: chassis.y + 8 * g.k };
    marks.push(...arrow(chassis.x + chassis.width + 8, chassis.y + chassis.height / 2, at.x - 8, at.y + ch / 2, !shown));
    inspect.push(card(c, at, cardTip, !shown));
    if (!shown) return { marks, inspect, bottom: at.y + ch };
    const { x, width } = g.column;
    const title = paragraph("card-title", x, at.y + ch + 7 + 16 * g.k, fill(words.server.cardTitle, v), width, T.head, "chart-text", 600);
    const body = paragraph("card-body-text", x, title.bottom + 6, fill(words.server.cardBody, v), width, T.label, "chart-text chart-vl-soft");
    const claim = paragraph("card-claim", x, body.bottom + 10, fill(words.server.cardClaim, v), width, T.note, aside);
    const payoff = paragraph(
      "payoff",
      0,
      server.labelsBottom + 18,
      fill(words.server.returnedCaption, v),
      chassis.width,
      T.head,
      "chart-text chart-vl-accent",
      600,
    );
    marks.push(...title.marks, ...body.marks, ...claim.marks, ...payoff.marks);
    bottom = Math.max(claim.bottom, payoff.bottom);
  }
  return { marks, inspect, bottom };
}
