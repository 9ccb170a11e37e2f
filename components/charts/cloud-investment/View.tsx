// Draws an InvestmentScene as SVG. Stateless and free of d3, so it renders on the server.
import type { SeriesRow } from "@/lib/data/schema";
import type { BarGroup, InvestmentScene } from "@/components/charts/cloud-investment/layout";

export type InvestmentTip = { title: string; note?: string; source: string };

export type InvestmentViewText = {
  title: string;
  desc: string;
  tip: (row: SeriesRow, group: BarGroup | "wider") => InvestmentTip;
  /** "The 2025 forecast is 1.76× this." */
  ratioNote: (ratioText: string) => string;
};

const round = (n: number) => Math.round(n * 10) / 10;

/** The sentence announced on arrow keys; it starts with the year, like every chart's. */
const sentence = (year: number, tip: InvestmentTip, value: string, extra?: string) =>
  `${year}: ${tip.title}, ${value}${extra ? `. ${extra}` : ""}${tip.note ? ` (${tip.note})` : ""}`;

export function CloudInvestmentView({ scene, text, variant, uid = "cloud-investment" }: { scene: InvestmentScene; text: InvestmentViewText; variant: "wide" | "narrow"; uid?: string }) {
  const { width, height } = scene;
  const id = `${uid}-${variant}`;
  const fontSize = scene.narrow ? 11 : 12;
  return (
    <svg className={`chart-${variant}`} viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{text.title}</title>
      <desc id={`${id}-d`}>{text.desc}</desc>
      <g className="chart-grid" aria-hidden="true">
        {scene.ticks.map((t) => (
          <line key={t.label} x1={round(t.pos)} x2={round(t.pos)} y1={scene.gridTop} y2={scene.gridBottom} />
        ))}
      </g>
      <g className="chart-text chart-muted" fontSize={11} aria-hidden="true">
        {scene.ticks.map((t, i) => (
          <text key={t.label} x={round(t.pos)} y={scene.gridBottom + 15} textAnchor={i === 0 ? "start" : "middle"}>
            {t.label}
          </text>
        ))}
      </g>
      <g className="chart-text chart-strong" fontSize={fontSize} aria-hidden="true">
        {scene.headings.map((h) => (
          <text key={`${h.text}-${h.anchor}`} x={h.x} y={h.y} textAnchor={h.anchor} className={h.anchor === "end" ? "chart-muted" : undefined}>
            {h.text}
          </text>
        ))}
      </g>
      <g className="chart-text" fontSize={fontSize} aria-hidden="true">
        {scene.bars.map((b) => (
          <text key={b.key} x={b.labelX} y={round(b.labelY)} dy="0.35em" textAnchor={b.labelAnchor} className={b.row.confidence === "low" ? "chart-muted" : undefined}>
            {b.label}
            {b.valueInline ? (
              <tspan dx="0.5em" className="chart-strong">
                {b.valueText}
              </tspan>
            ) : null}
          </text>
        ))}
      </g>
      <g>
        {scene.bars.map((b) => {
          const tip = text.tip(b.row, b.group);
          const extra = b.ratioText ? text.ratioNote(b.ratioText) : undefined;
          const tone = b.group === "forecast" || b.group === "iaas" ? "chart-mark" : "chart-mark-alt";
          return (
            <rect
              key={b.key}
              data-point=""
              data-key={b.key}
              data-year={b.row.year}
              data-label={sentence(b.row.year, tip, b.valueText, extra)}
              data-tip-title={tip.title}
              data-tip-value={extra ? `${b.valueText} · ${extra}` : b.valueText}
              data-tip-note={tip.note}
              data-tip-source={tip.source}
              data-confidence={b.row.confidence}
              className={tone}
              x={round(b.x)}
              y={round(b.y)}
              width={round(b.width)}
              height={b.height}
            />
          );
        })}
      </g>
      <line x1={scene.x0} x2={scene.x0} y1={scene.gridTop} y2={scene.gridBottom} className="chart-axis" aria-hidden="true" />
      <g className="chart-text" fontSize={fontSize} aria-hidden="true">
        {scene.bars
          .filter((b) => !b.valueInline)
          .map((b) => (
            <text key={b.key} x={round(b.valueX)} y={round(b.valueY)} dy="0.35em">
              {b.valueText}
            </text>
          ))}
        {scene.bars
          .filter((b) => b.ratioText)
          .map((b) => (
            <text key={`${b.key}-ratio`} x={b.ratioX} y={round(b.y + b.height / 2)} dy="0.35em" textAnchor="end" className={b.row.confidence === "low" ? "chart-muted" : "chart-strong"}>
              {b.ratioText}
            </text>
          ))}
      </g>
      <g>
        {scene.dots.map((d) => {
          const tip = text.tip(d.row, "wider");
          return (
            <circle
              key={d.key}
              data-point=""
              data-key={`wider-${d.key}`}
              data-year={d.row.year}
              data-label={sentence(d.row.year, tip, d.valueText)}
              data-tip-title={tip.title}
              data-tip-value={d.valueText}
              data-tip-note={tip.note}
              data-tip-source={tip.source}
              data-confidence={d.row.confidence}
              className="chart-mark-alt chart-dot"
              cx={round(d.cx)}
              cy={round(d.cy)}
              r={d.r}
            />
          );
        })}
      </g>
      <g className="chart-text chart-muted" fontSize={scene.narrow ? 10 : 11} aria-hidden="true">
        {scene.dots.map((d) => (
          <text key={d.key} x={round(d.labelX)} y={round(d.cy)} dy="0.35em">
            {d.valueText}
            {d.label ? ` · ${d.label}` : ""}
          </text>
        ))}
      </g>
    </svg>
  );
}
