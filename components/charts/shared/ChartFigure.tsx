// The frame every chart shares in every context (chapter, embed, slide): title that states the finding,
// subtitle with the unit, the plot, the source line, notes, and the data as a table that reads without JS.
import type { ReactNode } from "react";
import { getSource, publisherName } from "@/lib/data/registry";
import { localePath, type Locale } from "@/lib/i18n";
import { withBase } from "@/lib/paths";
import { fill, getDictionary } from "@/lib/ui";
import { ChartIsland } from "@/components/charts/shared/ChartIsland";
import { ChartControls, type ChartControl } from "@/components/charts/shared/ChartControls";
import type { FigureModel } from "@/lib/charts/states";

export type TableColumn = { key: string; label: string; numeric?: boolean };

export type ChartFigureProps = {
  /** The chart's permanent id. */
  id: string;
  /** Unique per instance on a page; prefixes element ids. */
  uid?: string;
  locale: Locale;
  title: string;
  subtitle: string;
  /** Short sentence for assistive tech, and the hint for keyboard use. */
  plotLabel: string;
  sources: string[];
  notes?: string[];
  table: { caption: string; columns: TableColumn[]; rows: Record<string, ReactNode>[] };
  children: ReactNode;
  className?: string;
  /** Toggles between server-rendered variants (elements marked data-when="name=value"). */
  controls?: ChartControl[];
  /** The chart's state when several are stacked (scrollytelling, slides). */
  step?: number;
  /** A chart laid out in several states: what the browser needs to move between them (lib/charts/states.ts). */
  states?: FigureModel;
  /** Embeds: one source line and the notes folded, so the chart fits beside a story's text. */
  compact?: boolean;
  /** The sources, notes and table are rendered elsewhere (by <ChartDetails>), e.g. after a scrollytelling section. */
  detached?: boolean;
};

export type ChartDetailsProps = Pick<ChartFigureProps, "locale" | "sources" | "notes" | "table" | "compact">;

export function ChartFigure({
  id,
  uid = id,
  locale,
  title,
  subtitle,
  plotLabel,
  sources,
  notes,
  table,
  children,
  className,
  controls,
  step,
  states,
  compact,
  detached,
}: ChartFigureProps) {
  const headingId = `${uid}-title`;
  const detailProps = { locale, sources, notes, table, compact };
  return (
    <figure
      data-chart={id}
      data-step={step}
      data-state={states?.shown}
      aria-labelledby={headingId}
      className={`chart not-prose my-10 font-sans ${className ?? ""}`}
      {...Object.fromEntries((controls ?? []).map((c) => [`data-${c.name}`, c.value]))}
    >
      <div className="mb-3">
        <p id={headingId} className="text-lg font-semibold leading-snug text-ink" data-chart-title="">
          {title}
        </p>
        <p className="text-sm text-muted" data-chart-subtitle="">
          {subtitle}
        </p>
      </div>
      {controls?.length ? <ChartControls controls={controls} /> : null}
      <div data-chart-plot="" role="group" aria-label={plotLabel}>
        {children}
      </div>
      {states ? (
        // JSON in a script element is data, never run; "<" is escaped so no text can close the element.
        <script type="application/json" data-chart-states="" dangerouslySetInnerHTML={{ __html: JSON.stringify(states).replace(/</g, "\\u003c") }} />
      ) : null}
      <ChartIsland />
      <p data-chart-live="" aria-live="polite" className="sr-only" />
      {detached ? null : <ChartDetails {...detailProps} inFigure />}
    </figure>
  );
}

/** A chart's source line, notes and data table: inside its figure, or after a scrollytelling section. */
export function ChartDetails({ locale, sources, notes, table, compact, inFigure = false }: ChartDetailsProps & { inFigure?: boolean }) {
  const t = getDictionary(locale);
  // A figcaption belongs inside its figure; after a scrollytelling section the same words are a plain block.
  const Caption = inFigure ? "figcaption" : "div";
  // One link per publisher: several reports from one outlet read as one name.
  const publishers = [...new Map(sources.map((sourceId) => [getSource(sourceId).publisher, getSource(sourceId)])).values()];
  const zh = locale !== "en";
  const sourceLinks = publishers.map((s, i) => (
    <span key={s.id}>
      {i > 0 ? (zh ? "；" : "; ") : ""}
      <a href={withBase(`${localePath(locale, "/sources/")}#source-${s.id}`)}>{publisherName(s, locale)}</a>
    </span>
  ));
  const colon = zh ? "：" : ": ";
  const first = publishers.slice(0, 2).map((s) => publisherName(s, locale));
  const sourceLine =
    publishers.length > 2
      ? fill(t.chart.sourcesMore, { names: first.join(zh ? "、" : ", "), n: publishers.length - 2, total: publishers.length })
      : first.join(zh ? "、" : " and ");
  return (
    <>
      {compact ? (
        <Caption className="mt-2 space-y-1 text-xs leading-relaxed text-muted">
          <details data-chart-sources="">
            <summary className="cursor-pointer py-1">
              {t.chart.source}
              {colon}
              {sourceLine}
            </summary>
            <p>{sourceLinks}</p>
          </details>
          {notes?.length ? (
            <details data-chart-notes="">
              <summary className="cursor-pointer py-1">{fill(t.chart.notesCount, { n: notes.length })}</summary>
              <ul className="list-disc pl-4">
                {notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </Caption>
      ) : (
        <Caption className="mt-3 space-y-1 text-xs leading-relaxed text-muted">
          <p>
            {t.chart.source}
            {colon}
            {sourceLinks}
          </p>
          {notes?.length ? (
            <div>
              <p>
                {t.chart.notes}
                {zh ? "：" : ":"}
              </p>
              <ul className="list-disc pl-4">
                {notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </Caption>
      )}
      <details className="mt-2 text-sm" data-chart-table="">
        <summary className="cursor-pointer text-accent">{t.chart.showTable}</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c.key} scope="col" className={`border-b border-rule py-1 pr-3 font-semibold ${c.numeric ? "text-right" : ""}`}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i}>
                  {table.columns.map((c, j) =>
                    j === 0 ? (
                      <th key={c.key} scope="row" className="border-b border-rule py-1 pr-3 font-normal">
                        {row[c.key]}
                      </th>
                    ) : (
                      <td key={c.key} className={`border-b border-rule py-1 pr-3 ${c.numeric ? "text-right tabular-nums" : ""}`}>
                        {row[c.key]}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
