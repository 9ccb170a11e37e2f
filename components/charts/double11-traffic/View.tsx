// Draws a TrafficScene as SVG. No state, no d3: it renders on the server, and colours come from CSS classes.
import type { DotMark, Line, RectMark, TextLabel, Tip, TrafficScene } from "@/components/charts/double11-traffic/layout";

export type TrafficViewText = {
  title: string;
  desc: string;
  /** Publisher names for a row's source ids. */
  source: (ids: string[]) => string;
};

type Props = {
  scene: TrafficScene;
  text: TrafficViewText;
  variant: "wide" | "narrow";
  uid?: string;
  /** Set when the SVG is one of several server-rendered variants (scale=log): ChartControls shows one. */
  when?: string;
  hidden?: boolean;
};

const r1 = (n: number) => Math.round(n * 10) / 10;

export function Double11TrafficView({ scene, text, variant, uid = "double11-traffic", when, hidden }: Props) {
  const { width, height, margin } = scene;
  const id = `${uid}-${variant}-${scene.scale}`;
  const tip = (m: Tip) => ({
    "data-point": "",
    "data-year": m.year,
    "data-label": m.label,
    "data-tip-title": m.tipTitle,
    "data-tip-value": m.tipValue,
    "data-tip-note": m.tipNote,
    "data-tip-source": text.source(m.sources),
    "data-confidence": m.confidence,
  });
  const bar = (b: RectMark) => {
    const cls = b.kind === "eleven-days" ? "chart-d11-window" : b.kind === "gap" ? "chart-d11-gap" : "chart-mark";
    const fill = b.kind === "eleven-days" ? `url(#${id}-stripes)` : b.kind === "gap" ? `url(#${id}-hatch)` : undefined;
    return (
      <rect key={b.key} {...tip(b)} data-kind={b.kind} className={cls} fill={fill} x={r1(b.x)} y={r1(b.y)} width={r1(b.width)} height={r1(b.height)} />
    );
  };
  const dot = (d: DotMark) => (
    <circle key={d.key} {...tip(d)} data-kind={d.kind} className={d.kind === "orders" ? "chart-d11-dot" : "chart-d11-dot-context"} cx={r1(d.cx)} cy={r1(d.cy)} r={d.kind === "orders" ? scene.type.dot : scene.type.dotAlt} />
  );
  const gmvBarsWithClaim: RectMark[] = [];
  // The claim comes just before its year's bar: drawn first, so the solid bar stays on top for the pointer.
  for (const b of scene.bars) {
    if (scene.claim && b.year === scene.claim.year) gmvBarsWithClaim.push(scene.claim);
    gmvBarsWithClaim.push(b);
  }
  if (scene.gap) gmvBarsWithClaim.push(scene.gap);
  const focusPanel = scene.panels.find((p) => p.focus)?.id;

  return (
    <svg
      className={`chart-${variant}`}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      data-when={when}
      {...(hidden ? ({ hidden: true } as Record<string, unknown>) : {})}
      data-scale={scene.scale}
      data-focus={focusPanel}
    >
      <title id={`${id}-t`}>{text.title}</title>
      <desc id={`${id}-d`}>{text.desc}</desc>
      <defs>
        <pattern id={`${id}-stripes`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" className="chart-d11-stripe-bg" />
          <line x1="0" y1="0" x2="0" y2="6" className="chart-d11-stripe" />
        </pattern>
        <pattern id={`${id}-hatch`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(-45)">
          <rect width="6" height="6" className="chart-d11-hatch-bg" />
          <line x1="0" y1="0" x2="0" y2="6" className="chart-d11-hatch" />
        </pattern>
      </defs>

      <g aria-hidden="true">
        {scene.focusBands.map((f, i) => (
          <rect key={i} className="chart-d11-focus" x={r1(f.x)} y={r1(f.y1)} width={r1(f.width)} height={r1(f.y2 - f.y1)} />
        ))}
      </g>

      {scene.panels.map((p) => (
        <g key={p.id} aria-hidden="true" data-panel={p.id}>
          <g className="chart-grid">
            {p.yTicks.map((t) => (
              <line key={t.label} x1={margin.left} x2={width - margin.right} y1={r1(t.pos)} y2={r1(t.pos)} />
            ))}
            {p.id === "mobile" && scene.mobile.hundred ? <line x1={margin.left} x2={width - margin.right} y1={r1(scene.mobile.hundred.pos)} y2={r1(scene.mobile.hundred.pos)} /> : null}
          </g>
          <g className="chart-text chart-muted" fontSize={scene.type.tick}>
            {p.yTicks.map((t) => (
              <text key={t.label} x={margin.left - 6} y={r1(t.pos)} dy="0.32em" textAnchor="end">
                {t.label}
              </text>
            ))}
            {p.id === "mobile" && scene.mobile.hundred ? (
              <text x={margin.left - 6} y={r1(scene.mobile.hundred.pos)} dy="0.32em" textAnchor="end">
                {scene.mobile.hundred.label}
              </text>
            ) : null}
          </g>
          <text x={0} y={r1(p.titleY)} fontSize={scene.type.head} className={p.focus ? "chart-text chart-d11-title" : "chart-text chart-d11-title-quiet"}>
            {p.title}
          </text>
          {p.logLabel ? (
            <text x={p.logLabel.x} y={r1(p.logLabel.y)} transform={`rotate(-90 ${p.logLabel.x} ${r1(p.logLabel.y)})`} textAnchor="middle" fontSize={scene.type.small} className="chart-text chart-muted" data-log-label="">
              {p.logLabel.text}
            </text>
          ) : null}
        </g>
      ))}

      {scene.windowBreak ? (
        <g aria-hidden="true">
          <line x1={r1(scene.windowBreak.x)} x2={r1(scene.windowBreak.x)} y1={r1(scene.windowBreak.y1)} y2={r1(scene.windowBreak.y2)} className="chart-d11-break" />
          <Label label={scene.windowBreak.label} />
        </g>
      ) : null}

      <g data-series="gmv">{gmvBarsWithClaim.map(bar)}</g>
      {scene.gap ? (
        <text
          aria-hidden="true"
          x={r1(scene.gap.text.x)}
          y={r1(scene.gap.text.y)}
          dy="0.35em"
          transform={`rotate(-90 ${r1(scene.gap.text.x)} ${r1(scene.gap.text.y)})`}
          fontSize={scene.gap.text.size}
          className="chart-text chart-muted chart-halo"
        >
          {scene.gap.text.lines[0]}
        </text>
      ) : null}

      <g data-series="peaks">
        {scene.payments.segments.map((d, i) => (
          <path key={`p${i}`} d={d} className="chart-d11-line-context" aria-hidden="true" />
        ))}
        {scene.orders.segments.map((d, i) => (
          <path key={`o${i}`} d={d} className="chart-d11-line" aria-hidden="true" />
        ))}
        {/* Orders are the story: drawn last, on top where the two meet (2009). */}
        {scene.payments.dots.map(dot)}
        {scene.orders.dots.map(dot)}
        {scene.payments.label ? <Label label={scene.payments.label} halo /> : null}
      </g>

      <g data-series="mobile">
        {scene.mobile.bars.map(bar)}
        {scene.mobile.labels.map((l, i) => (
          <Label key={i} label={l} />
        ))}
      </g>

      {scene.valueLabels.map((l, i) => (
        <Label key={i} label={l} halo />
      ))}

      {scene.cloudTags.length ? (
        <g data-series="cloud">
          {scene.cloudTags.map((t) => (
            <g key={t.key} {...tip(t)} data-kind="cloud">
              <rect className="chart-d11-tag" x={r1(t.x)} y={r1(t.y)} width={r1(t.width)} height={t.height} rx={3} />
              <rect className="chart-d11-tag-fill" x={r1(t.x + 2)} y={r1(t.y + 2)} width={r1((t.width - 4) * t.share)} height={t.height - 4} rx={1.5} aria-hidden="true" />
              <text x={r1(t.x + t.width / 2)} y={r1(t.y + t.height / 2)} dy="0.35em" textAnchor="middle" fontSize={scene.type.label} className="chart-text chart-d11-tag-text">
                {t.text}
              </text>
            </g>
          ))}
        </g>
      ) : null}

      {scene.inset ? (
        <g data-inset="">
          <g aria-hidden="true">
            {scene.inset.connectors.map((c, i) => (
              <LineEl key={i} line={c} />
            ))}
            <rect className="chart-d11-inset" x={r1(scene.inset.x)} y={r1(scene.inset.y)} width={r1(scene.inset.width)} height={r1(scene.inset.height)} rx={4} />
            <Label label={scene.inset.title} />
            <LineEl line={scene.inset.baseline} />
          </g>
          {scene.inset.bars.map(bar)}
          <g aria-hidden="true">
            {scene.inset.labels.map((l, i) => (
              <Label key={i} label={l} />
            ))}
          </g>
        </g>
      ) : null}

      {scene.callout ? (
        <g aria-hidden="true" data-callout={scene.step}>
          {scene.callout.leader ? <LineEl line={scene.callout.leader} /> : null}
          <Label label={scene.callout.text} />
        </g>
      ) : null}

      <g aria-hidden="true">
        {scene.panels.map((p) => (
          <line key={p.id} x1={margin.left} x2={width - margin.right} y1={r1(p.bottom)} y2={r1(p.bottom)} className="chart-axis" />
        ))}
        <g className="chart-text chart-muted" fontSize={scene.type.tick}>
          {scene.xTicks.map((t) => (
            <text key={t.label} x={r1(t.pos)} y={r1(height - margin.bottom + scene.type.tick + 4)} textAnchor="middle">
              {t.label}
            </text>
          ))}
        </g>
      </g>
    </svg>
  );
}

function LineEl({ line }: { line: Line }) {
  return <line x1={r1(line.x1)} y1={r1(line.y1)} x2={r1(line.x2)} y2={r1(line.y2)} className={line.className} />;
}

function Label({ label, halo }: { label: TextLabel; halo?: boolean }) {
  const lh = label.size + 3;
  return (
    <text
      x={r1(label.x)}
      y={r1(label.y)}
      textAnchor={label.anchor}
      fontSize={label.size}
      fontWeight={label.bold ? 600 : undefined}
      className={`${label.className}${halo && !label.className.includes("inverse") ? " chart-halo" : ""}`}
      transform={label.rotate ? `rotate(-90 ${r1(label.x)} ${r1(label.y)})` : undefined}
      aria-hidden="true"
    >
      {label.lines.length === 1
        ? label.lines[0]
        : label.lines.map((l, i) => (
            <tspan key={i} x={r1(label.x)} dy={i === 0 ? 0 : lh}>
              {l}
            </tspan>
          ))}
    </text>
  );
}
