// The timeline as a page component: its spec (spec.ts) placed for the page's frames, inside the island
// that filters and brushes it. The island gets the events as JSON props (timelineIslandProps; an embed
// writes the same object into its page) and lays the chart out again with the same function.
import { IslandProps } from "@/components/islands/IslandProps";
import type { ReactNode } from "react";
import type { ChartProps } from "@/components/charts/registry";
import { getDictionary } from "@/lib/ui";
import { placement } from "@/lib/charts/figure";
import { ChartFigure } from "@/components/charts/shared/ChartFigure";
import { Plot } from "@/components/charts/shared/Plot";
import { TimelineIsland } from "@/components/charts/shared/lazy-islands";
import type { Locale } from "@/lib/i18n";
import type { TimelineIslandProps } from "@/components/charts/timeline/TimelineIsland";
import { timeline, timelineData } from "@/components/charts/timeline/spec";

export { DOMAIN } from "@/components/charts/timeline/input";

/** The island's props but its children (the server's SVGs): plain JSON, which the embed writes into its page. */
export function timelineIslandProps(locale: Locale, uid = "timeline"): Omit<TimelineIslandProps, "children"> {
  const d = timelineData(locale);
  return { uid, input: d.input, text: { filter: getDictionary(locale).timeline.filter, ...d.copy.controls } };
}

export function TimelineChart({ locale, uid = "timeline", compact }: ChartProps) {
  const p = placement(timeline, { locale, uid });
  const { input } = timelineData(locale);
  // The island's props go into the HTML as JSON too, for the pages that ship without React's client runtime.
  const islandProps = timelineIslandProps(locale, uid);
  // The table is where the links live without JavaScript or a pointer: the event cell links to its chapter.
  const rows = p.table.rows.map((row, i): Record<string, ReactNode> => {
    const href = input.events[i]?.href;
    return href ? { ...row, event: <a href={href}>{row.event}</a> } : row;
  });
  return (
    <ChartFigure
      id="timeline"
      uid={uid}
      locale={locale}
      title={p.spec.title}
      subtitle={p.spec.subtitle}
      plotLabel={p.spec.plotLabel}
      sources={p.sources}
      notes={p.notes}
      table={{ ...p.table, rows }}
      compact={compact}
    >
      <IslandProps name="timeline" props={islandProps} />
      <TimelineIsland {...islandProps}>
        {p.plots.map(({ frame, tree }) => (
          <Plot key={frame} tree={tree} />
        ))}
      </TimelineIsland>
    </ChartFigure>
  );
}
