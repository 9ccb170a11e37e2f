// Draws a chart's SVG tree (lib/charts/tree.ts) on the server. The markup is one string, so a chart's
// hundreds of elements cost the page their bytes once, not again as React elements in the page's payload.
import type { SvgNode } from "@/lib/charts/tree";
import type { CSSProperties } from "react";
import { innerMarkup, PLOT_HEIGHT_VAR } from "@/lib/charts/tree";

/** React's names for the few root attributes that differ from SVG's. */
const REACT_NAMES: Record<string, string> = { class: "className" };

export function Plot({ tree }: { tree: SvgNode }) {
  const props: Record<string, string> = {};
  for (const [k, v] of Object.entries(tree.attrs)) props[REACT_NAMES[k] ?? k] = v;
  const style = { [PLOT_HEIGHT_VAR]: `${tree.attrs.height}px` } as CSSProperties;
  return <svg {...props} style={style} dangerouslySetInnerHTML={{ __html: innerMarkup(tree) }} />;
}
