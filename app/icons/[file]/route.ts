// PNG app icons for the web manifest (192 and 512 px, and a maskable 512), rendered from app/icon.svg with resvg at build
// (the icon has no text, so no font is loaded, system or bundled).
import { Resvg } from "@resvg/resvg-js";
import { iconFiles, iconSvg, isIconFile } from "@/lib/offline/icons";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => Object.keys(iconFiles).map((file) => ({ file }));

export async function GET(_: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!isIconFile(file)) return new Response("Not found", { status: 404 });
  const { size, maskable } = iconFiles[file];
  const png = new Resvg(iconSvg(maskable), { fitTo: { mode: "width", value: size }, font: { loadSystemFonts: false } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
}
