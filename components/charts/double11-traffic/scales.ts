// Geometry of the Double 11 chart for a frame: three panels sharing one year axis (sales, the busiest
// second, the share bought on phones), their scales on a linear or log axis, and their ticks. Pure.
import { scaleBand, scaleLinear, scaleLog, type ScaleBand, type ScaleContinuousNumeric } from "d3-scale";
import { max, min } from "d3-array";
import { isPhone, type Frame } from "@/lib/charts/frames";
import { decadeDomain, ticksOf, type Tick } from "@/lib/charts/axes";
import { formatTick } from "@/lib/data/format";
import { units, type UnitId } from "@/lib/data/units";
import type { Locale } from "@/lib/i18n";
import type { Row } from "@/lib/charts/data";

export type PanelId = "gmv" | "orders" | "mobile";
export type Scale = "linear" | "log";

/** Everything the chart draws, by series. Notes are already in the reader's language. */
export type TrafficInput = {
  gmv: Row[];
  orders: Row[];
  payments: Row[];
  mobile: Row[];
  /** Taobao Mall alone in 2010 (the same value as the headline series), for the magnifier. */
  tmall2010?: Row | null;
  /** The article's ¥1.95bn for Taobao as a whole in 2010: unconfirmed. */
  claim2010?: Row | null;
  /** The article's shares of orders run on the cloud (2012, 2013): unconfirmed. */
  cloudShare?: Row[];
  /** Seconds Alipay was from collapse at midnight in 2010. */
  margin2010?: Row | null;
};

export type Valued = Row & { value: number };
export const hasValue = (r: Row | null | undefined): r is Valued => !!r && r.value !== null && Number.isFinite(r.value);

/** Years from 2020 on are totals over 1–11 November, not one day. */
export const ELEVEN_DAY_WINDOW_FROM = 2020;

export type Panel = { id: PanelId; top: number; bottom: number; ticks: Tick[] };

export type Geometry = {
  frame: Frame;
  narrow: boolean;
  width: number;
  height: number;
  left: number;
  right: number;
  /** Top of the callout strip above the panels. */
  stripTop: number;
  years: number[];
  x: ScaleBand<number>;
  /** Centre of a year's column. */
  cx: (year: number) => number;
  bw: number;
  /** Half the gap between two columns. */
  halfGap: number;
  panels: Record<PanelId, Panel>;
  yGmv: ScaleContinuousNumeric<number, number>;
  yPeak: ScaleContinuousNumeric<number, number>;
  yMobile: ScaleContinuousNumeric<number, number>;
  /** Where sales bars start: zero on a linear axis, the panel's floor on a log one. */
  gmvFloor: number;
  scale: Scale;
};

export function geometry(input: TrafficInput, frame: Frame, scale: Scale, locale: Locale): Geometry {
  const narrow = isPhone(frame);
  const T = frame.type;
  const width = frame.width;
  const height = frame.height;
  // Left margin: room for the longest tick label ("¥600bn", "600k").
  const left = narrow ? Math.round(T.tick * 4.35) : frame.id === "slide" ? 96 : 76;
  const right = width - (narrow ? 8 : 14);
  // The callout strip (one or two lines) above the first panel heading.
  const stripTop = 6;
  // Two lines of callout, or one on a slide, whose width takes a whole sentence.
  const calloutH = (frame.id === "slide" ? 1 : 2) * (T.label * 1.25) + 10;
  // A panel's heading, then room for the top tick label's upper half.
  const headH = frame.id === "slide" ? T.head * 1.2 + T.tick * 0.9 + 8 : T.head * 1.3 + T.tick + 12;
  const top = stripTop + calloutH + headH;
  const bottom = height - (T.tick + 10);
  const avail = bottom - top - 2 * headH;
  // Sales get the most room (and more on a slide, where the 2010 magnifier must fit in big type).
  const hGmv = avail * (frame.id === "slide" ? 0.6 : 0.55);
  const hOrders = avail * (frame.id === "slide" ? 0.25 : 0.29);
  const gmvTop = top;
  const gmvBottom = gmvTop + hGmv;
  const ordersTop = gmvBottom + headH;
  const ordersBottom = ordersTop + hOrders;
  const mobileTop = ordersBottom + headH;
  const mobileBottom = bottom;

  const all = [...input.gmv, ...input.orders, ...input.payments, ...input.mobile].map((r) => r.year);
  const firstYear = min(all) ?? 2009;
  const lastYear = max(all) ?? 2022;
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const x = scaleBand<number>()
    .domain(years)
    .range([left, right])
    .paddingInner(narrow ? 0.22 : 0.28)
    .paddingOuter(0.1);
  const bw = x.bandwidth();
  const halfGap = (x.step() * x.paddingInner()) / 2;

  const gmvValues = [...input.gmv, ...(input.claim2010 ? [input.claim2010] : [])].filter(hasValue).map((r) => r.value);
  const peakValues = [...input.orders, ...input.payments].filter(hasValue).map((r) => r.value);
  const log = scale === "log";
  const yGmv: ScaleContinuousNumeric<number, number> = log
    ? scaleLog()
        .domain(decadeDomain(gmvValues, [0.1, 1e4]))
        .range([gmvBottom, gmvTop])
    : scaleLinear()
        .domain([0, max(gmvValues) ?? 1])
        .range([gmvBottom, gmvTop])
        .nice(narrow ? 3 : 6);
  const yPeak: ScaleContinuousNumeric<number, number> = log
    ? scaleLog()
        .domain(decadeDomain(peakValues, [100, 1e6]))
        .range([ordersBottom, ordersTop])
    : scaleLinear()
        .domain([0, max(peakValues) ?? 1])
        .range([ordersBottom, ordersTop])
        .nice(narrow ? 3 : 4);
  // A share has no log view: always 0–100%, linear.
  const yMobile = scaleLinear().domain([0, 100]).range([mobileBottom, mobileTop]);

  const fmt = (unit: UnitId) => (v: number) => (v === 0 ? "0" : formatTick(v * units[unit].scale, locale, unit));
  return {
    frame,
    narrow,
    width,
    height,
    left,
    right,
    stripTop,
    years,
    x,
    cx: (yr) => (x(yr) ?? 0) + bw / 2,
    bw,
    halfGap,
    panels: {
      gmv: { id: "gmv", top: gmvTop, bottom: gmvBottom, ticks: ticksOf(yGmv, narrow ? 3 : 6, fmt("cny-100m"), log) },
      orders: { id: "orders", top: ordersTop, bottom: ordersBottom, ticks: ticksOf(yPeak, narrow ? 3 : 4, fmt("orders-per-second"), log) },
      mobile: { id: "mobile", top: mobileTop, bottom: mobileBottom, ticks: [{ value: 100, pos: yMobile(100), label: `${formatTick(100, locale)}%` }] },
    },
    yGmv,
    yPeak,
    yMobile,
    gmvFloor: log ? gmvBottom : yGmv(0),
    scale,
  };
}

/** The heading of a panel sits in the gap above it. */
export const headingY = (g: Geometry, id: PanelId) => g.panels[id].top - g.frame.type.tick * 0.6 - 9;
