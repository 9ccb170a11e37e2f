// How many steps a chart has, from its copy file (content/charts/<id>.json lists one caption per step, so
// chapters, slides and embeds agree). An embed's `?step=n` is valid for 0 ≤ n < chartSteps(id).
import fs from "node:fs";
import path from "node:path";

export function chartSteps(chart: string, root = path.join(process.cwd(), "content", "charts")): number {
  if (!/^[a-z0-9-]+$/.test(chart)) return 0;
  const copy = JSON.parse(fs.readFileSync(path.join(root, `${chart}.json`), "utf8")) as { en?: { steps?: unknown } };
  return Array.isArray(copy.en?.steps) ? copy.en.steps.length : 0;
}
