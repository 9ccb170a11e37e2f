// Draws a RevenueScene as SVG. Stateless and free of d3, so it renders on the server.
import { Fragment } from "react";
import type { RevenueBar, RevenueScene } from "@/components/charts/cloud-revenue/layout";

export type RevenueTip = { title: string; note?: string; source: string };

export type RevenueViewText = {
  title: string;
  desc: string;
  tip: (bar: RevenueBar) => RevenueTip;
  /** "+7% on a year earlier". */
  growth: (growthText: string) => string;
  /** "amount not captured". */
  missingValue: string;
  ghost: { title: string; note?: string; source: string };
};

const round = (n: number) => Math.round(n * 10) / 10;

function barValue(b: RevenueBar, text: RevenueViewText): string {
  const growth = b.growthText ? text.growth(b.growthText) : undefined;
  const amount = b.valueText ?? text.missingValue;
  return growth ? `${amount} · ${growth}` : amount;
}

export function CloudRevenueView({ scene, text, variant, uid = "cloud-revenue" }: { scene: RevenueScene; text: RevenueViewText; variant: "wide" | "narrow"; uid?: string }) {
  const { width, height } = scene;
  const id = `${uid}-${variant}`;
  const years = scene.panels[0]!;
  return (
    <svg className={`chart-${variant}`} viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{text.title}</title>
      <desc id={`${id}-d`}>{text.desc}</desc>
      {scene.panels.map((p) => (
        <g key={p.id} aria-hidden="true">
          <g className="chart-grid">
            {p.yTicks.map((t) => (
              <line key={t.label} x1={p.x0} x2={p.x1} y1={round(t.pos)} y2={round(t.pos)} />
            ))}
          </g>
          <text x={p.heading.x} y={p.heading.y} fontSize={12} className="chart-text chart-strong">
            {p.heading.text}
          </text>
          <g className="chart-text chart-muted" fontSize={11}>
            {p.tickLabels
              ? p.yTicks.map((t) => (
                  <text key={t.label} x={years.x0 - 6} y={round(t.pos)} dy="0.32em" textAnchor="end">
                    {t.label}
                  </text>
                ))
              : null}
            {p.xTicks.map((t) => (
              <text key={t.pos} x={round(t.pos)} y={p.bottom + 15} textAnchor="middle">
                {t.lines.map((line, i) => (
                  <tspan key={i} x={round(t.pos)} dy={i === 0 ? 0 : 13}>
                    {line}
                  </tspan>
                ))}
              </text>
            ))}
          </g>
        </g>
      ))}
      <line
        x1={round(scene.breakLine.x1)}
        x2={round(scene.breakLine.x2)}
        y1={round(scene.breakLine.y1)}
        y2={round(scene.breakLine.y2)}
        className="chart-axis"
        strokeDasharray="4 3"
        aria-hidden="true"
      />
      <g>
        {scene.bars.map((b) => {
          const tip = text.tip(b);
          const value = barValue(b, text);
          const common = {
            "data-point": "",
            "data-key": b.key,
            "data-year": b.row.year,
            "data-label": `${b.row.year}: ${tip.title}, ${value}${tip.note && b.row.confidence === "low" ? ` (${tip.note})` : ""}`,
            "data-tip-title": tip.title,
            "data-tip-value": value,
            "data-tip-note": tip.note,
            "data-tip-source": tip.source,
            "data-confidence": b.row.confidence,
          };
          const mark =
            b.value === null ? (
              <rect key={b.key} {...common} data-missing="" className="chart-slot" x={round(b.x)} y={round(b.y)} width={round(b.width)} height={round(b.height)} />
            ) : (
              <rect key={b.key} {...common} className="chart-mark" x={round(b.x)} y={round(b.y)} width={round(b.width)} height={round(b.height)} />
            );
          // The outline of the figure before elimination follows its year, so arrow keys meet it in order.
          return b.panel === "years" && scene.ghost?.year === b.row.year ? (
            <Fragment key={b.key}>
              {mark}
              <Ghost ghost={scene.ghost} text={text} />
            </Fragment>
          ) : (
            mark
          );
        })}
      </g>
      {scene.ghost ? (
        <text x={round(scene.ghost.labelX)} y={round(scene.ghost.labelY)} textAnchor="end" fontSize={11} className="chart-text chart-muted" aria-hidden="true">
          {scene.ghost.lines.map((line, i) => (
            <tspan key={i} x={round(scene.ghost!.labelX)} dy={i === 0 ? "0.5em" : 13}>
              {line}
            </tspan>
          ))}
        </text>
      ) : null}
      {scene.panels.map((p) => (
        <line key={p.id} x1={p.x0} x2={p.x1} y1={p.bottom} y2={p.bottom} className="chart-axis" aria-hidden="true" />
      ))}
      <g className="chart-text" fontSize={11} textAnchor="middle" aria-hidden="true">
        {scene.firstLabel ? (
          <text x={round(scene.firstLabel.x)} y={round(scene.firstLabel.y)} textAnchor="start">
            {scene.firstLabel.text}
          </text>
        ) : null}
        {scene.bars
          .filter((b) => b.growthText && b.growthY !== undefined)
          .map((b) => (
            <text key={b.key} x={round(b.x + b.width / 2)} y={round(b.growthY!)} className="chart-strong chart-accent-text">
              {b.growthText}
            </text>
          ))}
        {scene.missing.map((mk) => (
          <text key={mk.key} x={round(mk.x)} y={round(mk.y)} fontSize={10} className="chart-muted">
            {mk.lines.map((line, i) => (
              <tspan key={i} x={round(mk.x)} dy={i === 0 ? 0 : 12}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
      </g>
    </svg>
  );
}

function Ghost({ ghost, text }: { ghost: NonNullable<RevenueScene["ghost"]>; text: RevenueViewText }) {
  return (
    <rect
      data-point=""
      data-key={`before-${ghost.year}`}
      data-year={ghost.year}
      data-label={`${ghost.year}: ${text.ghost.title}, ${ghost.valueText}`}
      data-tip-title={text.ghost.title}
      data-tip-value={ghost.valueText}
      data-tip-note={text.ghost.note}
      data-tip-source={text.ghost.source}
      className="chart-ghost"
      x={round(ghost.x)}
      y={round(ghost.y)}
      width={round(ghost.width)}
      height={round(ghost.height)}
    />
  );
}
