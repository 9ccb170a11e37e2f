// The cover's image: the Double 11 curve, 2009–2021, drawn from the registry at build. No JS, no photo.
// The 11-day years (2020–21) are dashed, as in the full chart; the title and description say what it shows.
import { line, curveMonotoneX } from "d3-shape";
import { scaleLinear } from "d3-scale";
import { getDataset } from "@/lib/data/registry";
import { formatFigure } from "@/lib/data/format";
import { ELEVEN_DAY_WINDOW_FROM } from "@/components/charts/double11-traffic/scales";
import { fill } from "@/lib/ui";
import type { Locale } from "@/lib/i18n";

const W = 320;
const H = 140;
const PAD = { top: 24, right: 12, bottom: 22, left: 12 };

export function CoverSparkline({ locale, text }: { locale: Locale; text: { title: string; desc: string } }) {
  const dataset = getDataset("double11-gmv");
  if (dataset.schema !== "series") return null;
  const rows = dataset.rows.filter((r): r is typeof r & { value: number } => r.value !== null);
  const first = rows[0]!;
  const last = rows.at(-1)!;
  const lastDay = rows.filter((r) => r.year < ELEVEN_DAY_WINDOW_FROM).at(-1)!;
  const x = scaleLinear()
    .domain([first.year, last.year])
    .range([PAD.left, W - PAD.right]);
  const y = scaleLinear()
    .domain([0, last.value])
    .range([H - PAD.bottom, PAD.top]);
  const path = line<(typeof rows)[number]>()
    .x((r) => x(r.year))
    .y((r) => y(r.value))
    .curve(curveMonotoneX);
  const day = rows.filter((r) => r.year < ELEVEN_DAY_WINDOW_FROM);
  const window = rows.filter((r) => r.year >= ELEVEN_DAY_WINDOW_FROM - 1);
  const vars = {
    first: first.year,
    last: lastDay.year,
    firstValue: formatFigure(first.value, dataset.unit, locale),
    lastValue: formatFigure(lastDay.value, dataset.unit, locale),
  };
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="cover-sparkline h-auto w-full max-w-sm" role="img" aria-labelledby="cover-spark-t cover-spark-d">
      <title id="cover-spark-t">{fill(text.title, vars)}</title>
      <desc id="cover-spark-d">{fill(text.desc, vars)}</desc>
      <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} className="chart-axis" />
      <path d={path(day) ?? ""} fill="none" stroke="var(--accent)" strokeWidth={3} strokeLinecap="round" />
      <path d={path(window) ?? ""} fill="none" stroke="var(--context)" strokeWidth={3} strokeDasharray="4 4" strokeLinecap="round" />
      <circle cx={x(lastDay.year)} cy={y(lastDay.value)} r={4} fill="var(--accent)" />
      <text x={PAD.left} y={H - 6} fontSize={11} className="chart-text chart-muted">
        {first.year}
      </text>
      <text x={x(lastDay.year)} y={y(lastDay.value) - 10} fontSize={12} textAnchor="end" className="chart-text">
        {vars.lastValue}
      </text>
      <text x={W - PAD.right} y={H - 6} fontSize={11} textAnchor="end" className="chart-text chart-muted">
        {last.year}
      </text>
    </svg>
  );
}
