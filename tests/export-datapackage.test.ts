// /data/: every dataset of the registry as CSV and a Frictionless datapackage.json that validates against the
// Data Package and Tabular Data Package profiles (JSON Schema, vendored in tests/fixtures/frictionless/),
// whose every resource path the /data/ route writes, and whose every CSV matches its declared schema.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { autoType, csvParse } from "d3-dsv";
import { registry } from "@/lib/data/registry";
import { dataPackage, datasetCsv, DATA_DIR } from "@/lib/export/datapackage";
import { GET, generateStaticParams } from "@/app/data/[file]/route";

const profile = (name: string) => JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "fixtures", "frictionless", name), "utf8"));

function validator(name: string) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat("textarea", true); // an editor hint in the profiles, not a constraint
  return ajv.compile(profile(name));
}

const get = (file: string) => GET(new Request(`http://localhost${DATA_DIR}${file}`), { params: Promise.resolve({ file }) });

describe("/data/datapackage.json", { timeout: 60_000 }, () => {
  const descriptor = JSON.parse(JSON.stringify(dataPackage()));

  for (const name of ["data-package.json", "tabular-data-package.json"]) {
    it(`validates against the Frictionless ${name.replace(".json", "")} profile`, () => {
      const validate = validator(name);
      const ok = validate(descriptor);
      expect(validate.errors ?? [], "schema errors").toEqual([]);
      expect(ok).toBe(true);
    });
  }

  it("the validation has teeth: a broken descriptor fails", () => {
    const validate = validator("tabular-data-package.json");
    const broken = JSON.parse(JSON.stringify(descriptor));
    broken.resources[0].schema.fields[0].type = "money";
    broken.licenses[0].name = "CC BY 4.0";
    expect(validate(broken)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toContain("/licenses/0/name");
    expect(paths.some((p) => p.startsWith("/resources/0/schema/fields/0"))).toBe(true);
    expect(validate({ ...descriptor, resources: [] })).toBe(false);
  });

  it("lists every dataset of the registry, with a licence, sources, and fields typed with units", () => {
    expect(descriptor.resources.map((r: { name: string }) => r.name).sort()).toEqual([...registry().datasets.keys()].sort());
    expect(descriptor.licenses[0].name).toBe("CC-BY-4.0");
    expect(descriptor.sources.length).toBeGreaterThan(10);
    for (const r of descriptor.resources) {
      const numbers = r.schema.fields.filter((f: { type: string }) => f.type === "number");
      expect(numbers.length, `${r.name}: a number field`).toBeGreaterThan(0);
      for (const f of numbers) expect(f.unit, `${r.name}.${f.name}: unit`).toBeTruthy();
      for (const f of r.schema.fields) expect(f.titles["zh-hant"], `${r.name}.${f.name}: Traditional title`).toMatch(/\S/);
      expect(r.sources.length, `${r.name}: sources`).toBeGreaterThan(0);
    }
  });

  it("has a file for every resource path: the /data/ route writes it, and it matches the schema", async () => {
    const written = new Set(generateStaticParams().map((p) => p.file));
    expect(written.has("datapackage.json")).toBe(true);
    let numbers = 0;
    for (const r of descriptor.resources) {
      expect(r.path).not.toMatch(/^\/|\.\./);
      expect(written.has(r.path), `${r.path} is written at build`).toBe(true);
      const res = await get(r.path);
      expect(res.status).toBe(200);
      const text = new TextDecoder().decode(await res.arrayBuffer());
      expect(text).toBe(datasetCsv(r.name).slice(1)); // the BOM is dropped by the decoder, as in a browser
      const rows = csvParse(text, autoType) as unknown as Record<string, unknown>[] & { columns: string[] };
      expect(rows.columns).toEqual(r.schema.fields.map((f: { name: string }) => f.name));
      expect(rows.length).toBe(registry().datasets.get(r.name)!.rows.length);
      for (const f of r.schema.fields) {
        const values = rows.map((row) => row[f.name]).filter((v) => v !== null);
        if (f.type === "number" || f.type === "year") {
          expect(
            values.filter((v) => typeof v !== "number" || !Number.isFinite(v)),
            `${r.name}.${f.name}`,
          ).toEqual([]);
          numbers += values.length;
        } else
          expect(
            values.filter((v) => typeof v === "number"),
            `${r.name}.${f.name}: words that read as numbers`,
          ).toEqual([]);
        if (f.constraints?.enum) for (const v of values) expect(f.constraints.enum).toContain(v);
      }
    }
    console.log(`/data/: ${descriptor.resources.length} resources, ${numbers} numbers, every one finite`);
    expect((await get("nope.csv")).status).toBe(404);
  });
});
