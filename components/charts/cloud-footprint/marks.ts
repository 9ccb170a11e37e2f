// The cloud-footprint chart's data marks: each series' snapshots as dots joined by a thin line (a segment
// touching a low-confidence snapshot is dashed, and the dot hollow by CSS), and the article's own count as a
// grey mark just right of the record for the same year. Every dot has a tooltip with its value and sources.
// Pure.
import { formatFigure } from "@/lib/data/format";
import type { Locale } from "@/lib/i18n";
import { line, type CircleMark, type LineMark, type Tip } from "@/lib/charts/scene";
import { rowId, type FootprintInput, type SeriesId, type Valued } from "@/components/charts/cloud-footprint/input";
import type { Geometry } from "@/components/charts/cloud-footprint/scales";
import { claims, record, tipTitle, UNIT, type FootprintCopy } from "@/components/charts/cloud-footprint/text";

export type Ctx = {
  g: Geometry;
  input: FootprintInput;
  copy: FootprintCopy;
  locale: Locale;
  /** Publisher names for source ids. */
  publishers: (ids: string[]) => string;
};

/** A tooltip, and the sentence announced when arrowing to the dot (it starts with the year). */
function tipFor(c: Ctx, id: SeriesId, row: Valued, claim: boolean): Tip {
  const title = tipTitle(c.copy, id, row);
  const value = formatFigure(row.value, UNIT[id], c.locale);
  return {
    year: row.year,
    label: `${row.year}: ${title}, ${value}${row.note && (claim || row.confidence === "low") ? ` (${row.note})` : ""}`,
    title,
    value,
    note: row.note,
    source: c.publishers(row.source),
    confidence: row.confidence,
  };
}

export type Point = { row: Valued; dot: CircleMark };
export type SeriesMarks = { id: SeriesId; points: Point[]; claims: Point[]; segments: LineMark[] };

export function seriesMarks(c: Ctx, id: SeriesId): SeriesMarks {
  const p = c.g.panels[id];
  const r = c.g.frame.dot;
  const rows = record(c.input, id);
  const points: Point[] = rows.map((row) => ({
    row,
    dot: {
      type: "circle",
      key: `${id}-${rowId(row)}`,
      cx: p.x(row.year),
      cy: p.y(row.value),
      r,
      className: "chart-mark chart-dot",
      tip: tipFor(c, id, row, false),
    },
  }));
  // The article's count for a year the record has, just right of the record's dot.
  const claimPoints: Point[] = claims(c.input, id)
    .filter((row) => rows.some((x) => x.year === row.year))
    .map((row) => ({
      row,
      dot: {
        type: "circle",
        key: `${id}-${rowId(row)}`,
        cx: p.x(row.year) + c.g.claimOffset,
        cy: p.y(row.value),
        r,
        className: "chart-mark-alt chart-dot",
        tip: tipFor(c, id, row, true),
        attrs: { "data-claim": "article" },
      },
    }));
  const segments = rows.slice(1).map((row, j) => {
    const prev = rows[j]!;
    const dashed = prev.confidence === "low" || row.confidence === "low";
    return line(
      `${id}-line-${rowId(prev)}-${rowId(row)}`,
      p.x(prev.year),
      p.y(prev.value),
      p.x(row.year),
      p.y(row.value),
      dashed ? "chart-line chart-cloud-dashed" : "chart-line",
    );
  });
  return { id, points, claims: claimPoints, segments };
}

/** Dots in reading order: each record, the article's count right after its year. */
export function inOrder(m: SeriesMarks): CircleMark[] {
  return m.points.flatMap((pt) => [pt.dot, ...m.claims.filter((c) => c.row.year === pt.row.year).map((c) => c.dot)]);
}
