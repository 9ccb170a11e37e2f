// The app icon for home screens and installed decks, as PNGs drawn from app/icon.svg at build. "any" icons
// keep the rounded tile; the maskable one fills the square and shrinks the drawing into the safe zone, so
// Android's mask never clips the cloud.
import fs from "node:fs";
import path from "node:path";

export const iconFiles = {
  "icon-192.png": { size: 192, maskable: false },
  "icon-512.png": { size: 512, maskable: false },
  "maskable-512.png": { size: 512, maskable: true },
} as const;
export type IconFile = keyof typeof iconFiles;
export const isIconFile = (f: string): f is IconFile => Object.hasOwn(iconFiles, f);

export function iconSvg(maskable: boolean): string {
  const svg = fs.readFileSync(path.join(process.cwd(), "app", "icon.svg"), "utf8");
  if (!maskable) return svg;
  const tile = /<rect[^>]*fill="([^"]+)"[^>]*\/>/.exec(svg);
  const inner = svg
    .replace(/^<svg[^>]*>/, "")
    .replace(/<\/svg>\s*$/, "")
    .replace(tile?.[0] ?? "", "");
  // The safe zone is the central 80%: scale the drawing to 70% around the centre.
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${tile?.[1] ?? "#0e1520"}"/><g transform="translate(9.6 9.6) scale(0.7)">${inner}</g></svg>`;
}
