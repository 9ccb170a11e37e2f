// Draws a FootprintScene as SVG. Stateless and free of d3, so it renders on the server.
import type { FootPoint, FootprintScene } from "@/components/charts/cloud-footprint/layout";

export type FootprintTip = { title: string; note?: string; source: string };

export type FootprintViewText = {
  title: string;
  desc: string;
  tip: (point: FootPoint) => FootprintTip;
};

const round = (n: number) => Math.round(n * 10) / 10;

export function CloudFootprintView({ scene, text, variant, uid = "cloud-footprint" }: { scene: FootprintScene; text: FootprintViewText; variant: "wide" | "narrow"; uid?: string }) {
  const { width, height } = scene;
  const id = `${uid}-${variant}`;
  return (
    <svg className={`chart-${variant}`} viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{text.title}</title>
      <desc id={`${id}-d`}>{text.desc}</desc>
      {scene.panels.map((p) => (
          <g key={p.id}>
            <g aria-hidden="true">
              <text x={p.heading.x} y={p.heading.y} fontSize={12} className="chart-text chart-strong">
                {p.heading.text}
              </text>
              <g className="chart-grid">
                {p.yTicks.map((t) => (
                  <line key={t.label} x1={p.x0} x2={p.x1} y1={round(t.pos)} y2={round(t.pos)} />
                ))}
              </g>
              <line x1={p.x0} x2={p.x1} y1={p.bottom} y2={p.bottom} className="chart-axis" />
              <g className="chart-text chart-muted" fontSize={11}>
                {p.yTicks.map((t) => (
                  <text key={t.label} x={p.x0 - 6} y={round(t.pos)} dy="0.32em" textAnchor="end">
                    {t.label}
                  </text>
                ))}
                {p.xTicks.map((t) => (
                  <text key={t.label} x={round(t.pos)} y={p.bottom + 16} textAnchor="middle">
                    {t.label}
                  </text>
                ))}
              </g>
              {p.segments.map((s, i) => (
                <line key={i} x1={round(s.x1)} y1={round(s.y1)} x2={round(s.x2)} y2={round(s.y2)} className="chart-line" strokeDasharray={s.dashed ? "4 3" : undefined} />
              ))}
              {p.leaders.map((s, i) => (
                <line key={`l${i}`} x1={round(s.x1)} y1={round(s.y1)} x2={round(s.x2)} y2={round(s.y2)} className="chart-axis" />
              ))}
            </g>
            <g>
              {p.points.map((pt) => {
                const tip = text.tip(pt);
                return (
                  <circle
                    key={pt.key}
                    data-point=""
                    data-key={`${p.id}-${pt.key}`}
                    data-year={pt.row.year}
                    data-label={`${pt.row.year}: ${tip.title}, ${pt.valueText}${tip.note && (pt.claim || pt.row.confidence === "low") ? ` (${tip.note})` : ""}`}
                    data-tip-title={tip.title}
                    data-tip-value={pt.valueText}
                    data-tip-note={tip.note}
                    data-tip-source={tip.source}
                    data-confidence={pt.row.confidence}
                    data-claim={pt.claim ? "article" : undefined}
                    className={`${pt.claim ? "chart-mark-alt" : "chart-mark"} chart-dot`}
                    cx={round(pt.cx)}
                    cy={round(pt.cy)}
                    r={scene.narrow ? 4 : 4.5}
                  />
                );
              })}
            </g>
            <g className="chart-text" fontSize={11} aria-hidden="true">
              {p.points.map((pt) => (
                <text key={pt.key} x={round(pt.label.x)} y={round(pt.label.y)} textAnchor={pt.label.anchor} className={pt.claim ? "chart-muted" : undefined}>
                  {pt.label.text}
                </text>
              ))}
            </g>
          </g>
      ))}
    </svg>
  );
}
