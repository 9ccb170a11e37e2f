// Draws a compute-scale scene as SVG. No state and no d3: it renders on the server. Colours come only from
// CSS classes (app/chart.css), so dark mode needs no re-render.
import type { ComputeScaleScene, Mark, PanelScene } from "@/components/charts/compute-scale/layout";

export type ComputeScaleViewText = {
  title: string;
  desc: string;
  /** Publishers of the given source ids, for the tooltip's source line. */
  source: (ids: string[]) => string;
};

export function ComputeScaleView({
  scene,
  text,
  variant,
  uid = "compute-scale",
  when,
  hidden,
}: {
  scene: ComputeScaleScene;
  text: ComputeScaleViewText;
  variant: "wide" | "narrow";
  uid?: string;
  /** For toggled variants: "view=log" or "view=units". */
  when?: string;
  hidden?: boolean;
}) {
  const { width, height } = scene;
  const id = `${uid}-${variant}-${scene.view}`;
  return (
    <svg
      className={`chart-${variant}`}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      data-when={when}
      // SVG typings lack `hidden`, but the HTML attribute works on <svg> and ChartControls toggles it.
      {...((hidden ? { hidden: true } : {}) as Record<string, unknown>)}
    >
      <title id={`${id}-t`}>{text.title}</title>
      <desc id={`${id}-d`}>{text.desc}</desc>
      {scene.panels.map((panel) => (
        <Panel key={panel.kind} panel={panel} text={text} />
      ))}
    </svg>
  );
}

function Panel({ panel, text }: { panel: PanelScene; text: ComputeScaleViewText }) {
  return (
    <g data-panel={panel.kind}>
      <g aria-hidden="true">
        {panel.lines.map((l, i) => (
          <line key={i} x1={r(l.x1)} y1={r(l.y1)} x2={r(l.x2)} y2={r(l.y2)} className={l.cls} strokeDasharray={l.dash} />
        ))}
        {panel.paths.map((p, i) => (
          <path key={i} d={p.d} className={p.cls} />
        ))}
        {panel.swatches.map((s, i) => (
          <rect key={i} x={r(s.x)} y={r(s.y)} width={r(s.w)} height={r(s.h)} className={s.cls} />
        ))}
      </g>
      <g>
        {panel.marks.map((m) => (
          <MarkView key={m.key} mark={m} text={text} />
        ))}
      </g>
      <g aria-hidden="true">
        {panel.texts.map((t, i) => (
          <text key={i} x={r(t.x)} y={r(t.y)} fontSize={t.size} fontWeight={t.weight} textAnchor={t.anchor && t.anchor !== "start" ? t.anchor : undefined} className={t.cls}>
            {t.text}
          </text>
        ))}
      </g>
    </g>
  );
}

function MarkView({ mark: m, text }: { mark: Mark; text: ComputeScaleViewText }) {
  const data = {
    "data-point": "",
    "data-key": m.key,
    "data-year": m.year,
    "data-label": m.ariaLabel,
    "data-tip-title": m.tipTitle,
    "data-tip-value": m.tipValue,
    "data-tip-note": m.tipNote,
    "data-tip-source": text.source(m.sources),
    "data-confidence": m.confidence,
    "data-focus": m.focus ? "" : undefined,
  };
  if (m.shape === "circle") return <circle {...data} className={m.cls} cx={r(m.cx!)} cy={r(m.cy!)} r={m.r} />;
  if (m.shape === "rect") return <rect {...data} className={m.cls} x={r(m.box!.x)} y={r(m.box!.y)} width={r(m.box!.w)} height={r(m.box!.h)} />;
  // A block of unit squares is one mark: a transparent hit area (outlined when active) and the squares.
  return (
    <g {...data} className={m.cls}>
      <rect className="chart-hit" x={r(m.box!.x)} y={r(m.box!.y)} width={r(m.box!.w)} height={r(m.box!.h)} />
      {m.squares!.map((s, i) => (
        <rect key={i} className="chart-unit" x={r(s.x)} y={r(s.y)} width={r(s.w)} height={r(s.h)} />
      ))}
    </g>
  );
}

const r = (n: number) => Math.round(n * 10) / 10;
