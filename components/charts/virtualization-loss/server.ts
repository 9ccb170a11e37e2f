// One server: its dashed chassis, a square per core (the ones kept for virtualization on the right, in the
// alarm colour, or returned to customers), brackets and labels under the two groups, and the regions a
// reader inspects. Drawn large in steps 0 and 1 and small beside the fleet; every mark keeps its key, so
// the server shrinks into place and its reserved cores change colour as the story moves. d3-free. Pure.
import { fill } from "@/lib/fill";
import { rect, text, type Mark, type TextMark } from "@/lib/charts/scene";
import { measure } from "@/lib/charts/text";
import { figure, coreGrid, fleetNumbers, type FleetLoss, type Rect } from "@/components/charts/virtualization-loss/model";
import { lead } from "@/components/charts/virtualization-loss/geometry";
import { OFF, tip, type Ctx } from "@/components/charts/virtualization-loss/context";

export type ServerOptions = {
  chassis: Rect;
  /** Core marks to draw: at least the server's cores; the calculator draws its largest server's worth, the rest off. */
  slots: number;
  /** The reserved cores kept by the hypervisor, or returned to customers by the card. */
  reserved: "lost" | "returned";
  /** The right-hand label stays left of this. */
  maxRight: number;
  /** The tooltips' note, when the server is not the article's (the calculator's). */
  note?: string;
};

export type ServerMarks = { marks: Mark[]; hits: Mark[]; labelsBottom: number; lost: Rect | null; free: Rect | null };

const bracketPath = (x1: number, x2: number, y: number, tick: number) => `M${x1} ${y - tick}V${y}H${x2}V${y - tick}`;

export function serverMarks(c: Ctx, r: FleetLoss, o: ServerOptions): ServerMarks {
  const { g, words } = c;
  const T = g.T;
  const v = fleetNumbers(r, c.locale, words.fleet.worth);
  const box = o.chassis;
  const inset = Math.max(8, box.height * 0.08);
  const grid = coreGrid(r.cores, r.reserved, { x: box.x + inset, y: box.y + inset, width: box.width - 2 * inset, height: box.height - 2 * inset }, 40 * g.k);
  const returned = o.reserved === "returned";

  const marks: Mark[] = [text("head-server", box.x, box.y - 10, fill(words.server.header, v), T.head, { weight: 600 })];
  marks.push(rect("chassis", box.x, box.y, box.width, box.height, { rx: 8, className: "chart-vl-chassis" }));
  // Cores beyond the server's count (the calculator's spare slots) wait, folded, on its last core.
  const last = grid.cells.at(-1)!;
  for (let i = 0; i < Math.max(o.slots, r.cores); i++) {
    const cell = grid.cells[i];
    const kind = !cell ? "free" : !cell.lost ? "free" : returned ? "returned" : "lost";
    const geo = cell ?? { x: last.x + last.width / 2, y: last.y + last.height / 2, width: 0, height: 0 };
    marks.push(
      rect(`core-${i}`, geo.x, geo.y, geo.width, geo.height, {
        rx: Math.min(3, grid.size / 4),
        className: `chart-vl-core chart-vl-core-${kind}`,
        attrs: cell ? undefined : OFF,
      }),
    );
  }

  // Brackets and labels under the two groups: the customers' cores on the left, the reserved on the right.
  const y = box.y + box.height + 10;
  const size = T.label;
  const labelY = y + size + 6;
  const freeText = fill(returned ? words.server.kept : words.server.free, v);
  const lostText = fill(returned ? words.server.returned : words.server.lost, v);
  const freeTone = returned ? "muted" : "accent";
  const lostTone = returned ? "accent" : "alarm";
  const labels: TextMark[] = [];
  // Where a column holds both kinds, the two brackets meet in its middle.
  let freeSpan = grid.free;
  let lostSpan = grid.lost;
  if (freeSpan && lostSpan && lostSpan.x < freeSpan.x + freeSpan.width - 1e-6) {
    const mid = lostSpan.x + grid.pitch / 2;
    freeSpan = { ...freeSpan, width: mid - 2 - freeSpan.x };
    lostSpan = { ...lostSpan, x: mid + 2, width: lostSpan.x + lostSpan.width - mid - 2 };
  }
  marks.push(
    {
      type: "path",
      key: "bracket-free",
      d: freeSpan ? bracketPath(freeSpan.x, freeSpan.x + freeSpan.width, y, 5) : bracketPath(box.x, box.x, y, 5),
      className: `chart-vl-bracket chart-vl-bracket-${freeTone}`,
      attrs: freeSpan ? undefined : OFF,
    },
    {
      type: "path",
      key: "bracket-lost",
      d: lostSpan ? bracketPath(lostSpan.x, lostSpan.x + lostSpan.width, y, 5) : bracketPath(box.x + box.width, box.x + box.width, y, 5),
      className: `chart-vl-bracket chart-vl-bracket-${lostTone}`,
      attrs: lostSpan ? undefined : OFF,
    },
  );
  // Each wording is its own mark, so a change of step crossfades the words.
  const freeKey = returned ? "under-kept" : "under-free";
  const lostKey = returned ? "under-returned" : "under-lost";
  const freeLabel = text(freeKey, freeSpan?.x ?? box.x, labelY, freeText, size, {
    weight: 600,
    className: `chart-text chart-vl-${freeTone}`,
    attrs: freeSpan ? undefined : OFF,
  });
  labels.push(freeLabel);
  const leftEnd = freeSpan ? freeSpan.x + measure(freeText, size, 600) : -Infinity;
  const w = measure(lostText, size, 600);
  const span = lostSpan ?? { x: box.x + box.width, width: 0 };
  const fromStart = span.x + w <= o.maxRight;
  // Else it ends under the bracket's end, unless that would run it past the cores' left edge (a wide label
  // under a narrow group on the small server): then it starts there, level with the other label.
  const coresLeft = grid.cells[0]?.x ?? box.x;
  const end = fromStart ? span.x + w : Math.max(span.x + span.width, coresLeft + w);
  const start = end - w;
  // When the two labels would touch, the right-hand one drops to a second line.
  const clash = leftEnd + 10 > start;
  labels.push(
    text(lostKey, fromStart ? start : end, labelY + (clash ? lead(size) : 0), lostText, size, {
      weight: 600,
      anchor: fromStart ? "start" : "end",
      className: `chart-text chart-vl-${lostTone}`,
      attrs: lostSpan ? undefined : OFF,
    }),
  );
  marks.push(...labels);

  // What a reader inspects: the two groups of cores, as regions over them.
  const example = {
    note: o.note ?? fill(words.tips.exampleNote, { ...v, claim: figure(c.example.claim, "percent", c.locale) }),
    source: c.example.source,
    year: c.example.year,
    confidence: c.example.confidence,
  };
  const count = (n: string, share: string) => fill(words.tips.count, { count: n, share });
  const hits: Mark[] = [
    rect("hit-server-free", grid.free?.x ?? box.x, grid.free?.y ?? box.y, grid.free?.width ?? 0, grid.free?.height ?? 0, {
      className: "chart-vl-hit",
      tip: tip(c, { ...example, title: words.tips.free, value: count(v.free, v.freeShare) }),
      attrs: { "data-cores": "free", ...(freeSpan ? {} : OFF) },
    }),
    rect("hit-server-lost", grid.lost?.x ?? box.x + box.width, grid.lost?.y ?? box.y, grid.lost?.width ?? 0, grid.lost?.height ?? 0, {
      className: "chart-vl-hit",
      tip: tip(c, { ...example, title: returned ? words.tips.returned : words.tips.lost, value: returned ? v.reserved : count(v.reserved, v.share) }),
      attrs: { "data-cores": returned ? "returned" : "lost", ...(lostSpan ? {} : OFF) },
    }),
  ];
  const shown = labels.filter((l) => !l.attrs || !("data-off" in l.attrs));
  const labelsBottom = Math.max(y, ...shown.map((l) => l.y + size * 0.25));
  return { marks, hits, labelsBottom, lost: grid.lost, free: grid.free };
}
