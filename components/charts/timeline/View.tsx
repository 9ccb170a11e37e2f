// Draws the timeline's scenes as SVG. No state and no d3: it renders on the server. The island moves what
// is marked here (data-lane, data-mark, data-grid-year, data-tick, data-row…) when the reader zooms or filters.
import type { ReactNode } from "react";
import type { EventTheme } from "@/lib/data/schema";
import { GLYPHS, type NarrowScene, type WideMark, type WideScene } from "@/components/charts/timeline/layout";

/** What a mark says: tooltip lines, the announced sentence, and where it links. */
export type EventText = { tipTitle: string; tipValue: string; tipNote?: string; tipSource: string; label: string; href?: string };

export type TimelineViewText = {
  title: string;
  desc: string;
  events: Record<string, EventText>;
};

const r = (n: number) => Math.round(n * 100) / 100;
/** React's SVG types have no `hidden`; the chart CSS hides [hidden] elements and the island toggles it. */
const hiddenIf = (hidden: boolean): Record<string, string> => (hidden ? { hidden: "" } : {});
const translate = (x: number, y: number) => `translate(${r(x)},${r(y)})`;

export function Glyph({ theme, confidence, point }: { theme: EventTheme; confidence?: string; point?: Record<string, string | undefined> }) {
  return <path d={GLYPHS[theme]} className="chart-timeline-glyph" data-confidence={confidence === "low" ? "low" : undefined} {...point} />;
}

/** The data-point attributes the shared interaction controller reads. */
function pointProps(id: string, year: number, t: EventText | undefined): Record<string, string | undefined> {
  return {
    "data-point": "",
    "data-event": id,
    "data-year": String(year),
    "data-label": t?.label,
    "data-tip-title": t?.tipTitle,
    "data-tip-value": t?.tipValue,
    "data-tip-note": t?.tipNote,
    "data-tip-source": t?.tipSource,
  };
}

/** An event mark that leads to the chapter telling it. Not an <a>: links inside an SVG of role="img" are
 * hidden from assistive tech, so the island follows data-href on click and on Enter, and the data table
 * carries the real links (which also serve readers without JavaScript). */
function EventLink({ href, children }: { href?: string; children: ReactNode }) {
  return (
    <g data-event-link={href ? "" : undefined} data-href={href}>
      {children}
    </g>
  );
}

function WideEventMark({ m, t }: { m: WideMark; t: EventText | undefined }) {
  return (
    <EventLink href={t?.href}>
      <g
        data-mark=""
        data-theme={m.theme}
        data-at={r(m.at)}
        data-dy={r(m.dy)}
        data-x={r(m.x)}
        data-early={m.early ? "" : undefined}
        data-precision={m.precision}
        data-mark-year={m.year}
        className={`chart-timeline-${m.theme}`}
        transform={translate(m.x, m.y)}
      >
        {m.span ? (
          <g data-span="" aria-hidden="true">
            <rect data-span-bar="" className="chart-timeline-span" x={0} y={-0.75} width={1} height={1.5} transform={`translate(${r(m.span.dx0)},0) scale(${r(m.span.dx1 - m.span.dx0)},1)`} />
            <rect data-span-cap="start" className="chart-timeline-span" x={-0.75} y={-4} width={1.5} height={8} transform={translate(m.span.dx0, 0)} />
            <rect data-span-cap="end" className="chart-timeline-span" x={-0.75} y={-4} width={1.5} height={8} transform={translate(m.span.dx1, 0)} />
          </g>
        ) : null}
        <Glyph theme={m.theme} confidence={m.confidence} point={pointProps(m.id, m.year, t)} />
        {m.annotation ? (
          <text
            className="chart-text chart-timeline-annotation"
            data-annotation={m.annotation.side}
            data-width={r(m.annotation.width)}
            x={m.annotation.side === "right" ? 9 : -9}
            dy="0.35em"
            textAnchor={m.annotation.side === "right" ? "start" : "end"}
            aria-hidden="true"
          >
            {m.annotation.text}
          </text>
        ) : null}
      </g>
    </EventLink>
  );
}

export function TimelineWideView({ scene, text, uid }: { scene: WideScene; text: TimelineViewText; uid: string }) {
  const { width, height, x0, x1, top, lanes, lanesBottom, early, overview } = scene;
  const id = `${uid}-wide`;
  const clipId = `${id}-clip`;
  const belowHeight = height - lanesBottom;
  return (
    <svg
      className="chart-wide chart-timeline"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      data-timeline="wide"
      data-from={scene.domain.from}
      data-to={scene.domain.to}
      data-x0={r(x0)}
      data-x1={r(x1)}
      data-top={top}
      data-below-height={r(belowHeight)}
      data-tick-width={r(scene.tickLabelWidth)}
    >
      <title id={`${id}-t`}>{text.title}</title>
      <desc id={`${id}-d`}>{text.desc}</desc>
      <defs>
        <clipPath id={clipId}>
          <rect data-clip="" data-early-x={early ? r(early.x0 - 8) : undefined} x={r(early ? early.x0 - 8 : x0 - 8)} y={0} width={r(x1 + 14 - (early ? early.x0 - 8 : x0 - 8))} height={r(lanesBottom + 2)} />
        </clipPath>
      </defs>
      <g aria-hidden="true">
        {lanes.map((l) => (
          <g key={l.theme} data-lane={l.theme} data-h={l.height} transform={translate(0, l.top)}>
            <line className="chart-grid" x1={0} x2={r(x1)} y1={l.height} y2={l.height} />
            <g className={`chart-timeline-${l.theme}`} transform={translate(8, 7 + 7.5)}>
              <Glyph theme={l.theme} />
            </g>
            <text className="chart-text chart-timeline-lane" x={scene.labelX} y={7 + 7.5} dy="0.35em">
              {l.label}
            </text>
          </g>
        ))}
      </g>
      <g className="chart-grid" aria-hidden="true">
        {scene.grid.map((g) => (
          <line key={g.year} data-grid-year={g.year} x1={0} x2={0} y1={top} y2={r(lanesBottom)} transform={translate(g.x, 0)} />
        ))}
        {scene.quarters.map((q) => (
          <line
            key={q.at}
            data-quarter={q.at}
            className="chart-timeline-quarter"
            x1={0}
            x2={0}
            y1={top}
            y2={r(lanesBottom)}
            transform={translate(q.x, 0)}
            {...hiddenIf(!q.shown)}
          />
        ))}
      </g>
      <rect data-cursor-band="" className="chart-timeline-cursor" x={0} y={top} width={0} height={r(lanesBottom - top)} {...hiddenIf(true)} aria-hidden="true" />
      <rect data-scrub="" x={r(x0)} y={top} width={r(x1 - x0)} height={r(lanesBottom - top)} fill="transparent" aria-hidden="true" />
      <g data-marks="" clipPath={`url(#${clipId})`}>
        {scene.marks.map((m) => (
          <WideEventMark key={m.id} m={m} t={text.events[m.id]} />
        ))}
      </g>
      <g data-below="" transform={translate(0, lanesBottom)} aria-hidden="true">
        <line className="chart-axis" x1={r(x0)} x2={r(x1)} y1={0} y2={0} />
        {early ? (
          <g data-early-axis="">
            <line className="chart-axis" x1={r(early.x0)} x2={r(early.x1)} y1={0} y2={0} />
            <path className="chart-timeline-break" d={`M${r(early.breakX - 5)},5L${r(early.breakX - 1)},-5M${r(early.breakX + 1)},5L${r(early.breakX + 5)},-5`} />
            <text className="chart-text chart-muted chart-timeline-tick" x={r(early.x)} y={scene.axis.labelY} textAnchor="middle">
              {early.label}
            </text>
          </g>
        ) : null}
        {scene.ticks.map((t) => (
          <text
            key={t.year}
            data-tick={t.year}
            className="chart-text chart-muted chart-timeline-tick"
            x={0}
            y={scene.axis.labelY}
            textAnchor="middle"
            transform={translate(t.x, 0)}
            {...hiddenIf(!t.shown)}
          >
            {t.year}
          </text>
        ))}
        <g data-overview="" transform={translate(0, overview.y)}>
          <rect className="chart-timeline-overview" x={r(x0)} y={0} width={r(x1 - x0)} height={overview.height} rx={2} />
          {overview.marks.map((m) => (
            <rect key={m.id} data-overview-theme={m.theme} className={`chart-timeline-${m.theme} chart-timeline-tickmark`} x={r(m.x - 1)} y={3 + m.row * overview.rowH} width={2} height={overview.rowH - 1} />
          ))}
          {/* Outside the brushed range the strip is veiled; at the full range the veils have no width. */}
          <rect data-veil="start" className="chart-timeline-veil" x={r(x0)} y={0} width={0} height={overview.height} />
          <rect data-veil="end" className="chart-timeline-veil" x={r(x1)} y={0} width={0} height={overview.height} />
          <rect data-brush="" className="chart-timeline-brush" x={r(x0)} y={-1} width={r(x1 - x0)} height={overview.height + 2} rx={2} />
          {(["start", "end"] as const).map((edge) => (
            <rect
              key={edge}
              data-handle={edge}
              className="chart-timeline-handle"
              x={-3}
              y={-4}
              width={6}
              height={overview.height + 8}
              rx={2}
              transform={translate(edge === "start" ? x0 : x1, 0)}
            />
          ))}
          {overview.labels.map((l) => (
            <text key={l.label} className="chart-text chart-muted chart-timeline-tick" x={r(l.x)} y={overview.height + 13} textAnchor="middle">
              {l.label}
            </text>
          ))}
        </g>
      </g>
    </svg>
  );
}

export function TimelineNarrowView({ scene, text, uid }: { scene: NarrowScene; text: TimelineViewText; uid: string }) {
  const { width, height, dateX, spineX, textX, lineHeight } = scene;
  const id = `${uid}-narrow`;
  return (
    <svg
      className="chart-narrow chart-timeline"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      data-timeline="narrow"
      data-from={scene.domain.from}
      data-to={scene.domain.to}
    >
      <title id={`${id}-t`}>{text.title}</title>
      <desc id={`${id}-d`}>{text.desc}</desc>
      <rect data-cursor-band="" className="chart-timeline-cursor" x={0} y={0} width={width} height={0} {...hiddenIf(true)} aria-hidden="true" />
      {scene.rows.map((row) => {
        switch (row.kind) {
          case "legend":
            return (
              <g key="legend" data-row="legend" data-h={row.h} transform={translate(0, row.y)} aria-hidden="true">
                {row.items.map((item) => (
                  <g key={item.theme} transform={translate(item.x, item.y)}>
                    <g className={`chart-timeline-${item.theme}`} transform={translate(6, 0)}>
                      <Glyph theme={item.theme} />
                    </g>
                    <text className="chart-text chart-timeline-legend" x={16} dy="0.35em">
                      {item.label}
                    </text>
                  </g>
                ))}
              </g>
            );
          case "year":
            return (
              <g key={`y${row.year}`} data-row="year" data-row-year={row.year} data-h={row.h} transform={translate(0, row.y)} aria-hidden="true">
                <line className="chart-axis" x1={spineX} x2={spineX} y1={0} y2={row.h} />
                <line className="chart-grid" x1={spineX + 8} x2={width} y1={19} y2={19} />
                <circle className="chart-timeline-node" cx={spineX} cy={19} r={3} />
                <text className="chart-text chart-timeline-year" x={dateX} y={19} dy="0.35em" textAnchor="end">
                  {row.year}
                </text>
              </g>
            );
          case "break":
            return (
              <g key="break" data-row="break" data-h={row.h} transform={translate(0, row.y)} aria-hidden="true">
                <line className="chart-axis" x1={spineX} x2={spineX} y1={0} y2={5} />
                <path className="chart-timeline-break" d={`M${spineX - 5},9L${spineX + 5},6M${spineX - 5},14L${spineX + 5},11`} />
                <line className="chart-axis" x1={spineX} x2={spineX} y1={15} y2={row.h} />
              </g>
            );
          case "event": {
            const t = text.events[row.id];
            return (
              <g key={row.id} data-row="event" data-row-year={row.year} data-theme={row.theme} data-at={r(row.at)} data-h={row.h} transform={translate(0, row.y)}>
                <EventLink href={t?.href}>
                  <line className="chart-axis" x1={spineX} x2={spineX} y1={0} y2={row.h} aria-hidden="true" />
                  <text className="chart-text chart-muted chart-timeline-date" x={dateX} y={14} textAnchor="end" aria-hidden="true">
                    {row.dateLabel}
                  </text>
                  <g className={`chart-timeline-${row.theme}`} transform={translate(spineX, 9)}>
                    <Glyph theme={row.theme} confidence={row.confidence} point={pointProps(row.id, row.year, t)} />
                  </g>
                  <text className="chart-text chart-timeline-title" x={textX} y={14} aria-hidden="true">
                    {row.lines.map((line, i) => (
                      <tspan key={i} x={textX} dy={i === 0 ? 0 : lineHeight}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                </EventLink>
              </g>
            );
          }
        }
      })}
    </svg>
  );
}
