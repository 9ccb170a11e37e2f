// Draws an ElasticityScene as SVG, and the running tally as HTML. Stateless and free of server-only
// imports (no registry, no fs, no d3), so the server renders it and the explorer re-renders it in the browser.
import type { ElasticityScene, SceneLabel, TallyItem } from "@/components/charts/elasticity/layout";

export type ElasticityViewText = {
  title: string;
  desc: string;
  /** The tooltip's source line. */
  source: string;
};

const toneClass: Record<SceneLabel["tone"], string> = {
  ink: "chart-text",
  muted: "chart-text chart-muted",
  accent: "chart-text chart-label-accent",
  alarm: "chart-text chart-label-alarm",
};

export function ElasticityView({ scene, text, variant, uid = "elasticity" }: { scene: ElasticityScene; text: ElasticityViewText; variant: "wide" | "narrow"; uid?: string }) {
  const { width, height } = scene;
  const id = `${uid}-${variant}`;
  const fontSize = variant === "narrow" ? 11.5 : 11;
  const z = scene.zoomWindow;
  return (
    <svg className={`chart-${variant} chart-elastic-svg`} viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{text.title}</title>
      <desc id={`${id}-d`}>{text.desc}</desc>
      {scene.panels.map((p) => (
        <g key={p.kind} data-panel={p.kind} aria-hidden="true">
          <g className="chart-grid">
            {p.yTicks.map((t) => (
              <line key={t.label} x1={p.x0} x2={p.x1} y1={r(t.pos)} y2={r(t.pos)} />
            ))}
          </g>
          <path className="chart-elastic-idle" d={p.paths.idle} />
          {p.paths.dropped ? <path className="chart-elastic-dropped" d={p.paths.dropped} /> : null}
          <path className="chart-elastic-demand" d={p.paths.demand} />
          <path className={p.capacityClipped ? "chart-elastic-capacity chart-elastic-clipped" : "chart-elastic-capacity"} d={p.paths.capacity} />
          <line className="chart-elastic-rule" x1={r(p.midnightX)} x2={r(p.midnightX)} y1={p.y0} y2={p.y1} />
          <line className="chart-axis" x1={p.x0} x2={p.x1} y1={p.y1} y2={p.y1} />
          <g className="chart-text chart-muted" fontSize={fontSize}>
            {p.yLabels
              ? p.yTicks.map((t) => (
                  <text key={t.label} x={p.x0 - 6} y={r(t.pos)} dy="0.32em" textAnchor="end">
                    {t.label}
                  </text>
                ))
              : null}
            {p.xTicks.map((t) => (
              <text key={t.pos} x={r(t.pos)} y={p.y1 + 16} textAnchor={t.anchor}>
                {t.label}
                {t.sub ? (
                  <tspan x={r(t.pos)} dy="1.2em">
                    {t.sub}
                  </tspan>
                ) : null}
              </text>
            ))}
          </g>
        </g>
      ))}
      <rect className="chart-elastic-zoom" x={r(z.x)} y={r(z.y)} width={r(z.width)} height={r(z.height)} aria-hidden="true" />
      <g fontSize={fontSize} aria-hidden="true">
        {scene.labels.map((l, i) => {
          const lines = l.text.split("\n");
          return (
            <text key={i} className={toneClass[l.tone]} fontWeight={l.tone === "muted" ? 400 : 600} x={r(l.x)} y={r(l.y)} textAnchor={l.anchor}>
              {lines.map((s, k) => (
                <tspan key={k} x={r(l.x)} dy={k === 0 ? `${-(lines.length - 1) * 1.2}em` : "1.2em"}>
                  {s}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>
      <g>
        {scene.marks.map((m) => (
          <rect
            key={m.key}
            className="chart-hit"
            data-point=""
            data-year="2010"
            data-label={m.label}
            data-tip-title={m.title}
            data-tip-value={m.value}
            data-tip-note={m.note}
            data-tip-source={text.source}
            x={r(m.x)}
            y={r(m.y)}
            width={r(m.width)}
            height={r(m.height)}
          />
        ))}
      </g>
    </svg>
  );
}

/** The running tally. In the explorer it is a polite live region, so a change is announced once it settles. */
export function ElasticityTally({ items, heading, line, live = false }: { items: TallyItem[]; heading: string; line: string; live?: boolean }) {
  return (
    <div className="chart-elastic-tally mt-3" aria-live={live ? "polite" : undefined} aria-atomic={live ? "true" : undefined} data-tally="">
      <p className="mb-2 text-sm text-ink-soft">
        <span className="sr-only">{heading}: </span>
        {line}
      </p>
      <dl className="grid grid-cols-3 gap-3">
        {items.map((item) => (
          <div key={item.key} data-tally-item={item.key} className="border-t border-rule pt-1.5">
            <dt className="text-xs leading-snug text-muted">{item.label}</dt>
            <dd className={`text-lg font-semibold leading-tight tabular-nums ${item.alarm ? "text-alarm" : "text-ink"}`}>{item.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

const r = (n: number) => Math.round(n * 10) / 10;
