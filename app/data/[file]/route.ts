// `/data/`: every dataset of the registry as CSV, and the Frictionless `datapackage.json` that describes them
// (lib/export/datapackage.ts), written at build beside the site.
import { registry } from "@/lib/data/registry";
import { dataPackage, datasetCsv, datasetCsvPath, DATA_DIR } from "@/lib/export/datapackage";

export const dynamic = "force-static";
export const dynamicParams = false;

const csvFiles = () => [...registry().datasets.keys()].map((id) => ({ id, file: datasetCsvPath(id).slice(DATA_DIR.length) }));

export function generateStaticParams() {
  return [{ file: "datapackage.json" }, ...csvFiles().map(({ file }) => ({ file }))];
}

export async function GET(_: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file === "datapackage.json")
    return new Response(`${JSON.stringify(dataPackage(), null, 2)}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
  const csv = csvFiles().find((c) => c.file === decodeURIComponent(file));
  if (!csv) return new Response("Not found", { status: 404 });
  return new Response(datasetCsv(csv.id), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
}
