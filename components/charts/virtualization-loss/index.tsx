// The virtualization-loss explorable, server side: reads the article's example and the overhead ranges
// from the registry and renders the state of each scrollytelling step (0 server, 1 X-Dragon card,
// 2 fleet calculator, 3 published overhead). Without a step (an embed, a slide) it shows the calculator
// and the reference strip together.
import copyFile from "@/content/charts/virtualization-loss.json";
import { getDataset, getFigure, getSource, sourceNames } from "@/lib/data/registry";
import { formatFigure } from "@/lib/data/format";
import type { Locale } from "@/lib/i18n";
import type { RangeRow } from "@/lib/data/schema";
import type { ChartProps } from "@/components/charts/registry";
import { pickCopy } from "@/lib/content/copy";
import { ChartFigure } from "@/components/charts/shared/ChartFigure";
import { DEFAULT_FLEET, fillText, fleetLoss, fleetNumbers, simplestRatio, type FleetText } from "@/components/charts/virtualization-loss/model";
import { layoutServer, layoutStrip, STRIP_MAX, type ServerText, type StripText } from "@/components/charts/virtualization-loss/layout";
import { ServerView, StripView } from "@/components/charts/virtualization-loss/View";
import { FleetExplorer } from "@/components/charts/shared/lazy-islands";

export const EXAMPLE_FACTS = {
  cores: "virtualization-example-host-cores",
  reserved: "virtualization-example-reserved-cores",
  claim: "virtualization-loss-claim",
} as const;

type Copy = (typeof copyFile)["en"];

const numberFigure = (id: string) => {
  const value = getFigure(id).value;
  if (typeof value !== "number") throw new Error(`virtualization-loss: figure "${id}" must be a single number`);
  return value;
};


/** Every word the views need, with the article's example and the data filled in. */
export function virtualizationLossText(
  copy: Copy,
  locale: Locale,
  rows: RangeRow[],
  example: { cores: number; reserved: number; claim: number; year: number; sources: string[] },
  names: (ids: string[]) => string = (ids) => sourceNames(ids, locale),
) {
  const r = fleetLoss({ cores: example.cores, reserved: example.reserved, fleet: DEFAULT_FLEET });
  const ratio = simplestRatio(r.reserved, r.cores);
  const row = (key: string) => {
    const found = rows.find((x) => x.key === key);
    if (!found) throw new Error(`virtualization-loss: dataset virtualization-overhead has no row "${key}"`);
    return found;
  };
  const range = (x: RangeRow) => (x.low === x.high ? formatFigure(x.low, "percent", locale) : formatFigure({ min: x.low, max: x.high }, "percent", locale));
  const offScale = rows.find((x) => x.high > STRIP_MAX);
  const exampleSource = names(example.sources);
  const xdragon = row("xdragon-claim");

  const strip: StripText = {
    title: "",
    desc: "",
    axisTitle: copy.strip.axisTitle,
    kinds: copy.strip.kinds,
    rowLabels: copy.strip.rows,
    rowNotes: copy.strip.notes,
    claimValue: copy.strip.claimValue,
    offScale: copy.strip.offScale,
    rowMeta: copy.strip.rowMeta,
    tipTitle: copy.strip.tipTitle,
    source: names,
  };
  const stripRows = layoutStrip(rows, "wide", locale, strip).rows;
  const v = {
    ...fleetNumbers(r, locale, copy.fleet.worth),
    claim: formatFigure(example.claim, "percent", locale),
    per: ratio.whole,
    lost: ratio.part,
    paravirt: range(row("paravirt")),
    hw: range(row("hw-assisted")),
    range: offScale ? range(offScale) : "",
    times: offScale ? formatFigure({ min: 1 + offScale.low / 100, max: 1 + offScale.high / 100 }, "times", locale) : "",
    list: stripRows.map((x) => `${strip.rowLabels[x.key] ?? x.key} ${x.valueText} (${strip.kinds[x.kind]})`).join(locale === "en" ? "; " : ";"),
  };
  const fill = (t: string) => fillText(t, v);

  const server: ServerText = {
    title: "",
    desc: "",
    serverHeader: copy.server.header,
    freeLabel: copy.server.free,
    lostLabel: copy.server.lost,
    returnedLabel: copy.server.returned,
    keptLabel: copy.server.kept,
    bigCaption: copy.server.bigCaption,
    roundingNote: copy.server.rounding,
    exampleTag: copy.server.exampleTag,
    cardTitle: copy.server.cardTitle,
    cardBody: copy.server.cardBody,
    cardClaim: copy.server.cardClaim,
    returnedCaption: copy.server.returnedCaption,
    tipLost: copy.tips.lost,
    tipFree: copy.tips.free,
    tipReturned: copy.tips.returned,
    tipCount: copy.tips.count,
    exampleNote: copy.tips.exampleNote,
    source: exampleSource,
    year: example.year,
    card: {
      title: fillText(copy.tips.cardTitle, { year: xdragon.year }),
      value: copy.tips.cardValue,
      note: copy.tips.cardNote,
      source: names(xdragon.source),
      year: xdragon.year,
      confidence: xdragon.confidence,
    },
  };
  const fleet: FleetText = {
    title: fill(copy.titles[2]!),
    desc: copy.descs[2]!,
    serverHeader: copy.server.header,
    freeLabel: copy.server.free,
    lostLabel: copy.server.lost,
    fleetHeader: copy.fleet.header,
    squareKey: copy.fleet.squareKey,
    worth: copy.fleet.worth,
    worthCaption: copy.fleet.worthCaption,
    freeWorthLabel: copy.fleet.freeWorth,
    tipLost: copy.tips.lost,
    tipFree: copy.tips.free,
    tipFleetLost: copy.tips.fleetLost,
    tipFleetFree: copy.tips.fleetFree,
    tipCount: copy.tips.count,
    tipFleetNote: copy.tips.fleetNote,
    exampleNote: fill(copy.tips.fleetExampleNote),
    source: exampleSource,
    year: example.year,
  };
  return { v, fill, server, fleet, strip, stripRows, xdragon, offScale, example: r };
}

export function VirtualizationLossChart({ locale, step, uid = "virtualization-loss" }: ChartProps) {
  const copy = pickCopy(copyFile, locale) as Copy;
  const dataset = getDataset("virtualization-overhead");
  if (dataset.schema !== "range") throw new Error("virtualization-overhead must be a range dataset");
  const rows = dataset.rows;
  const facts = Object.values(EXAMPLE_FACTS).map(getFigure);
  const example = {
    cores: numberFigure(EXAMPLE_FACTS.cores),
    reserved: numberFigure(EXAMPLE_FACTS.reserved),
    claim: numberFigure(EXAMPLE_FACTS.claim),
    year: Number((getFigure(EXAMPLE_FACTS.cores).when ?? "2016").slice(0, 4)),
    sources: [...new Set(facts.flatMap((f) => f.source))],
  };
  const t = virtualizationLossText(copy, locale, rows, example);
  const { v, fill } = t;

  // Which state to draw: a scrollytelling step, or (no step) the calculator with the strip beneath.
  const s = step === undefined ? undefined : Math.max(0, Math.min(3, step));
  const showServer = s === 0 || s === 1;
  const showFleet = s === 2 || s === undefined;
  const showStrip = s === 3 || s === undefined;
  const titleIndex = s ?? 2;
  const title = fill(copy.titles[titleIndex]!);

  const notes = [
    ...(showServer || showFleet ? [fill(copy.notes.example)] : []),
    ...(s === 1 ? [copy.notes.card] : []),
    ...(showFleet ? [copy.notes.fleet] : []),
    ...(showStrip ? [fill(copy.notes.strip), ...(t.offScale ? [fill(copy.notes.emulation)] : [])] : []),
  ];
  const sources = [
    ...new Set([
      ...(showServer || showFleet ? example.sources : []),
      ...(s === 1 ? t.xdragon.source : []),
      ...(showStrip ? rows.flatMap((r) => r.source) : []),
    ]),
  ];

  const tc = copy.table;
  const kinds = copy.strip.kinds;
  const exampleSource = sourceNames(example.sources, locale);
  const tableRows = [
    ...(showServer || showFleet
      ? [
          { item: tc.hostCores, year: String(example.year), value: v.cores, kind: kinds.illustration, source: exampleSource },
          { item: tc.reservedCores, year: String(example.year), value: v.reserved, kind: kinds.illustration, source: exampleSource },
          { item: tc.share, year: String(example.year), value: v.share, kind: kinds.illustration, source: exampleSource },
          { item: tc.claim, year: String(example.year), value: fill(tc.claimValue), kind: kinds.illustration, source: exampleSource },
        ]
      : []),
    ...(s === 1 ? [{ item: tc.card, year: String(t.xdragon.year), value: copy.tips.cardValue, kind: kinds.claim, source: sourceNames(t.xdragon.source, locale) }] : []),
    ...(showFleet
      ? [
          { item: tc.fleet, year: "", value: fillText(copy.controls.fleetValue, { n: v.fleetN }), kind: tc.hypothetical, source: "" },
          { item: tc.worth, year: "", value: v.worth, kind: tc.hypothetical, source: "" },
        ]
      : []),
    ...(showStrip
      ? t.stripRows.map((r) => ({ item: copy.strip.rows[r.key as keyof typeof copy.strip.rows] ?? r.key, year: String(r.year), value: r.valueText, kind: kinds[r.kind], source: r.tip.source }))
      : []),
  ];

  const serverStep = s === 1 ? 1 : 0;
  const serverText = { title, desc: fill(copy.descs[serverStep]!) };
  const stripTitle = fill(copy.titles[3]!);
  const stripDesc = fill(copy.descs[3]!);

  return (
    <ChartFigure
      id="virtualization-loss"
      uid={uid}
      locale={locale}
      step={step}
      title={title}
      subtitle={copy.subtitles[titleIndex]!}
      plotLabel={copy.plotLabel}
      sources={sources}
      notes={notes}
      table={{
        caption: tc.caption,
        columns: [
          { key: "item", label: tc.columns.item },
          { key: "year", label: tc.columns.year },
          { key: "value", label: tc.columns.value, numeric: true },
          { key: "kind", label: tc.columns.kind },
          { key: "source", label: tc.columns.source },
        ],
        rows: tableRows,
      }}
    >
      {showServer ? (
        <>
          <ServerView scene={layoutServer(example, serverStep, "wide", locale, t.server)} {...serverText} variant="wide" uid={uid} />
          <ServerView scene={layoutServer(example, serverStep, "narrow", locale, t.server)} {...serverText} variant="narrow" uid={uid} />
        </>
      ) : null}
      {showFleet ? (
        <FleetExplorer
          uid={uid}
          locale={locale}
          text={t.fleet}
          initial={{ cores: example.cores, reserved: example.reserved, fleet: DEFAULT_FLEET }}
          controls={copy.controls}
        />
      ) : null}
      {showStrip ? (
        <div className={showFleet ? "mt-8" : undefined}>
          {showFleet ? (
            <p className="mb-2 text-sm font-semibold text-ink" aria-hidden="true">
              {stripTitle}
            </p>
          ) : null}
          <StripView scene={layoutStrip(rows, "wide", locale, t.strip)} title={stripTitle} desc={stripDesc} variant="wide" uid={uid} />
          <StripView scene={layoutStrip(rows, "narrow", locale, t.strip)} title={stripTitle} desc={stripDesc} variant="narrow" uid={uid} />
        </div>
      ) : null}
    </ChartFigure>
  );
}
