// The Double 11 chart's annotations: panel headings and axes, the 11-day window break, the focus band, the
// value labels a step asks for, the article's cloud shares, the 2010 magnifier and the step's callout.
// Marks a step does not show are still laid out where they would fold away (the magnifier folds into the
// 2010 bar, the cloud meters empty), so entering the step animates them open. Pure.
// Longer than 300 lines on purpose: every function here places words against the same panels and step plan,
// and the callout's placement reads all of their boxes; split, each file would re-import the whole context.
import { fill } from "@/lib/fill";
import { formatFigure, formatNumber } from "@/lib/data/format";
import { scaleLinear } from "d3-scale";
import { group, line, rect, text, type Mark, type RectMark, type TextMark } from "@/lib/charts/scene";
import { yAxis, xAxis, type Tick } from "@/lib/charts/axes";
import { firstFit, keepClear, markBox, textBox, type Box } from "@/lib/charts/labels";
import { balance, measure, measureLines, wrap } from "@/lib/charts/text";
import { significant } from "@/lib/charts/numbers";
import { ELEVEN_DAY_WINDOW_FROM, hasValue, headingY, type PanelId } from "@/components/charts/double11-traffic/scales";
import { tipFor, yearText, type Ctx, type PeakMarks, type SalesMarks } from "@/components/charts/double11-traffic/marks";
import type { StepPlan } from "@/components/charts/double11-traffic/steps";
import { copyVars } from "@/components/charts/double11-traffic/text";

const OFF = { "data-off": "" };

/** Headings, gridlines, tick labels, baselines and the year axis. */
export function axes(c: Ctx, plan: StepPlan): Mark[] {
  const { g, copy } = c;
  const T = g.frame.type;
  const marks: Mark[] = [];
  for (const id of ["gmv", "orders", "mobile"] as PanelId[]) {
    const p = g.panels[id];
    marks.push(
      ...yAxis(p.ticks, {
        key: `y-${id}`,
        x0: g.left,
        x1: g.right,
        labelX: g.left - 6,
        size: T.tick,
        skipGridAt: g.scale === "linear" || id === "mobile" ? 0 : undefined,
      }),
    );
    marks.push(
      text(`head-${id}`, 0, headingY(g, id), g.narrow ? copy.panelsShort[id] : copy.panels[id], T.head, {
        weight: 600,
        className: plan.panel === id ? "chart-text chart-d11-title" : "chart-text chart-d11-title-quiet",
      }),
    );
    marks.push(line(`base-${id}`, g.left, p.bottom, g.right, p.bottom, "chart-axis"));
  }
  // "log scale" up the left edge of each logarithmic panel.
  for (const id of ["gmv", "orders"] as const) {
    const p = g.panels[id];
    const label = text(`log-${id}`, T.note * 0.8, (p.top + p.bottom) / 2, copy.logScale, T.note, {
      rotate: -90,
      anchor: "middle",
      className: "chart-text chart-muted",
      attrs: { "data-log-label": "" },
    });
    marks.push(g.scale === "log" ? label : { ...label, attrs: { ...label.attrs, ...OFF } });
  }
  // Every year when there is room; else every second or third, always with the window's first year.
  const ticks: Tick[] = g.years.map((yr) => ({ value: yr, pos: g.cx(yr), label: g.narrow ? `’${String(yr).slice(2)}` : String(yr) }));
  marks.push(...xAxis(ticks, { key: "x", y: g.height - 6, size: T.tick, gap: T.tick * 0.8, keep: (t) => t.value === ELEVEN_DAY_WINDOW_FROM }));
  return marks;
}

/** The dashed line where the sales window changes, through all three panels, and its label. */
export function windowBreak(c: Ctx, plan: StepPlan, calloutTop: number | null): Mark[] {
  const { g, copy } = c;
  const breakYear = g.years.find((yr) => yr >= ELEVEN_DAY_WINDOW_FROM && c.input.gmv.some((r) => r.year === yr && hasValue(r)));
  if (breakYear === undefined) return [];
  const x = (g.x(breakYear) ?? 0) - g.halfGap;
  const top = g.panels.gmv.top;
  // At the first step the line rises to meet the callout that explains it.
  const y1 = plan.callout === "windowChange" && calloutTop !== null ? calloutTop : top - g.frame.type.note - 6;
  return [
    line("window-break", x, y1, x, g.panels.mobile.bottom, "chart-d11-break"),
    text("window-label", x + 4, top - 4, g.narrow ? copy.windowBreakShort : copy.windowBreak, g.frame.type.note, { className: "chart-text chart-muted" }),
  ];
}

/** A soft band behind the columns the step is about (it slides from step to step). */
export function focusBand(c: Ctx, plan: StepPlan): Mark[] {
  const { g } = c;
  if (!plan.focus.length) return [];
  const a = Math.min(...plan.focus);
  const b = Math.max(...plan.focus);
  const x0 = (g.x(a) ?? 0) - g.halfGap * 0.8;
  const x1 = (g.x(b) ?? 0) + g.bw + g.halfGap * 0.8;
  return [rect("focus", x0, g.panels.gmv.top - 6, x1 - x0, g.panels.mobile.bottom - g.panels.gmv.top + 6, { className: "chart-d11-focus" })];
}

const strong = "chart-text chart-d11-value-strong";
const soft = "chart-text chart-d11-value";

/** Value labels on sales bars and peak dots, as the step asks; each kept only if it collides with none before it. */
export function valueLabels(c: Ctx, plan: StepPlan, sales: SalesMarks, peaks: PeakMarks, payLabel: TextMark | null): TextMark[] {
  const { g, locale } = c;
  const T = g.frame.type;
  const out: TextMark[] = [];
  const gmv = c.input.gmv.filter(hasValue);
  const bar = (year: number) => sales.bars.find((b) => b.tip?.year === year);
  const labelBar = (year: number, isStrong = false) => {
    const b = bar(year);
    const r = gmv.find((x) => x.year === year);
    if (!b || !r) return;
    out.push(
      text(`value-gmv-${year}`, b.x + b.width / 2, b.y - 5, formatFigure(significant(r.value), "cny-100m", locale), T.label, {
        anchor: "middle",
        weight: isStrong ? 600 : 400,
        className: isStrong ? strong : soft,
        halo: true,
      }),
    );
  };
  if (plan.endLabels) {
    const lastDay = gmv.filter((r) => r.year < ELEVEN_DAY_WINDOW_FROM).at(-1);
    const last = gmv.at(-1);
    if (!g.narrow && gmv[0]) labelBar(gmv[0].year);
    if (lastDay) labelBar(lastDay.year, true);
    if (last && last !== lastDay) labelBar(last.year);
  }
  if (plan.peakLabels && peaks.orders.length) {
    const first = peaks.orders[0]!;
    const last = peaks.orders.at(-1)!;
    const prev = peaks.orders.find((d) => d.tip!.year === last.tip!.year! - 1);
    const num = (d: (typeof peaks.orders)[number]) => formatNumber(Number(c.input.orders.find((r) => r.year === d.tip!.year)!.value), locale);
    const gap = g.frame.dot + 4;
    out.push(
      text(`value-peak-${first.tip!.year}`, first.cx, first.cy - gap, num(first), T.label, { anchor: "middle", weight: 600, className: strong, halo: true }),
    );
    if (prev) {
      // Below its dot, unless that lands on the Alipay label; then above it, to the left.
      const below = text(`value-peak-${prev.tip!.year}`, prev.cx + (g.narrow ? 4 : 0), prev.cy + T.label + gap, num(prev), T.label, {
        anchor: g.narrow ? "end" : "middle",
        weight: 600,
        className: strong,
        halo: true,
      });
      const above: TextMark = { ...below, x: prev.cx - 4, y: prev.cy - gap, anchor: "end" };
      out.push(firstFit([below, above], payLabel ? [textBox(payLabel)] : []) ?? above);
    }
    const lt = num(last);
    out.push(
      text(`value-peak-${last.tip!.year}`, Math.min(last.cx, g.right - measure(lt, T.label, 600) / 2), last.cy - gap, lt, T.label, {
        anchor: "middle",
        weight: 600,
        className: strong,
        halo: true,
      }),
    );
  }
  return keepClear(out);
}

/** The share-on-phones labels: every year where there is room, else the ends and the focus year. */
export function mobileLabels(c: Ctx, plan: StepPlan, bars: RectMark[]): TextMark[] {
  const { g, locale } = c;
  const years = bars.map((b) => b.tip!.year!);
  const focus = plan.mobileFocus ? plan.focus : [];
  const wanted = g.narrow ? new Set([years[0], years.at(-1), ...focus]) : new Set(years);
  if (g.narrow) for (const yr of focus) wanted.delete(yr + 1);
  const labels = bars
    .filter((b) => wanted.has(b.tip!.year!))
    .map((b) => {
      const yr = b.tip!.year!;
      const v = c.input.mobile.find((r) => r.year === yr)!.value!;
      const isStrong = focus.includes(yr);
      return text(`value-mobile-${yr}`, b.x + b.width / 2, b.y - 4, formatFigure(Math.round(v), "percent", locale), g.frame.type.note, {
        anchor: "middle",
        weight: isStrong ? 600 : 400,
        className: isStrong ? strong : soft,
      });
    });
  return keepClear(labels);
}

/** The article's cloud shares as small dashed meters above the 2012 and 2013 bars, filled to the share. */
export function cloudMeters(c: Ctx, plan: StepPlan, sales: SalesMarks): Mark[] {
  const { g, copy, locale } = c;
  const rows = (c.input.cloudShare ?? []).filter(hasValue);
  if (!rows.length) return [];
  const T = g.frame.type;
  const h = Math.round(T.label * 1.55);
  const w = Math.max(measure("100%", T.label, 600) + 14, g.narrow ? 36 : 56);
  const bar = (year: number) => sales.bars.find((b) => b.tip?.year === year);
  const top = Math.min(...rows.map((r) => bar(r.year)?.y ?? g.panels.gmv.bottom)) - 10 - h;
  return rows.flatMap((r, i) => {
    const b = bar(r.year);
    if (!b) return [];
    const shown = !!plan.cloudShares;
    const valueText = formatFigure(r.value, "percent", locale);
    // Side by side when they fit, else stepped up like the shares themselves.
    const y = shown ? top - (g.narrow ? i * (h + 5) : i * 8) : b.y - h;
    const x = b.x + b.width / 2 - w / 2;
    const share = Math.max(0, Math.min(100, r.value)) / 100;
    return [
      group(
        `cloud-${r.year}`,
        [
          rect(`cloud-${r.year}-frame`, 0, 0, w, h, { rx: 3, className: "chart-d11-tag" }),
          rect(`cloud-${r.year}-fill`, 2, 2, shown ? (w - 4) * share : 0, h - 4, { rx: 1.5, className: "chart-d11-tag-fill" }),
          text(`cloud-${r.year}-text`, w / 2, h / 2, valueText, T.label, {
            anchor: "middle",
            baseline: "middle",
            weight: 600,
            className: "chart-text chart-d11-tag-text",
          }),
        ],
        {
          x,
          y,
          tip: { ...tipFor(c, r, "cloud", valueText, "cloud"), note: r.note ?? copy.cloudNote, confidence: "low" },
          attrs: { "data-kind": "cloud", ...(shown ? {} : OFF) },
        },
      ),
    ];
  });
}

/**
 * 2010, magnified: on a linear axis the year is a sliver, so a magnifier sets Taobao Mall's bar beside the
 * article's claim (and 2009, where there is room). Outside the step it is folded into the 2010 bar, so
 * entering the step zooms it out of the bar. On a log axis both heights already show: they are labelled
 * up the column instead.
 */
export function magnifier(c: Ctx, plan: StepPlan, sales: SalesMarks): { marks: Mark[]; top: number | null } {
  const { g, copy, locale } = c;
  const T = g.frame.type;
  const claim = hasValue(c.input.claim2010) ? c.input.claim2010 : null;
  const y2010 = 2010;
  const gmv = c.input.gmv.filter(hasValue);
  const tmall = hasValue(c.input.tmall2010) ? c.input.tmall2010 : gmv.find((r) => r.year === y2010);
  const bar2010 = sales.bars.find((b) => b.tip?.year === y2010);
  if (!claim || !tmall || !bar2010) return { marks: [], top: null };
  const active = !!plan.magnify2010;

  const logLabels: Mark[] = [];
  let logTop: number | null = null;
  if (g.scale === "log" && active && sales.claim) {
    const fs = T.note;
    const lx = sales.claim.x + g.bw / 2 + fs * 0.35;
    const claimText = formatFigure(significant(claim.value), "cny-100m", locale);
    logLabels.push(
      text("log-claim-value", lx, sales.claim.y - 4, claimText, fs, { rotate: -90, className: soft, halo: true }),
      text("log-tmall-value", lx, bar2010.y + 4, formatFigure(significant(tmall.value), "cny-100m", locale), fs, {
        rotate: -90,
        anchor: "end",
        weight: 600,
        className: "chart-text chart-d11-value-inverse",
      }),
    );
    logTop = sales.claim.y - 4 - measure(claimText, fs);
  }
  // Open only on a linear axis: on a log one both heights already show.
  const open = active && g.scale === "linear";

  const p = g.panels.gmv;
  // 2009 joins the 2010 pair where there is room.
  const b2009 = g.narrow ? undefined : gmv.find((r) => r.year === g.years[0] && r.year < y2010);
  const pad = g.narrow ? 8 : 10;
  const fs = T.note;
  const ibw = g.narrow ? 18 : 30;
  const lh = fs * 1.25;
  const short = (v: number) => formatFigure(significant(v), "cny-100m", locale);
  // Labels sit right of the 2010 pair, the article's figure level with its top and Taobao Mall's below it.
  const claimLines = [short(claim.value), ...wrap(copy.insetClaimLabel, g.frame.width * (g.narrow ? 0.3 : 0.24), fs)];
  const tmallLines = [short(tmall.value), copy.insetTmallLabel];
  const innerTop = pad + lh + 10;
  // 2009's value is centred over its bar: start far enough in for it.
  let cursor = pad + (b2009 ? Math.max(4, measure(short(b2009.value), fs, 600) / 2 - ibw / 2) : 4);
  type Item = { row: typeof tmall; kind: "day" | "claim"; x: number };
  const items: Item[] = [];
  if (b2009) {
    items.push({ row: b2009, kind: "day", x: cursor });
    cursor += ibw + Math.max(28, measure(short(b2009.value), fs, 600) / 2 + 12);
  }
  items.push({ row: tmall, kind: "day", x: cursor });
  items.push({ row: claim, kind: "claim", x: cursor + ibw + 2 });
  const labelX = items.at(-1)!.x + ibw + 8;
  const claimH = fs * 0.8 + (claimLines.length - 1) * lh;
  // On a phone or a slide the box must stay low to clear the bars, so Taobao Mall is labelled under its bar (in place of
  // the year, which the title gives) rather than under the article's figure.
  const under = g.frame.id !== "wide";
  const needW =
    Math.max(labelX + measureLines(claimLines, fs), under ? items.at(-2)!.x + measureLines(tmallLines, fs, 600) : labelX + measureLines(tmallLines, fs, 600)) +
    pad;
  const captionH = under ? lh * 2 + 2 : fs + 8;
  const needH = innerTop + (under ? Math.max(claimH, fs * 3) : claimH + fs + 6 + fs * 0.8 + lh + fs * 0.3) + captionH + pad / 2;

  const ix = g.left + 6;
  const iy = p.top + 2;
  // Just as large as its labels need: small enough to float over the short early bars (the tests check it
  // stays clear of every bar, in every frame and language).
  const iw = needW;
  const ih = needH;
  const innerBottom = ih - captionH - pad / 2;
  const yi = scaleLinear().domain([0, claim.value]).range([innerBottom, innerTop]);
  const children: Mark[] = [rect("inset-box", 0, 0, iw, ih, { rx: 4, className: "chart-d11-inset" })];
  const title = b2009 ? fill(copy.insetTitle, { from: b2009.year, to: tmall.year }) : fill(copy.insetTitleOne, { year: tmall.year });
  children.push(text("inset-title", pad, pad + fs * 0.9, title, fs, { className: "chart-text chart-muted" }));
  const claimBottom = innerTop + fs * 0.8 + (claimLines.length - 1) * lh;
  for (const it of items) {
    const y = yi(it.row.value!);
    const valueText = formatFigure(it.row.value!, "cny-100m", locale);
    const isClaim = it.kind === "claim";
    children.push(
      rect(`inset-${it.kind}-${it.row.year}`, it.x, y, ibw, innerBottom - y, {
        className: "chart-mark",
        tip: isClaim
          ? { ...tipFor(c, it.row, "claim", valueText, "claim"), note: it.row.note ?? copy.claimNote, confidence: "low" }
          : tipFor(c, it.row, "gmv", valueText, "gmv"),
        attrs: { "data-kind": it.kind },
      }),
    );
    if (isClaim) {
      children.push(text("inset-claim-value", labelX, y + fs * 0.8, claimLines, fs, { className: soft }));
    } else if (it.row === tmall) {
      const at = under ? { x: it.x, y: innerBottom + fs + 3 } : { x: labelX, y: Math.max(y + fs * 0.8, claimBottom + fs + 6) };
      children.push(text("inset-tmall-value", at.x, at.y, tmallLines, fs, { weight: 600, className: strong }));
    } else
      children.push(
        text(`inset-value-${it.kind}-${it.row.year}`, it.x + ibw / 2, y - 4, short(it.row.value!), fs, { anchor: "middle", weight: 600, className: strong }),
      );
  }
  const capY = innerBottom + fs + 3;
  if (b2009)
    children.push(text("inset-year-2009", items[0]!.x + ibw / 2, capY, yearText(c, b2009.year), fs, { anchor: "middle", className: "chart-text chart-muted" }));
  const pairX = (items.at(-2)!.x + items.at(-1)!.x + ibw) / 2;
  if (!under) children.push(text("inset-year-2010", pairX, capY, yearText(c, tmall.year), fs, { anchor: "middle", className: "chart-text chart-muted" }));
  children.push(line("inset-baseline", items[0]!.x - 4, innerBottom, items.at(-1)!.x + ibw + 4, innerBottom, "chart-axis"));

  // Folded: a tiny copy sitting on the 2010 bar's base.
  const fold = { x: bar2010.x + bar2010.width / 2, y: g.gmvFloor, scale: 0.02 };
  const at = open ? { x: ix, y: iy, scale: 1 } : fold;
  const leaders: Mark[] = open
    ? [
        line("inset-leader-a", ix, iy + ih, (g.x(b2009?.year ?? tmall.year) ?? 0) - 1, p.bottom, "chart-d11-leader"),
        line("inset-leader-b", Math.min(ix + iw, bar2010.x + g.bw + 40), iy + ih, bar2010.x + g.bw + 1, p.bottom, "chart-d11-leader"),
      ]
    : [];
  return {
    marks: [...leaders, group("inset", children, { ...at, attrs: { "data-inset": "", ...(open ? {} : OFF) } }), ...logLabels],
    top: open ? iy : logTop,
  };
}

/**
 * The step's callout. Steps about a column write it in the strip above the panels with a leader down to
 * what it names; the phone and peak steps write it inside their own panel, where there is empty room.
 * Each step's callout is its own mark, so changing step crossfades the words while the leader moves.
 */
export function callout(
  c: Ctx,
  plan: StepPlan,
  step: number,
  obstacles: { sales: SalesMarks; peaks: PeakMarks; mobile: RectMark[]; cloud: Mark[]; magnifierTop: number | null },
): { marks: Mark[]; top: number | null } {
  const { g, copy } = c;
  const T = g.frame.type;
  const fs = T.label;
  const lh = fs * 1.25;
  const vars = copyVars(c.input, c.locale);
  const raw = fill((g.narrow ? copy.calloutsShort : copy.callouts)[plan.callout], vars);
  const cls = plan.alarm ? "chart-text chart-d11-callout-alarm" : "chart-text chart-d11-callout";
  const key = `callout-${step}`;
  const weight = plan.alarm ? 600 : 400;
  const stripY = g.stripTop + fs * 0.85;

  if (plan.callout === "mobile" && obstacles.mobile.length) {
    // Right of the last share bar, inside the phone panel; stops before the window break if there is room.
    const last = obstacles.mobile.at(-1)!;
    const tx = last.x + g.bw + g.halfGap * 2 + 2;
    const breakX = (g.x(ELEVEN_DAY_WINDOW_FROM) ?? g.right) - g.halfGap;
    const room = g.panels.mobile.bottom - g.panels.mobile.top;
    const fits = (right: number) => wrap(raw, right - tx, fs, weight).length * lh <= room;
    const right = breakX - 8 - tx >= 90 && fits(breakX - 8) ? breakX - 8 : g.right;
    return { marks: [text(key, tx, g.panels.mobile.top + fs * 0.9, wrap(raw, right - tx, fs, weight), fs, { weight, className: cls, halo: true })], top: null };
  }
  if (plan.callout === "peaks" && obstacles.peaks.orders.length > 1) {
    // Inside the peaks panel, wherever the dots leave room: top left, else bottom right.
    const p = g.panels.orders;
    const dots: Box[] = [...obstacles.peaks.orders, ...obstacles.peaks.payments].map((d) => markBox(d, 4)!);
    const secondX = g.x(obstacles.peaks.orders[1]!.tip!.year!) ?? g.right;
    const topLeftTo = (limit: number) =>
      text(key, g.left + 6, p.top + fs * 0.9, wrap(raw, limit - 8 - g.left - 6, fs, weight), fs, { weight, className: cls, halo: true });
    const topLeft = topLeftTo(secondX);
    // Top left in as few lines as the dots allow: as wide as up to each dot in turn, widest first.
    const limits = [...new Set(dots.map((d) => d.x0 + 4))].filter((x) => x - 8 - g.left - 6 >= fs * 8).sort((a, b) => b - a);
    const brLines = wrap(raw, Math.min(g.narrow ? 220 : 400, g.right - g.left - 40), fs, weight);
    const bottomRight = text(key, g.right - 2, p.bottom - 6 - (brLines.length - 1) * lh, brLines, fs, { anchor: "end", weight, className: cls, halo: true });
    const bounds = { x0: 0, y0: p.top - 4, x1: g.width, y1: p.bottom };
    const inside = firstFit([...limits.map(topLeftTo), topLeft, bottomRight], dots, bounds);
    // Where the dots leave no room (a short panel on the log scale), the words go to the strip above.
    if (inside) return { marks: [inside], top: null };
  }

  // In the strip above the panels, pointing at the step's most telling mark.
  let target: { x: number; y: number } | null = null;
  if (plan.magnify2010) {
    const b = obstacles.sales.bars.find((m) => m.tip?.year === 2010);
    const claimTop = obstacles.sales.claim?.y ?? g.panels.gmv.bottom;
    target = { x: g.cx(2010), y: obstacles.magnifierTop ?? Math.min(claimTop, b?.y ?? g.panels.gmv.bottom) - 3 };
  }
  if (plan.cloudShares) {
    const meters = obstacles.cloud.filter((m) => m.type === "group") as Extract<Mark, { type: "group" }>[];
    const last = meters.at(-1);
    if (last) {
      const frame = last.children[0] as RectMark;
      target = { x: (last.x ?? 0) + frame.width / 2, y: Math.min(...meters.map((m) => m.y ?? 0)) - 2 };
    }
  }
  const maxW = g.narrow ? g.right - 4 : g.frame.id === "slide" ? g.right - g.left : Math.min(520, g.right - g.left);
  // Balanced: a callout that just overflows one line takes two of even length, never a second line of one
  // word or one character.
  const lines = balance(raw, maxW, fs, weight);
  const w = measureLines(lines, fs, weight);
  let anchor: "start" | "end" = "start";
  let tx: number;
  const breakX = (g.x(ELEVEN_DAY_WINDOW_FROM) ?? g.right) - g.halfGap;
  if (plan.callout === "windowChange" && breakX - 8 - w >= 4) {
    // To the left of the break it explains, which rises to meet it.
    anchor = "end";
    tx = breakX - 8;
  } else if (g.narrow) tx = 4;
  else if (target && target.x + 6 + w <= g.right) tx = target.x + 6;
  else if (target) {
    anchor = "end";
    tx = Math.max(target.x - 6, w + 4);
  } else tx = g.left;
  const textBottom = g.stripTop + lines.length * lh;
  const marks: Mark[] = [text(key, tx, stripY, lines, fs, { anchor, weight, className: cls })];
  if (target && target.y > textBottom + 4) {
    marks.push(
      line("callout-leader", target.x, g.narrow ? textBottom + 1 : g.stripTop, target.x, target.y, plan.alarm ? "chart-d11-leader-alarm" : "chart-d11-leader"),
    );
  }
  return { marks, top: plan.callout === "windowChange" ? g.stripTop : null };
}

/** The faint label at the end of the Alipay line. */
export function paymentsLabel(c: Ctx, peaks: PeakMarks): TextMark | null {
  const last = peaks.payments.at(-1);
  if (!last) return null;
  const fs = c.g.frame.type.note;
  // Beside the last point, moved left where the frame ends first (the deck's pocket frame).
  const x = Math.min(last.cx + 6, c.g.width - 2 - measure(c.copy.payments, fs));
  return text("payments-label", x, last.cy + fs + (c.g.scale === "log" ? 1 : 3), c.copy.payments, fs, { className: "chart-text chart-muted", halo: true });
}
