// The brush strip, a control the island draws under the plot: the whole domain in miniature (a tick per
// event, a row per theme), the window of years shown with a handle at each end, and those years as a
// readout under the handles. In the wide frame it sits exactly under the time axis (same x0 and x1), so
// the window lines up with what the axis shows at the full range. It is not part of the chart's picture:
// the page without JavaScript, the slide and the downloads never show it. Pure.
import { isPhone, type Frame } from "@/lib/charts/frames";
import { r1, rect, text, type Mark, type Scene } from "@/lib/charts/scene";
import { measure } from "@/lib/charts/text";
import { yearScale } from "@/components/charts/timeline/model";
import { laneGeometry } from "@/components/charts/timeline/geometry";
import { off, placed, THEMES, type TimelineInput, type TimelineView } from "@/components/charts/timeline/input";

export type BrushGeometry = { x0: number; x1: number; top: number; height: number; handleW: number };

export function brushGeometry(input: TimelineInput, frame: Frame): BrushGeometry {
  const g = isPhone(frame) ? null : laneGeometry(input, frame, input.domain);
  const handleW = Math.max(6, frame.dot * 1.4);
  const pad = frame.type.tick * 0.5 + handleW;
  return { x0: g?.x0 ?? pad, x1: g?.x1 ?? frame.width - pad, top: 5, height: THEMES.length * Math.round(frame.type.tick * 0.34) + 6, handleW };
}

export function layoutBrush(input: TimelineInput, frame: Frame, view: TimelineView): Scene {
  const b = brushGeometry(input, frame);
  const { domain } = input;
  const { range } = view;
  const xd = yearScale(domain, b.x0, b.x1);
  const rowH = (b.height - 6) / THEMES.length;
  const size = frame.type.tick;
  const marks: Mark[] = [rect("strip", b.x0, b.top, b.x1 - b.x0, b.height, { rx: 2, className: "chart-timeline-strip" })];
  // A row per theme, a tick per event: one path per row.
  const events = placed(input).filter((e) => !e.early);
  THEMES.forEach((theme, i) => {
    const y = r1(b.top + 3 + i * rowH);
    const d = events
      .filter((e) => e.theme === theme)
      .map((e) => `M${r1(xd(e.p.at) - 0.75)} ${y}h1.5v${r1(rowH - 1)}h-1.5Z`)
      .join("");
    marks.push({
      type: "path",
      key: `ticks-${theme}`,
      d: d || `M${b.x0} ${y}`,
      className: `chart-timeline-tickmark chart-timeline-${theme}`,
      attrs: off(!view.hidden.includes(theme)),
    });
  });
  const xs = xd(range.from);
  const xe = xd(range.to + 1);
  const hh = b.height + 8;
  marks.push(
    rect("veil-start", b.x0, b.top, xs - b.x0, b.height, { className: "chart-timeline-veil" }),
    rect("veil-end", xe, b.top, b.x1 - xe, b.height, { className: "chart-timeline-veil" }),
    rect("window", xs, b.top - 1, xe - xs, b.height + 2, { rx: 2, className: "chart-timeline-window" }),
    rect("handle-start", xs - b.handleW / 2, b.top - 4, b.handleW, hh, { rx: 2, className: "chart-timeline-handle", attrs: { "data-handle": "start" } }),
    rect("handle-end", xe - b.handleW / 2, b.top - 4, b.handleW, hh, { rx: 2, className: "chart-timeline-handle", attrs: { "data-handle": "end" } }),
  );
  // The years shown, under the handles; pushed apart (or one label for one year) when the window is narrow.
  const y = b.top + hh + size * 0.85;
  const a = String(range.from);
  const z = String(range.to);
  const wa = measure(a, size, 600);
  const wz = measure(z, size, 600);
  const gap = size * 0.5;
  let ax = xs;
  let zx = xe - wz;
  const one = range.from === range.to;
  if (one) ax = (xs + xe) / 2 - wa / 2;
  else if (ax + wa + gap > zx) {
    const mid = (xs + xe) / 2;
    ax = mid - gap / 2 - wa;
    zx = mid + gap / 2;
  }
  const fit = (x: number, w: number) => Math.max(0, Math.min(frame.width - w, x));
  marks.push(
    text("from", fit(ax, wa), y, a, size, { weight: 600, className: "chart-text chart-timeline-readout" }),
    text("to", fit(zx, wz), y, z, size, { weight: 600, className: "chart-text chart-timeline-readout", attrs: off(!one) }),
  );
  return { width: frame.width, height: Math.ceil(y + size * 0.35), title: "", desc: "", marks };
}
