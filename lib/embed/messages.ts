// The height messages an embed posts to its host page, in every format CMSs already listen for: our own
// (public/embed.js), AMP's amp-iframe, Embedly/Medium, and NPR's pym.js v1. Pure, so the formats are
// unit-tested exactly as they go over the wire.

export const RESIZE_TYPE = "cloud-expedition:resize";

export type ResizeMessage = string | Record<string, unknown>;

export function resizeMessages(opts: { chart: string; height: number; href: string; childId?: string }): ResizeMessage[] {
  const height = Math.ceil(opts.height);
  const out: ResizeMessage[] = [
    { type: RESIZE_TYPE, chart: opts.chart, height },
    { sentinel: "amp", type: "embed-size", height },
    JSON.stringify({ src: opts.href, context: "iframe.resize", height }),
  ];
  if (opts.childId) out.push(`pymxPYMx${opts.childId}xPYMxheightxPYMx${height}`);
  return out;
}
