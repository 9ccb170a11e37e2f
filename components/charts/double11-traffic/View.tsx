// Draws a TrafficScene as SVG. No state, no d3: it renders on the server and again on the client if needed.
import type { TrafficScene } from "@/components/charts/double11-traffic/layout";

export type TrafficViewText = {
  title: string;
  desc: string;
  year: (year: number) => string;
  source: (ids: string[]) => string;
  windowNote: string;
};

export function Double11TrafficView({ scene, text, variant, uid = "double11-traffic" }: { scene: TrafficScene; text: TrafficViewText; variant: "wide" | "narrow"; uid?: string }) {
  const { width, height, margin } = scene;
  const id = `${uid}-${variant}`;
  return (
    <svg className={`chart-${variant}`} viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{text.title}</title>
      <desc id={`${id}-d`}>{text.desc}</desc>
      <g className="chart-grid" aria-hidden="true">
        {scene.yTicks.map((t) => (
          <line key={t.label} x1={margin.left} x2={width - margin.right} y1={t.pos} y2={t.pos} />
        ))}
      </g>
      <g className="chart-text chart-muted" fontSize={11} aria-hidden="true">
        {scene.yTicks.map((t) => (
          <text key={t.label} x={margin.left - 6} y={t.pos} dy="0.32em" textAnchor="end">
            {t.label}
          </text>
        ))}
        {scene.xTicks.map((t) => (
          <text key={t.label} x={t.pos} y={height - margin.bottom + 16} textAnchor="middle">
            {t.label}
          </text>
        ))}
      </g>
      {scene.windowBreak ? (
        <g aria-hidden="true">
          <line x1={scene.windowBreak.x} x2={scene.windowBreak.x} y1={margin.top - 4} y2={height - margin.bottom} className="chart-axis" strokeDasharray="4 3" />
          <text x={scene.windowBreak.x - 4} y={margin.top + 8} textAnchor="end" fontSize={11} className="chart-text chart-muted">
            {scene.windowBreak.label}
          </text>
        </g>
      ) : null}
      <g>
        {scene.bars.map((b) => (
          <rect
            key={b.key}
            data-point=""
            data-key={b.key}
            data-tip-title={text.year(b.year)}
            data-tip-value={b.valueText}
            data-tip-note={b.window === "eleven-days" ? text.windowNote : undefined}
            data-tip-source={text.source(b.sources)}
            data-confidence={b.confidence}
            data-label={`${text.year(b.year)}: ${b.valueText}${b.window === "eleven-days" ? ` (${text.windowNote})` : ""}`}
            className={b.window === "eleven-days" ? "chart-mark-alt" : "chart-mark"}
            x={round(b.x)}
            y={round(b.y)}
            width={round(b.width)}
            height={round(b.height)}
          />
        ))}
      </g>
      <line x1={margin.left} x2={width - margin.right} y1={height - margin.bottom} y2={height - margin.bottom} className="chart-axis" aria-hidden="true" />
    </svg>
  );
}

const round = (n: number) => Math.round(n * 10) / 10;
