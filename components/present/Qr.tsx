// A QR code drawn at build time as inline SVG (npm qrcode), so students can open the chapter on a phone
// without the page making any request. Always dark modules on white: scanners read that in any theme.
// The URL comes from absoluteUrl() at build, never from the reader's address bar.
import QRCode from "qrcode";

export async function Qr({ url, label, className }: { url: string; label: string; className?: string }) {
  const svg = await QRCode.toString(url, { type: "svg", margin: 2, errorCorrectionLevel: "M", color: { dark: "#000000", light: "#ffffff" } });
  return <div role="img" aria-label={label} className={`deck-qr ${className ?? ""}`} data-qr-url={url} dangerouslySetInnerHTML={{ __html: svg }} />;
}
