// Double 11 chart, server side: reads the registry, lays out a wide and a narrow version, renders both.
import copyFile from "@/content/charts/double11-traffic.json";
import { getDataset, getSource } from "@/lib/data/registry";
import { formatFigure } from "@/lib/data/format";
import { formatNumber } from "@/lib/data/format";
import type { ChartProps } from "@/components/charts/registry";
import { fill } from "@/lib/ui";
import { pickCopy } from "@/lib/content/copy";
import { ChartFigure } from "@/components/charts/shared/ChartFigure";
import { ELEVEN_DAY_WINDOW_FROM, layoutDouble11Traffic } from "@/components/charts/double11-traffic/layout";
import { Double11TrafficView, type TrafficViewText } from "@/components/charts/double11-traffic/View";

export const SIZES = { wide: { width: 720, height: 360 }, narrow: { width: 340, height: 300 } } as const;

export function Double11TrafficChart({ locale, uid = "double11-traffic" }: ChartProps) {
  const copy = pickCopy(copyFile, locale);
  const dataset = getDataset("double11-gmv");
  if (dataset.schema !== "series") throw new Error("double11-gmv must be a series");
  const rows = dataset.rows.filter((r) => r.value !== null);
  const first = rows[0]!;
  const lastDay = rows.filter((r) => r.year < ELEVEN_DAY_WINDOW_FROM).at(-1)!;
  const lastYear = rows.at(-1)!.year;
  const ratio = Math.round(lastDay.value! / first.value! / 10) * 10;
  const vars = {
    ratio: formatNumber(ratio, locale),
    first: first.year,
    last: lastDay.year,
    lastYear,
    firstValue: formatFigure(first.value!, "cny-100m", locale),
    lastDayValue: formatFigure(lastDay.value!, "cny-100m", locale),
  };
  const text: TrafficViewText = {
    title: fill(copy.title, vars),
    desc: fill(copy.desc, vars),
    year: (y) => String(y),
    source: (ids) => ids.map((id) => getSource(id).publisher).join("; "),
    windowNote: copy.windowNote,
  };
  const labels = { windowBreak: copy.windowBreak };
  const wide = layoutDouble11Traffic(dataset.rows, { ...SIZES.wide, locale }, labels);
  const narrow = layoutDouble11Traffic(dataset.rows, { ...SIZES.narrow, locale }, labels);
  const sources = [...new Set(rows.flatMap((r) => r.source))];

  return (
    <ChartFigure
      id="double11-traffic"
      uid={uid}
      locale={locale}
      title={text.title}
      subtitle={copy.subtitle}
      plotLabel={copy.plotLabel}
      sources={sources}
      notes={copy.notes}
      table={{
        caption: copy.tableCaption,
        columns: [
          { key: "year", label: copy.columns.year },
          { key: "value", label: copy.columns.value, numeric: true },
          { key: "source", label: copy.columns.source },
        ],
        rows: rows.map((r) => ({
          year: String(r.year),
          value: formatFigure(r.value!, "cny-100m", locale) + (r.year >= ELEVEN_DAY_WINDOW_FROM ? ` (${copy.windowNote})` : ""),
          source: r.source.map((id) => getSource(id).publisher).join("; "),
        })),
      }}
    >
      <Double11TrafficView scene={wide} text={text} variant="wide" uid={uid} />
      <Double11TrafficView scene={narrow} text={text} variant="narrow" uid={uid} />
    </ChartFigure>
  );
}
