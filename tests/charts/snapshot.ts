// Deterministic SVG snapshots in the Observable Plot style: numbers rounded to 2 decimals, generated ids
// renumbered, one element per line. On a mismatch the new SVG is written beside the golden file as
// *-changed.svg, so the diff can be opened and read; delete the golden file to accept a change.
import fs from "node:fs";
import path from "node:path";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect } from "vitest";

export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/\b(id|aria-labelledby|aria-describedby)="([^"]+)"/g, (_, attr: string, value: string) => {
      const renamed = value
        .split(" ")
        .map((v) => {
          if (!ids.has(v)) ids.set(v, `id-${ids.size + 1}`);
          return ids.get(v)!;
        })
        .join(" ");
      return `${attr}="${renamed}"`;
    })
    .replace(/></g, ">\n<");
}

export function expectSvgSnapshot(element: ReactElement | string, file: string) {
  const actual = `${normalizeSvg(typeof element === "string" ? element : renderToStaticMarkup(element))}\n`;
  const changed = file.replace(/\.svg$/, "-changed.svg");
  if (!fs.existsSync(file)) {
    // A missing golden file is written on a developer's machine, but in CI it is a failure: a snapshot
    // test that writes its own expectation there could never fail.
    if (process.env.CI) expect.fail(`missing snapshot ${path.relative(process.cwd(), file)}: run the tests locally and commit it`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  const expected = fs.readFileSync(file, "utf8");
  if (actual === expected) {
    if (fs.existsSync(changed)) fs.unlinkSync(changed);
    return;
  }
  fs.writeFileSync(changed, actual);
  expect(actual, `SVG differs from ${path.relative(process.cwd(), file)}; see ${path.basename(changed)}`).toBe(expected);
}
