// Splits a chapter's MDX into slides for the classroom deck, without copying a word of it: every slide
// part is a slice of the chapter's own source, compiled later with the deck's component map.
//
// The rules (docs/ARCHITECTURE.md, "Classroom deck"):
// - Each `##` section opens a slide with its heading and a lede: the section's first paragraph.
// - Each `<Chart>` and `<Scrolly>` becomes its own full-stage slide; a scrolly's `<Step>`s become its
//   fragments, and each step's text is that fragment's caption.
// - Everything else (the rest of the prose, corrections) and every `<Notes>` go to the speaker notes of
//   the slide they follow in the source. Prose before the first heading goes to the title slide's notes.
// - A section that holds an explicit `<Slide>` is laid out by hand: each `<Slide>`'s content is a slide
//   (its `title` attribute, or the section heading, is the title); charts outside it still get their own
//   slide, and the rest of the section goes to the notes as above.
// - A paragraph directly before a `<Scrolly>` is its lead-in, written for a reader who scrolls ("Scroll on
//   to watch…"): it goes to the notes, never onto a slide. A section whose slide would then show only its
//   heading right before its chart gets no slide of its own: the chart slide opens the section.
// - Every slide remembers which `##` section it comes from (0-based), so the deck can point a phone at it.
import { createProcessor } from "@mdx-js/mdx";

/** MDX source slices for what a teacher reads: their own `<Notes>` (cues) and the rest of the prose (script). */
export type SlideNotes = { cues: string[]; script: string[] };

export type SourceSlide = { section?: number } & (
  | { kind: "section"; title: string; lede: string | null; notes: SlideNotes }
  | { kind: "slide"; title: string; body: string; notes: SlideNotes }
  | { kind: "chart"; title: string; chart: string; step: number | null; steps: string[]; notes: SlideNotes }
);

export type SplitChapter = { intro: SlideNotes; slides: SourceSlide[] };

// The few mdast node shapes the splitter reads (remark-mdx's output), typed locally.
type Point = { offset?: number };
type Attribute = { type: string; name?: string; value?: string | { value: string } | null };
type Node = {
  type: string;
  name?: string | null;
  depth?: number;
  value?: string;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: Point; end: Point };
};

const emptyNotes = (): SlideNotes => ({ cues: [], script: [] });

const slice = (source: string, nodes: Node[]): string => {
  if (!nodes.length) return "";
  const start = nodes[0]!.position?.start.offset ?? 0;
  const end = nodes[nodes.length - 1]!.position?.end.offset ?? source.length;
  return source.slice(start, end).trim();
};

/** The text of a heading, without markdown punctuation. */
const textOf = (node: Node): string => (node.type === "text" || node.type === "inlineCode" ? (node.value ?? "") : (node.children ?? []).map(textOf).join(""));

const isJsx = (node: Node, name: string) => (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === name;

function attribute(node: Node, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === "mdxJsxAttribute" && x.name === name);
  if (!a || a.value == null) return undefined;
  return typeof a.value === "string" ? a.value : a.value.value;
}

function stepAttribute(node: Node): number | null {
  const raw = attribute(node, "step");
  if (raw === undefined) return null;
  const n = Number(raw.trim());
  if (!Number.isInteger(n) || n < 0) throw new Error(`<Chart id="${attribute(node, "id")}" step={${raw}}/>: step must be a whole number ≥ 0`);
  return n;
}

/** Chart slides from a `<Chart>` or `<Scrolly>` node, or null when the node is neither. */
function chartSlide(node: Node, source: string, title: string): SourceSlide | null {
  if (isJsx(node, "Chart")) {
    const id = attribute(node, "id");
    if (!id) throw new Error("<Chart> without an id");
    return { kind: "chart", title, chart: id, step: stepAttribute(node), steps: [], notes: emptyNotes() };
  }
  if (isJsx(node, "Scrolly")) {
    const id = attribute(node, "chart");
    if (!id) throw new Error("<Scrolly> without a chart");
    const steps = (node.children ?? []).filter((c) => isJsx(c, "Step")).map((s) => slice(source, s.children ?? []));
    return { kind: "chart", title, chart: id, step: null, steps, notes: emptyNotes() };
  }
  return null;
}

/** Top-level nodes grouped by `##` heading; nodes before the first heading have no title. */
function sections(tree: Node): { title: string | null; nodes: Node[] }[] {
  const out: { title: string | null; nodes: Node[] }[] = [{ title: null, nodes: [] }];
  for (const node of tree.children ?? []) {
    if (node.type === "heading" && node.depth === 2) out.push({ title: textOf(node).trim(), nodes: [] });
    else out[out.length - 1]!.nodes.push(node);
  }
  return out.filter((s, i) => i > 0 || s.nodes.length > 0);
}

// Nodes that carry nothing for a deck: ESM, event anchors (the reading view's timeline targets), rules.
const skipped = (node: Node) => node.type === "mdxjsEsm" || node.type === "thematicBreak" || isJsx(node, "Event");

export function splitChapter(body: string): SplitChapter {
  const tree = createProcessor().parse(body) as unknown as Node;
  const intro = emptyNotes();
  const slides: SourceSlide[] = [];

  let sectionIndex = -1;
  for (const section of sections(tree)) {
    if (section.title !== null) sectionIndex++;
    const explicit = section.nodes.some((n) => isJsx(n, "Slide"));
    const title = section.title ?? "";
    // Notes collect on the slide they follow; before any slide, on the title slide (intro) or, in a
    // section laid out by hand, on its first slide.
    let current: SlideNotes = intro;
    const pending: SlideNotes = emptyNotes();
    let opened = false;
    const open = (slide: SourceSlide) => {
      if (section.title !== null) slide.section = sectionIndex;
      slides.push(slide);
      if (!opened && explicit) {
        slide.notes.cues.unshift(...pending.cues);
        slide.notes.script.unshift(...pending.script);
      }
      opened = true;
      current = slide.notes;
    };
    const target = () => (explicit && !opened ? pending : current);

    if (section.title !== null && !explicit) {
      const shown = section.nodes.filter((n) => !skipped(n));
      const isLeadIn = (n: Node) => n.type === "paragraph" && isJsx(shown[shown.indexOf(n) + 1] ?? { type: "" }, "Scrolly");
      const first = section.nodes.findIndex((n) => n.type === "paragraph" && !isLeadIn(n));
      const beforeChart = section.nodes.findIndex((n) => isJsx(n, "Chart") || isJsx(n, "Scrolly"));
      const ledeAt = first >= 0 && (beforeChart < 0 || first < beforeChart) ? first : -1;
      // Nothing for the section's own slide to show before its chart but a lead-in (or nothing at all):
      // the chart slide opens the section, and the lead-in goes to its notes.
      const leadsStraightIntoChart =
        ledeAt < 0 && beforeChart >= 0 && shown.slice(0, shown.indexOf(section.nodes[beforeChart]!)).every((n) => isLeadIn(n) || isJsx(n, "Notes"));
      if (leadsStraightIntoChart) {
        const pendingNotes = emptyNotes();
        current = pendingNotes;
        const chartAt = beforeChart;
        for (const node of section.nodes.slice(0, chartAt)) {
          if (skipped(node)) continue;
          if (isJsx(node, "Notes")) pendingNotes.cues.push(slice(body, node.children ?? []));
          else pendingNotes.script.push(slice(body, [node]));
        }
        const chart = chartSlide(section.nodes[chartAt]!, body, title)!;
        chart.notes.cues.push(...pendingNotes.cues);
        chart.notes.script.push(...pendingNotes.script);
        open(chart);
        section.nodes = section.nodes.slice(chartAt + 1);
      } else {
        open({ kind: "section", title, lede: ledeAt >= 0 ? slice(body, [section.nodes[ledeAt]!]) : null, notes: emptyNotes() });
        section.nodes = section.nodes.filter((_, i) => i !== ledeAt);
      }
    }

    for (const node of section.nodes) {
      if (skipped(node)) continue;
      const chart = chartSlide(node, body, title);
      if (chart) {
        open(chart);
      } else if (isJsx(node, "Notes")) {
        target().cues.push(slice(body, node.children ?? []));
      } else if (isJsx(node, "Slide")) {
        const parts = (node.children ?? []).filter((c) => !skipped(c));
        const notes = emptyNotes();
        notes.cues.push(...parts.filter((c) => isJsx(c, "Notes")).map((c) => slice(body, c.children ?? [])));
        const shown = parts.filter((c) => !isJsx(c, "Notes"));
        open({ kind: "slide", title: attribute(node, "title") ?? title, body: shown.map((c) => slice(body, [c])).join("\n\n"), notes });
      } else {
        const text = slice(body, [node]);
        if (text) target().script.push(text);
      }
    }
  }
  return { intro, slides };
}
