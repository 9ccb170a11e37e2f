// Takes a chart apart for export, without forking it: it calls the chart's own server component from the
// registry, finds the ChartFigure it returns (whose props are the chart's contract: title, subtitle,
// sources, notes, the table of exactly the data shown, and the views), and resolves the views to plain
// SVG elements. Client islands (tooltips, explorers) are dropped, keeping any server-rendered children
// they wrap, so the result is the static picture a reader without JavaScript sees.
import { isValidElement, type ReactElement, type ReactNode } from "react";
import { charts, type ChartId } from "@/components/charts/registry";
import { ChartFigure, type ChartFigureProps } from "@/components/charts/shared/ChartFigure";
import { Still } from "@/components/charts/shared/Still";
import type { Locale } from "@/lib/i18n";
import { createElement } from "react";
import { definitionOf } from "@/components/charts/definitions";
import type { ChartDefinition } from "@/lib/charts/spec";
import { placement } from "@/lib/charts/figure";
import { withoutOff } from "@/lib/charts/tree";
import { Plot } from "@/components/charts/shared/Plot";

const CLIENT_REFERENCE = Symbol.for("react.client.reference");

type AnyProps = Record<string, unknown> & { children?: ReactNode };
type Component = (props: AnyProps) => ReactNode | Promise<ReactNode>;

/** True for a "use client" component as the server bundle sees it (a reference, not the code). */
const isClientReference = (type: unknown) => typeof type === "function" && (type as { $$typeof?: symbol }).$$typeof === CLIENT_REFERENCE;

/**
 * Resolves server components to host elements. A client island becomes its server-rendered children (or
 * nothing). In Next's server bundle an island is a client reference; elsewhere (unit tests) it is a plain
 * function that uses hooks or loads lazily, so calling it outside React throws, and it is treated the same
 * way. Both environments therefore export the same picture.
 */
export async function resolveServerTree(node: ReactNode): Promise<ReactNode> {
  if (Array.isArray(node)) return Promise.all(node.map(resolveServerTree));
  if (!isValidElement(node)) return node;
  const element = node as ReactElement<AnyProps>;
  const { type, props } = element;
  const island = () => resolveServerTree(props.children ?? null);
  if (type === Still) return resolveServerTree(props.view as ReactNode);
  if (isClientReference(type)) return island();
  if (typeof type === "function") {
    let rendered: ReactNode;
    try {
      rendered = await (type as Component)(props);
    } catch {
      return island();
    }
    return resolveServerTree(rendered);
  }
  if (typeof type === "object" && type !== null) return island(); // memo, forwardRef, lazy: client-side wrappers
  if (props.children === undefined) return element;
  return { ...element, props: { ...props, children: await resolveServerTree(props.children) } } as ReactElement;
}

/** The first ChartFigure element in a tree of server components (calling wrappers until one appears). */
async function findFigure(node: ReactNode): Promise<ReactElement<ChartFigureProps> | null> {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = await findFigure(child);
      if (found) return found;
    }
    return null;
  }
  if (!isValidElement(node)) return null;
  const element = node as ReactElement<AnyProps>;
  if (element.type === ChartFigure) return element as unknown as ReactElement<ChartFigureProps>;
  if (typeof element.type === "function" && !isClientReference(element.type)) {
    try {
      return findFigure(await (element.type as Component)(element.props));
    } catch {
      return null;
    }
  }
  return findFigure(element.props.children ?? null);
}

/** Plain text of a table cell (cells may hold links). */
export function textOf(node: ReactNode): string {
  if (node == null || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement(node)) return textOf((node.props as AnyProps).children);
  return "";
}

export type ChartParts = Omit<ChartFigureProps, "children" | "table"> & {
  table: { caption: string; columns: ChartFigureProps["table"]["columns"]; rows: Record<string, string>[] };
  /** The views, resolved to host elements (render with react-dom/server). */
  plot: ReactNode;
};

const cache = new Map<string, Promise<ChartParts>>();

/** The parts of a chart in its default (complete) state, or at a step; computed once per build process. */
export function chartParts(id: ChartId, locale: Locale, step?: number): Promise<ChartParts> {
  const key = `${locale}/${id}/${step ?? ""}`;
  if (!cache.has(key)) cache.set(key, takeApart(id, locale, step));
  return cache.get(key)!;
}

/** A chart on the kernel: its spec is already plain data (the wide frame, in the state asked for). */
function fromSpec(def: ChartDefinition, locale: Locale, step?: number): ChartParts {
  const p = placement(def, { locale, uid: `export-${def.id}`, steps: step === undefined ? undefined : [step], frames: ["wide"] });
  const defaults = Object.fromEntries((def.variants ?? []).map((v) => [v.name, v.default]));
  return {
    id: def.id,
    uid: `export-${def.id}`,
    locale,
    step,
    title: p.spec.title,
    subtitle: p.spec.subtitle,
    plotLabel: p.spec.plotLabel,
    sources: p.sources,
    notes: p.notes,
    controls: p.spec.controls?.map((c) => ({ ...c, value: defaults[c.name] ?? c.options[0]!.value })),
    table: p.table,
    plot: createElement(Plot, { tree: withoutOff(p.plots[0]!.tree) }),
  };
}

async function takeApart(id: ChartId, locale: Locale, step?: number): Promise<ChartParts> {
  const def = definitionOf(id);
  if (def) return fromSpec(def, locale, step);
  const Chart = charts[id] as unknown as Component;
  const figure = await findFigure(await Chart({ locale, step, uid: `export-${id}` }));
  if (!figure) throw new Error(`Chart "${id}" did not render a ChartFigure`);
  const { children, table, ...rest } = figure.props;
  return {
    ...rest,
    table: {
      caption: table.caption,
      columns: table.columns,
      rows: table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.key, textOf(row[c.key]).trim()]))),
    },
    plot: await resolveServerTree(children),
  };
}
