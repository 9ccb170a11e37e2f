// Draws the virtualization-loss scenes as SVG. Stateless and free of d3 (it imports only types from
// layout.ts), so the server renders it and the slider island re-renders the fleet scene in the browser.
import type { ReactNode, SVGProps } from "react";
import type { Bracket, CellGroup, FleetScene, Rect, TextLabel, Tip, Tone } from "@/components/charts/virtualization-loss/model";
import type { ServerScene, StripRow, StripScene } from "@/components/charts/virtualization-loss/layout";

type Variant = "wide" | "narrow";

const toneClass: Record<Tone, string> = {
  ink: "chart-text",
  soft: "chart-text chart-label-soft",
  muted: "chart-text chart-muted",
  alarm: "chart-text chart-label-alarm",
  accent: "chart-text chart-label-accent",
};

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The attributes interaction.ts reads for tooltips, arrow keys and the shared year cursor. */
export function tipAttributes(tip: Tip) {
  return {
    "data-point": "",
    "data-label": `${tip.title}: ${tip.value}${tip.note ? ` (${tip.note})` : ""}`,
    "data-tip-title": tip.title,
    "data-tip-value": tip.value,
    "data-tip-note": tip.note,
    "data-tip-source": tip.source,
    "data-year": tip.year,
    "data-confidence": tip.confidence === "low" ? "low" : undefined,
  };
}

function Frame({ id, width, height, title, desc, variant, children }: { id: string; width: number; height: number; title: string; desc: string; variant: Variant; children: ReactNode }) {
  return (
    <svg className={`chart-${variant}`} viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {children}
    </svg>
  );
}

function Labels({ labels }: { labels: TextLabel[] }) {
  return (
    <g aria-hidden="true">
      {labels.map((l, i) => (
        <text
          key={i}
          x={r1(l.x)}
          y={r1(l.y)}
          fontSize={l.size}
          fontWeight={l.weight}
          fontStyle={l.italic ? "italic" : undefined}
          textAnchor={l.anchor && l.anchor !== "start" ? l.anchor : undefined}
          className={`${toneClass[l.tone ?? "ink"]}${l.halo ? " chart-halo" : ""}`}
        >
          {l.text}
        </text>
      ))}
    </g>
  );
}

function Brackets({ brackets }: { brackets: Bracket[] }) {
  return (
    <g aria-hidden="true" fill="none">
      {brackets.map((b, i) => (
        <path key={i} d={`M${r1(b.x1)},${r1(b.y - 5)}V${r1(b.y)}H${r1(b.x2)}V${r1(b.y - 5)}`} className={`chart-annotation chart-annotation-${b.tone}`} />
      ))}
    </g>
  );
}

// Classes sit on the squares, not the group, so the group's data-confidence does not hollow them out:
// the dashed chassis is what marks the server as an illustration.
const cellClass = { free: "chart-mark", lost: "chart-mark-alarm", returned: "chart-mark" } as const;

function Cells({ group }: { group: CellGroup }) {
  return (
    <g {...tipAttributes(group.tip)} data-cells={group.key} data-core={group.kind === "lost" ? "hypervisor" : "customer"}>
      {group.cells.map((c, i) => (
        <rect key={i} x={r1(c.x)} y={r1(c.y)} width={r1(c.width)} height={r1(c.height)} rx={r1(Math.min(3, c.height / 4))} className={cellClass[group.kind]} />
      ))}
    </g>
  );
}

const Box = ({ rect, ...props }: { rect: Rect } & SVGProps<SVGRectElement>) => <rect x={r1(rect.x)} y={r1(rect.y)} width={r1(rect.width)} height={r1(rect.height)} {...props} />;

/** Steps 0 and 1: one server's cores, and in step 1 the X-Dragon card that takes over the hypervisor's work. */
export function ServerView({ scene, title, desc, variant, uid }: { scene: ServerScene; title: string; desc: string; variant: Variant; uid: string }) {
  return (
    <Frame id={`${uid}-server-${variant}`} width={scene.width} height={scene.height} title={title} desc={desc} variant={variant}>
      <Box rect={scene.chassis} rx={8} className="chart-mark-chassis" aria-hidden="true" />
      {scene.groups.map((g) => (
        <Cells key={g.key} group={g} />
      ))}
      <Brackets brackets={scene.brackets} />
      {scene.arrow ? (
        <g aria-hidden="true">
          <path d={scene.arrow.d} className="chart-annotation chart-annotation-soft" fill="none" strokeWidth={1.5} />
          <polygon points={scene.arrow.head} className="chart-label-soft" />
        </g>
      ) : null}
      {scene.card ? (
        <g {...tipAttributes(scene.card.tip)} data-card="">
          <Box rect={scene.card.body} rx={5} className="chart-mark-card" />
          {scene.card.chips.map((c, i) => (
            <Box key={i} rect={c} rx={i === 0 ? 4 : 2} className="chart-mark" />
          ))}
          {scene.card.fingers.map((c, i) => (
            <Box key={i} rect={c} className="chart-mark-alt" />
          ))}
        </g>
      ) : null}
      <Labels labels={scene.labels} />
    </Frame>
  );
}

/** Step 2: one server's grid times a fleet of 100 squares. Re-rendered by the slider island. */
export function FleetView({ scene, variant, uid }: { scene: FleetScene; variant: Variant; uid: string }) {
  return (
    <Frame id={`${uid}-fleet-${variant}`} width={scene.width} height={scene.height} title={scene.title} desc={scene.desc} variant={variant}>
      <Box rect={scene.chassis} rx={8} className="chart-mark-chassis" aria-hidden="true" />
      {scene.groups.map((g) => (
        <Cells key={g.key} group={g} />
      ))}
      <Brackets brackets={scene.brackets} />
      <Labels labels={scene.labels} />
    </Frame>
  );
}

function stripClass(row: StripRow) {
  return row.hollow ? `chart-mark-hollow chart-mark-hollow-${row.tone}` : row.tone === "alarm" ? "chart-mark-alarm" : "chart-mark";
}

function StripMark({ row }: { row: StripRow }) {
  const m = row.mark;
  const cls = stripClass(row);
  if (m.type === "dot") return <circle cx={r1(m.cx)} cy={r1(m.cy)} r={m.r} className={cls} />;
  if (m.type === "bar") return <rect x={r1(m.x)} y={r1(m.y)} width={r1(m.width)} height={r1(m.height)} rx={2} className={cls} />;
  // Off the scale: the bar, a gap with two slanted strokes where the scale breaks, the rest of the bar, an arrowhead.
  const gap = 4;
  return (
    <>
      <rect x={r1(m.x)} y={r1(m.y)} width={r1(m.breakX - gap - m.x)} height={r1(m.height)} className={cls} />
      <rect x={r1(m.breakX + gap)} y={r1(m.y)} width={r1(m.x + m.width - m.breakX - gap)} height={r1(m.height)} className={cls} />
      <path d={`M${r1(m.breakX - gap - 3)},${r1(m.y + m.height + 4)}L${r1(m.breakX - gap + 3)},${r1(m.y - 4)}M${r1(m.breakX + gap - 3)},${r1(m.y + m.height + 4)}L${r1(m.breakX + gap + 3)},${r1(m.y - 4)}`} className="chart-break" fill="none" />
      <polygon points={m.head} className={cls} />
    </>
  );
}

/** Step 3: published overhead by era as range bars; claims and the illustration drawn hollow and dashed. */
export function StripView({ scene, title, desc, variant, uid }: { scene: StripScene; title: string; desc: string; variant: Variant; uid: string }) {
  const { plot } = scene;
  return (
    <Frame id={`${uid}-strip-${variant}`} width={scene.width} height={scene.height} title={title} desc={desc} variant={variant}>
      <g aria-hidden="true">
        {scene.ticks.map((t, i) => (
          <line key={t.label} x1={r1(t.x)} x2={r1(t.x)} y1={plot.y0} y2={plot.y1 + 4} className={i === 0 ? "chart-axis" : "chart-grid"} />
        ))}
        {scene.ticks.map((t, i) => (
          <text key={t.label} x={r1(t.x)} y={plot.y1 + scene.tickSize + 7} fontSize={scene.tickSize} textAnchor={i === 0 && plot.x0 < 10 ? undefined : "middle"} className="chart-text chart-muted">
            {t.label}
          </text>
        ))}
      </g>
      {scene.rows.map((row) => (
        <g key={row.key} {...tipAttributes(row.tip)} data-kind={row.kind} data-key={row.key}>
          <StripMark row={row} />
        </g>
      ))}
      <Labels labels={scene.labels} />
    </Frame>
  );
}
