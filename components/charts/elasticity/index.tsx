// The elasticity explorable, server side: reads the documented 2010 multipliers from the registry, runs
// the model for the requested step (or, standalone, Alipay's 2010 plan with the controls), and renders it
// in ChartFigure with the hour-by-hour table. The controls are a small client island without d3.
import copyFile from "@/content/charts/elasticity.json";
import { getFigure, getSource, type Figure, sourceNames } from "@/lib/data/registry";
import { formatFigure, formatNumber } from "@/lib/data/format";
import { pickCopy } from "@/lib/content/copy";
import type { ChartProps } from "@/components/charts/registry";
import { ChartFigure } from "@/components/charts/shared/ChartFigure";
import { ASSUMPTIONS, demandCurve, forecast2010, stepScenario, type Scenario } from "@/components/charts/elasticity/model";
import { delayVars, fill, formatShare, formatTimes, hourTitle, presentElasticity, type ElasticityCopy } from "@/components/charts/elasticity/layout";
import { ElasticityTally, ElasticityView } from "@/components/charts/elasticity/View";
import { ElasticityExplorer } from "@/components/charts/shared/lazy-islands";

/** Facts the model's shape rests on (content/data/facts.json). */
export const SURGE_FACT = "alipay-midnight-surge-2010";
export const HEADROOM_FACT = "alipay-capacity-headroom-2010";

function numeric(figure: Figure, unit: string): number {
  if (typeof figure.value !== "number" || figure.unit !== unit) throw new Error(`elasticity: fact "${figure.id}" must be a single number in "${unit}"`);
  return figure.value;
}

export function ElasticityChart({ locale, step, uid = "elasticity" }: ChartProps) {
  const copy = pickCopy(copyFile, locale) as ElasticityCopy;
  const surgeFact = getFigure(SURGE_FACT);
  const headroomFact = getFigure(HEADROOM_FACT);
  const surge = numeric(surgeFact, "times");
  const headroom2010 = numeric(headroomFact, "percent") / 100;
  const forecast = forecast2010(surge, headroom2010);
  const curve = demandCurve({ surge });
  const scenario: Scenario = step === undefined ? { kind: "plan2010", headroom: headroom2010, delay: "vms" } : stepScenario(step, headroom2010);
  const state = presentElasticity({ ...curve, forecast, surge }, scenario, copy, locale);

  const sources = [...new Set([...surgeFact.source, ...headroomFact.source])];
  const publisher = sourceNames(sources, locale);
  const tipSource = fill(copy.tip.source, { publisher });
  const vars = {
    surge: formatTimes(surge, locale),
    headroom: formatFigure(headroom2010 * 100, "percent", locale),
    forecast: formatTimes(forecast, locale),
    cap: formatTimes(ASSUMPTIONS.elasticCap, locale),
    down: formatNumber(ASSUMPTIONS.scaleDownMinutes, locale),
    elastic: formatFigure(ASSUMPTIONS.elasticHeadroom * 100, "percent", locale),
    servers: formatNumber(ASSUMPTIONS.serversPerNormalPeak, locale),
    ...delayVars(locale),
  };
  const text = { title: copy.title, desc: state.desc, source: tipSource };

  return (
    <ChartFigure
      id="elasticity"
      uid={uid}
      locale={locale}
      step={step}
      title={copy.title}
      subtitle={copy.subtitle}
      plotLabel={copy.plotLabel}
      sources={sources}
      notes={copy.notes.map((n) => fill(n, vars))}
      table={{
        caption: fill(copy.tableCaption, { scenario: state.line }),
        columns: [
          { key: "hour", label: copy.columns.hour },
          { key: "demand", label: copy.columns.demand, numeric: true },
          { key: "capacity", label: copy.columns.capacity, numeric: true },
          { key: "dropped", label: copy.columns.dropped, numeric: true },
        ],
        rows: state.rows.map((r) => ({
          hour: hourTitle(r, copy),
          demand: formatTimes(r.demand, locale),
          capacity: formatTimes(r.capacity, locale),
          dropped: formatShare(r.droppedShare, locale),
        })),
      }}
    >
      {step === undefined ? (
        <ElasticityExplorer locale={locale} uid={uid} title={copy.title} source={tipSource} surge={surge} forecast={forecast} initial={scenario} copy={copy} />
      ) : (
        <div data-elastic-step={step}>
          <ElasticityView scene={state.wide} text={text} variant="wide" uid={uid} />
          <ElasticityView scene={state.narrow} text={text} variant="narrow" uid={uid} />
          <ElasticityTally items={state.tally} heading={copy.tally.heading} line={state.line} />
        </div>
      )}
    </ChartFigure>
  );
}
