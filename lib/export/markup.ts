// Static markup for the export routes. Next bundles route handlers for the React Server Components
// environment, where `react-dom/server` deliberately throws; but a chart's views are plain SVG once
// chart-parts.ts has resolved them, so the ordinary Node build of react-dom/server can print them. It is
// loaded with Node's own require at run time (not bundled), which is what the build runs anyway.
import { createRequire } from "node:module";
import path from "node:path";
import type { ReactNode } from "react";

type Server = { renderToStaticMarkup: (node: ReactNode) => string };

let server: Server | null = null;

export function renderMarkup(node: ReactNode): string {
  if (!server) {
    const require = createRequire(path.join(process.cwd(), "package.json"));
    const id = ["react-dom", "server"].join("/");
    server = require(id) as Server;
  }
  return server.renderToStaticMarkup(node);
}
