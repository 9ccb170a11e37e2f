// Follow along on a phone: QR codes drawn in the browser from the address the deck is actually served
// from (a build never knows the classroom's host), pointing at the part of the chapter the slide comes
// from. The encoder (npm qrcode) loads only when a code is first needed, so it costs the deck nothing until then.

/** The absolute address of a site path (already carrying the base path) on the origin serving this page. */
export const servedUrl = (path: string): string => new URL(path, window.location.origin).href;

let encoder: Promise<typeof import("qrcode")> | null = null;

/** SVG markup of a QR code: dark modules on white, which scanners read in any theme. */
export async function qrSvg(url: string): Promise<string> {
  encoder ??= import("qrcode").then((m) => ((m as { default?: typeof import("qrcode") }).default ?? m) as typeof import("qrcode"));
  const QRCode = await encoder;
  return QRCode.toString(url, { type: "svg", margin: 2, errorCorrectionLevel: "M", color: { dark: "#000000", light: "#ffffff" } });
}

/** Redraws a follow-along block (a .deck-follow with data-follow-path) for this origin. */
export async function drawFollow(block: HTMLElement, path: string, label: (url: string) => string): Promise<void> {
  const url = servedUrl(path);
  if (block.dataset.followUrl === url) return;
  block.dataset.followUrl = url;
  const qr = block.querySelector<HTMLElement>(".deck-qr");
  const link = block.querySelector<HTMLAnchorElement>(".deck-url");
  if (link) {
    link.href = url;
    link.textContent = url.replace(/^https?:\/\//, "");
  }
  if (!qr) return;
  const svg = await qrSvg(url);
  if (block.dataset.followUrl !== url) return; // a newer address won the race
  qr.innerHTML = svg;
  qr.setAttribute("aria-label", label(url));
  qr.dataset.qrUrl = url;
}
