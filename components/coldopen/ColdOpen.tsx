// The cold open: midnight, 11 November 2010. A clock reaching 00:00 and Alipay's load climbing toward its
// capacity, stopping the reported seconds short. Drawn on the server as SVG in its final state (no-JS,
// print, reduced motion); CSS (app/cold-open.css) plays it once as an enhancement. Every number comes from
// the registry (content/data/facts.json), formatted per locale; the geometry is ./layout.ts.
// `opening` opens the prologue's page, above its title, filling the first screen (front matter `opening:
// cold-open`); `full` is the same drawing in the flow (the deck's slide); `cover` is the cover's labelled image.
import { getFigure, getSource, publisherName, type Figure } from "@/lib/data/registry";
import { formatDateValue, formatFigure } from "@/lib/data/format";
import { isChinese, type Locale } from "@/lib/i18n";
import { fill, getDictionary } from "@/lib/ui";
import { forPage } from "@/lib/content/punctuation";
import { lineHeight } from "@/lib/charts/text";
import { demandCurve, MIDNIGHT } from "@/components/charts/elasticity/model";
import { coldOpenLayout, type ColdOpenSize, type TextLabel } from "@/components/coldopen/layout";

/** The facts the drawing rests on. */
export const COLD_OPEN_FACTS = {
  surge: "alipay-midnight-surge-2010",
  headroom: "alipay-capacity-headroom-2010",
  margin: "alipay-margin-2010",
} as const;

function numeric(figure: Figure, unit: string): number {
  if (typeof figure.value !== "number" || figure.unit !== unit) throw new Error(`cold open: fact "${figure.id}" must be a single number in "${unit}"`);
  return figure.value;
}

/** The drawing's numbers and words for a locale, every figure from the registry. */
export function coldOpenText(locale: Locale) {
  const t = getDictionary(locale).coldOpen;
  const surge = getFigure(COLD_OPEN_FACTS.surge);
  const headroom = getFigure(COLD_OPEN_FACTS.headroom);
  const margin = getFigure(COLD_OPEN_FACTS.margin);
  const sourceIds = [...new Set([...surge.source, ...headroom.source, ...margin.source])];
  const zh = isChinese(locale);
  const sources = sourceIds.map((id) => {
    const s = getSource(id);
    return `${publisherName(s, locale)}${zh ? "，" : ", "}${s.date?.slice(0, 4) ?? ""}`;
  });
  const vars = {
    date: formatDateValue(margin.when ?? surge.when ?? "2010-11-11", locale),
    surge: formatFigure(numeric(surge, "times"), surge.unit, locale),
    headroom: formatFigure(numeric(headroom, "percent"), headroom.unit, locale),
    margin: formatFigure(numeric(margin, "second"), margin.unit, locale),
    source: sources.join(zh ? "；" : "; "),
  };
  const f = (s: string) => forPage(fill(s, vars), zh);
  return {
    numbers: {
      surge: numeric(surge, "times"),
      headroom: numeric(headroom, "percent") / 100,
      margin: numeric(margin, "second"),
      // The explorer's ordinary night, just before midnight.
      before: demandCurve({ surge: numeric(surge, "times") }).normal[MIDNIGHT - 1]!,
    },
    vars,
    labels: {
      capacity: f(t.labels.capacity),
      plan: f(t.labels.plan),
      normal: f(t.labels.normal),
      load: f(t.labels.load),
      stop: f(t.labels.stop),
      midnight: t.labels.midnight,
    },
    title: f(t.title),
    desc: f(t.desc),
    caption: f(t.caption),
    coverCaption: f(t.coverCaption),
    method: f(t.method),
    coverMethod: f(t.coverMethod),
    space: zh ? "" : " ",
    clockBefore: t.clockBefore,
    clockAfter: t.clockAfter,
  };
}

function Label({ label, className, weight, dataCo }: { label: TextLabel; className: string; weight?: number; dataCo?: string }) {
  const lh = lineHeight(label.size);
  return (
    <text x={label.x} y={label.y} fontSize={label.size} fontWeight={weight} textAnchor={label.anchor} className={className} data-co={dataCo}>
      {label.lines.map((line, i) => (
        <tspan key={i} x={label.x} dy={i ? lh : undefined}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

type Text = ReturnType<typeof coldOpenText>;

/** One drawing for one size; `frame` names it for the CSS that picks the size shown. */
function Plot({ text, size, id, frame }: { text: Text; size: ColdOpenSize; id: string; frame: string }) {
  const g = coldOpenLayout(text.numbers, text.labels, size);
  const compact = size.compact;
  return (
    <svg
      viewBox={`0 0 ${g.width} ${g.height}`}
      className="cold-open-plot"
      data-frame={frame}
      role="img"
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-d`}
    >
      <title id={`${id}-t`}>{text.title}</title>
      <desc id={`${id}-d`}>{text.desc}</desc>
      {/* Above capacity: collapse. */}
      <rect x={g.plot.x0} y={g.plot.y0} width={g.plot.x1 - g.plot.x0} height={Math.max(0, g.levels.capacity - g.plot.y0)} className="cold-open-danger" />
      <line x1={g.plot.x0} x2={g.plot.x1} y1={g.plot.y1} y2={g.plot.y1} className="chart-axis" />
      {compact ? null : <line x1={g.plot.x0} x2={g.plot.x1} y1={g.levels.normal} y2={g.levels.normal} className="cold-open-level" strokeDasharray="2 4" />}
      {compact ? null : <line x1={g.plot.x0} x2={g.plot.x1} y1={g.levels.plan} y2={g.levels.plan} className="cold-open-level" />}
      <line x1={g.midnightX} x2={g.midnightX} y1={g.levels.capacity} y2={g.plot.y1 + 4} className="cold-open-midnight" data-co="midnight" />
      <line x1={g.plot.x0} x2={g.plot.x1} y1={g.levels.capacity} y2={g.levels.capacity} className="cold-open-capacity" />
      <path d={g.before} pathLength={1} className="cold-open-load" data-co="before" />
      <path d={g.climb} pathLength={1} className="cold-open-load" data-co="climb" />
      <g data-co="after">
        <line x1={g.stop.x} y1={g.stop.y} x2={g.contact.x} y2={g.contact.y} className="cold-open-projection" strokeDasharray="2 3" />
        <circle cx={g.stop.x} cy={g.stop.y} r={compact ? 3.5 : 4} className="cold-open-stop" />
        <path d={`M${g.bracket.x0} ${g.bracket.y + 4}V${g.bracket.y}H${g.bracket.x1}V${g.bracket.y + 4}`} className="cold-open-bracket" />
        <Label label={g.labels.stop} className="chart-text cold-open-alarm" weight={600} dataCo="stop-label" />
      </g>
      <Label label={g.labels.capacity} className="chart-text cold-open-alarm" weight={600} />
      {g.labels.plan ? <Label label={g.labels.plan} className="chart-text chart-muted" /> : null}
      {g.labels.normal ? <Label label={g.labels.normal} className="chart-text chart-muted" /> : null}
      {g.labels.load ? <Label label={g.labels.load} className="chart-text cold-open-accent" weight={600} /> : null}
      <Label label={g.labels.midnight} className="chart-text chart-muted" />
    </svg>
  );
}

/** The sizes drawn: a phone column and a desktop column for the prologue, one small drawing for the cover,
 *  and a narrower phone drawing for a deck's phone view, where its 13-unit labels show at 14 px or more. */
export const COLD_OPEN_SIZES = {
  narrow: { width: 360, height: 250, compact: false },
  pocket: { width: 300, height: 240, compact: false },
  wide: { width: 640, height: 300, compact: false },
  cover: { width: 320, height: 180, compact: true },
} as const satisfies Record<string, ColdOpenSize>;

export function ColdOpen({
  locale,
  variant = "full",
  uid = "cold-open",
  deck = false,
}: {
  locale: Locale;
  variant?: "full" | "opening" | "cover";
  uid?: string;
  deck?: boolean;
}) {
  const text = coldOpenText(locale);
  const compact = variant === "cover";
  // In the flow a heading above names the night; on its own (the cover, the page's opening) the clock does.
  const dated = variant !== "full";
  return (
    <figure className="cold-open" data-variant={variant} data-cold-open="" data-pagefind-ignore="" aria-labelledby={`${uid}-caption`}>
      <div className="cold-open-clock" aria-hidden="true">
        <span className="cold-open-time">
          <span className="cold-open-before">{text.clockBefore}</span>
          <span className="cold-open-after">{text.clockAfter}</span>
        </span>
        {dated ? <span className="cold-open-date">{text.vars.date}</span> : null}
      </div>
      {compact ? (
        <Plot text={text} size={COLD_OPEN_SIZES.cover} id={`${uid}-c`} frame="cover" />
      ) : (
        <>
          <Plot text={text} size={deck ? COLD_OPEN_SIZES.pocket : COLD_OPEN_SIZES.narrow} id={`${uid}-n`} frame="narrow" />
          <Plot text={text} size={COLD_OPEN_SIZES.wide} id={`${uid}-w`} frame="wide" />
        </>
      )}
      <figcaption id={`${uid}-caption`} className="cold-open-caption">
        <span className="cold-open-caption-lead">{compact ? text.coverCaption : text.caption}</span>
        {text.space}
        <span className="cold-open-method">{compact ? text.coverMethod : text.method}</span>
      </figcaption>
    </figure>
  );
}
