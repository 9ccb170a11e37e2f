// Layout for the cloud-footprint chart: Alibaba Cloud's regions and availability zones as dated snapshots,
// one small panel each (side by side when wide, stacked when narrow), both from zero. A count that only the
// article gives is drawn as a hollow mark beside the record for the same year. Pure: no React, no DOM.
import { scaleLinear } from "d3-scale";
import { extent, max } from "d3-array";
import type { SeriesRow } from "@/lib/data/schema";
import type { Locale } from "@/lib/i18n";
import { formatFigure, formatNumber } from "@/lib/data/format";

export type FootprintOptions = { width: number; locale: Locale };
export type SeriesId = "regions" | "zones";

export type FootprintLabels = {
  regions: string;
  zones: string;
  /** Beside the article's mark: "The article: {n}" with the number filled in by the layout. */
  claim: (value: string) => string;
};

export type Tick = { pos: number; label: string };

export type FootPoint = {
  key: string;
  series: SeriesId;
  row: SeriesRow;
  /** The article's own count rather than the record. */
  claim: boolean;
  cx: number;
  cy: number;
  value: number;
  valueText: string;
  label: { x: number; y: number; text: string; anchor: "start" | "middle" | "end" };
};

export type Segment = { x1: number; y1: number; x2: number; y2: number; dashed: boolean };

export type FootprintPanel = {
  id: SeriesId;
  heading: { x: number; y: number; text: string };
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  yTicks: Tick[];
  xTicks: Tick[];
  points: FootPoint[];
  segments: Segment[];
  /** A leader from the article's label to its mark. */
  leaders: Segment[];
};

export type FootprintScene = { width: number; height: number; narrow: boolean; panels: FootprintPanel[] };

/** A row that rests on the article alone is the article's claim, not the record. */
export const isArticleClaim = (row: SeriesRow) => row.source.length > 0 && row.source.every((s) => s === "article");

const unitOf = { regions: "region", zones: "zone" } as const;

export function layoutCloudFootprint(data: { regions: SeriesRow[]; zones: SeriesRow[] }, opts: FootprintOptions, labels: FootprintLabels): FootprintScene {
  const { width, locale } = opts;
  const narrow = width < 480;
  const m = { top: 8, right: narrow ? 10 : 14, left: narrow ? 30 : 34, bottom: 24 };
  const headH = 26;
  const plotH = narrow ? 130 : 176;
  const panelGap = narrow ? 34 : 40;
  const headroom = 16;
  const valued = (rows: SeriesRow[]) => rows.filter((r): r is SeriesRow & { value: number } => r.value !== null);
  const all = valued([...data.regions, ...data.zones]);
  const [y0 = 2016, y1 = 2026] = extent(all, (r) => r.year);

  const panelW = narrow ? width - m.left - m.right : (width - m.left - m.right - panelGap - m.left) / 2;
  const panels: FootprintPanel[] = (["regions", "zones"] as const).map((id, i) => {
    const x0 = narrow ? m.left : m.left + i * (panelW + panelGap + m.left);
    const top = narrow ? m.top + headH + i * (plotH + headroom + m.bottom + headH + 8) + headroom : m.top + headH + headroom;
    const bottom = top + plotH;
    const rows = valued(data[id]);
    const x = scaleLinear().domain([y0, y1]).range([x0 + 8, x0 + panelW - 8]);
    const y = scaleLinear()
      .domain([0, max(rows, (r) => r.value) ?? 1])
      .nice(4)
      .range([bottom, top]);
    const fmt = (v: number) => formatFigure(v, unitOf[id], locale);

    const record = rows.filter((r) => !isArticleClaim(r));
    const points: FootPoint[] = [];
    const leaders: Segment[] = [];
    for (const r of record) {
      const cx = x(r.year);
      const cy = y(r.value);
      points.push({
        key: r.key ?? String(r.year),
        series: id,
        row: r,
        claim: false,
        cx,
        cy,
        value: r.value,
        valueText: fmt(r.value),
        label: { x: cx, y: cy - 9, text: formatNumber(r.value, locale), anchor: "middle" },
      });
      // The article's count for the same year sits just to the right of the record, labelled below it.
      for (const c of rows.filter((c) => isArticleClaim(c) && c.year === r.year)) {
        const ccx = cx + (narrow ? 11 : 12);
        const ccy = y(c.value);
        const ly = Math.min(bottom - 6, Math.max(ccy, cy) + (narrow ? 34 : 42));
        const lx = ccx + 4;
        points.push({
          key: c.key ?? `${c.year}-article`,
          series: id,
          row: c,
          claim: true,
          cx: ccx,
          cy: ccy,
          value: c.value,
          valueText: fmt(c.value),
          label: { x: lx, y: ly + 4, text: labels.claim(formatNumber(c.value, locale)), anchor: "end" },
        });
        leaders.push({ x1: ccx, y1: ccy + 6, x2: ccx, y2: ly - 8, dashed: false });
      }
    }

    // Snapshots are joined by a thin line; a segment touching a low-confidence snapshot is dashed.
    const segments: Segment[] = record.slice(1).map((r, j) => {
      const prev = record[j]!;
      return { x1: x(prev.year), y1: y(prev.value), x2: x(r.year), y2: y(r.value), dashed: prev.confidence === "low" || r.confidence === "low" };
    });

    const yTicks = y.ticks(4).map((v) => ({ pos: y(v), label: formatNumber(v, locale) }));
    const xTicks: Tick[] = [];
    for (let yr = y0; yr <= y1; yr += 2) xTicks.push({ pos: x(yr), label: String(yr) });

    return {
      id,
      heading: { x: x0 - m.left + 4, y: top - headroom - 10, text: labels[id] },
      x0,
      x1: x0 + panelW,
      top,
      bottom,
      yTicks,
      xTicks,
      points,
      segments,
      leaders,
    };
  });

  const height = Math.ceil(Math.max(...panels.map((p) => p.bottom)) + m.bottom);
  return { width, height, narrow, panels };
}
