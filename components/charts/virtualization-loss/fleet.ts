// The fleet step: the example server drawn small, "×", a fleet of servers as 100 squares whose held-back
// share fills from the right, and the result: how many servers' worth of cores that share adds up to.
// The squares are drawn a column at a time, two paths per column (what is free, what is held back), and
// come in column by column (each carries its index for the CSS stagger); the calculator moves the same
// marks when a slider changes. d3-free: the calculator lays out with it in the browser. Pure.
import { fill } from "@/lib/fill";
import { r1, rect, text, type Mark, type PathMark } from "@/lib/charts/scene";
import { measure, wrap } from "@/lib/charts/text";
import { number, countText, fleetNumbers, SLIDERS, waffle, type FleetLoss, type Waffle } from "@/components/charts/virtualization-loss/model";
import { lead } from "@/components/charts/virtualization-loss/geometry";
import { OFF, tip, type Ctx } from "@/components/charts/virtualization-loss/context";
import { serverMarks } from "@/components/charts/virtualization-loss/server";

export type FleetView = { marks: Mark[]; hits: Mark[]; bottom: number };

/**
 * The server, ×, the fleet and the result. The calculator draws `slots` core marks (its largest server),
 * and its server's tooltips say the sliders set it.
 */
export function fleetView(c: Ctx, r: FleetLoss, calculator?: { slots: number }): FleetView {
  const { g, words } = c;
  const T = g.T;
  const v = fleetNumbers(r, c.locale, words.fleet.worth);
  const { waffleX, side } = g.fleet;

  // Headings over the server and over the fleet; on a phone the fleet's may take two lines. The room is
  // set for the largest fleet, so nothing jumps while a slider moves.
  const headLines = (n: string) => wrap(fill(words.fleet.header, { ...v, fleetN: n }), g.width - waffleX, T.head, 600);
  const fleetHead = headLines(v.fleetN);
  const top = T.head + (headLines(countText(SLIDERS.fleet.max, c.locale)).length - 1) * lead(T.head) + 12;
  const chassis = { x: 0, y: top + (side - g.fleet.server.height) / 2, ...g.fleet.server };
  const note = calculator
    ? fill(words.tips.fleetExampleNote, { coresN: number(c.example.cores, c.locale), reservedN: number(c.example.reserved, c.locale) })
    : undefined;
  const server = serverMarks(c, r, { chassis, slots: calculator?.slots ?? r.cores, reserved: "lost", maxRight: waffleX - 12, note });
  // The server's heading stays on the first line, level with the fleet's.
  const head = server.marks[0]!;
  if (head.type === "text") head.y = T.head;

  const marks: Mark[] = [...server.marks, text("head-fleet", waffleX, T.head, fleetHead, T.head, { weight: 600 })];
  const times = 28 * g.k;
  marks.push(
    text("times", (chassis.x + chassis.width + waffleX) / 2, top + side / 2 + times * 0.35, "×", times, {
      anchor: "middle",
      className: "chart-text chart-muted",
    }),
  );

  const w = waffle(r.share, { x: waffleX, y: top, side });
  waffleColumns(w).forEach((col, k) => {
    const attrs = (n: number) => ({ style: `--i:${k * 10}`, "data-n": r1(n) });
    marks.push(
      path(`sq-free-${k}`, col.free, { className: "chart-vl-sq chart-vl-sq-free", attrs: attrs(10 - col.lost) }),
      path(`sq-lost-${k}`, col.lostD, { className: "chart-vl-sq chart-vl-sq-lost", attrs: attrs(col.lost) }),
    );
  });
  const keyLines = wrap(fill(words.fleet.squareKey, v), g.width - waffleX, T.note);
  const keyY = top + side + 6 + T.note * 0.8;
  marks.push(text("square-key", waffleX, keyY, keyLines, T.note, { className: "chart-text chart-muted" }));
  const keyRoom = Math.max(
    keyLines.length,
    wrap(fill(words.fleet.squareKey, { ...v, squareN: countText(SLIDERS.fleet.max / 100, c.locale) }), g.width - waffleX, T.note).length,
  );
  const keyBottom = keyY + (keyRoom - 1) * lead(T.note) + T.note * 0.25;

  // The result, under both: servers' worth held back (alarm) and what it means, then what is left for
  // customers (accent). The figure's size is set for the largest fleet, so it never changes size while a
  // slider moves.
  const widest = measure(countText(SLIDERS.fleet.max, c.locale), 1, 600);
  const bigSize = Math.min(g.big * 0.85, Math.floor(((g.width * 0.45) / widest) * 10) / 10);
  // Under the server's labels as they fall when they take two lines, so the result never jumps.
  const labelsRoom = chassis.y + chassis.height + 16 + T.label + lead(T.label) + T.label * 0.25;
  const rTop = Math.max(server.labelsBottom, labelsRoom, keyBottom) + 16 * Math.max(g.k, 1);
  const bigY = rTop + bigSize * 0.75;
  const capX = measure(v.worthN, bigSize, 600) + 8 * Math.max(g.k, 1);
  const capLines = wrap(fill(words.fleet.worthCaption, v), g.width - capX, T.head);
  // One line sits on the figure's baseline; more lines hang from its top.
  const capY = capLines.length === 1 ? bigY : rTop + T.head * 0.8;
  const capBottom = capY + (capLines.length - 1) * lead(T.head) + T.head * 0.25;
  const freeLines = wrap(fill(words.fleet.freeWorth, v), g.width, T.label, 600);
  const freeY = Math.max(capBottom, bigY + bigSize * 0.08) + 10 + T.label * 0.8;
  marks.push(
    text("worth-big", 0, bigY, v.worthN, bigSize, { weight: 600, className: "chart-text chart-vl-alarm" }),
    text("worth-caption", capX, capY, capLines, T.head, { className: "chart-text" }),
    text("worth-free", 0, freeY, freeLines, T.label, { weight: 600, className: "chart-text chart-vl-accent" }),
  );
  const bottom = freeY + (freeLines.length - 1) * lead(T.label) + T.label * 0.25;

  const fleetTip = { note: fill(words.tips.fleetNote, v), source: c.example.source, year: c.example.year, confidence: c.example.confidence };
  const region = (key: string, box: typeof w.free, t: Parameters<typeof tip>[1]) =>
    rect(key, box?.x ?? waffleX, box?.y ?? top, box?.width ?? 0, box?.height ?? 0, {
      className: "chart-vl-hit",
      tip: tip(c, t),
      attrs: { "data-squares": key.slice(10), ...(box ? {} : OFF) },
    });
  const hits = [
    region("hit-fleet-free", w.free, { ...fleetTip, title: words.tips.fleetFree, value: v.freeWorth }),
    region("hit-fleet-lost", w.lost, { ...fleetTip, title: words.tips.fleetLost, value: v.worth }),
  ];
  return { marks, hits: [...server.hits, ...hits], bottom };
}

const path = (key: string, d: string, o: Omit<PathMark, "type" | "key" | "d">): PathMark => ({ type: "path", key, d, ...o });

/**
 * The waffle's ten columns, each as two paths of ten squares: the free top of every square and its
 * held-back bottom (zero high where nothing is held back). Every state has the same subpaths, so a step or a
 * slider moves the same 20 elements (not 101 rects: the chapter stays under its element budget) and the
 * held-back share rises through the squares as one shape. `lost` is how many of the column's squares are
 * held back (a fraction for the square held back in part).
 */
export function waffleColumns(w: Waffle): { free: string; lostD: string; lost: number }[] {
  const per = 10;
  const lostPart = (i: number) => {
    const s = w.squares[i]!;
    if (s.lost) return 1;
    return w.part?.index === i ? w.part.height / w.size : 0;
  };
  const sub = (x: number, y: number, h: number) => `M${r1(x)} ${r1(y)}h${r1(w.size)}v${r1(h)}h${r1(-w.size)}Z`;
  const out: { free: string; lostD: string; lost: number }[] = [];
  for (let c = 0; c * per < w.squares.length; c++) {
    let free = "";
    let lostD = "";
    let lost = 0;
    for (let i = c * per; i < Math.min(w.squares.length, (c + 1) * per); i++) {
      const s = w.squares[i]!;
      const p = lostPart(i);
      lost += p;
      free += sub(s.x, s.y, w.size * (1 - p));
      lostD += sub(s.x, s.y + w.size * (1 - p), w.size * p);
    }
    out.push({ free, lostD, lost });
  }
  return out;
}
