// Drawing on the slide: a pen and a highlighter, on one canvas laid over the current slide. Points are
// kept as fractions of the slide's box, so the speaker view's smaller slide and the audience's full-screen
// one show the same marks in the same places; each stroke travels to the other window point by point.
// Ink belongs to one slide: the deck clears it when the slide changes (a chart's steps keep it).
export type InkTool = "pen" | "highlighter";
export type InkPoint = [number, number];
export type Stroke = { id: string; tool: InkTool; points: InkPoint[] };

export type Ink = {
  readonly tool: InkTool | null;
  set: (tool: InkTool | null) => void;
  /** Points of a stroke drawn in the other window. */
  remote: (id: string, tool: InkTool, points: InkPoint[]) => void;
  clear: () => void;
  /** Moves the canvas onto the slide now shown (and redraws what it holds). */
  attach: (stage: HTMLElement | null) => void;
  readonly strokes: number;
  destroy: () => void;
};

const WIDTH: Record<InkTool, number> = { pen: 0.0032, highlighter: 0.022 };

export function attachInk(o: { send: (id: string, tool: InkTool, points: InkPoint[]) => void; onToggle: (tool: InkTool | null) => void }): Ink {
  const canvas = document.createElement("canvas");
  canvas.className = "deck-ink";
  canvas.setAttribute("aria-hidden", "true");
  const ctx = canvas.getContext("2d");
  let tool: InkTool | null = null;
  let stage: HTMLElement | null = null;
  const strokes = new Map<string, Stroke>();
  let drawing: Stroke | null = null;
  let pending: InkPoint[] = [];
  let frame = 0;

  const size = () => {
    if (!stage) return { w: 0, h: 0 };
    const box = stage.getBoundingClientRect();
    return { w: box.width, h: box.height };
  };

  const paint = (s: Stroke) => {
    if (!ctx || s.points.length === 0) return;
    const { w, h } = size();
    ctx.save();
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    const colour = getComputedStyle(canvas)
      .getPropertyValue(s.tool === "pen" ? "--deck-pen" : "--deck-highlighter")
      .trim();
    ctx.strokeStyle = colour || (s.tool === "pen" ? "#d7191c" : "#ffd400");
    ctx.globalAlpha = s.tool === "pen" ? 1 : 0.4;
    ctx.lineWidth = Math.max(2, WIDTH[s.tool] * w);
    ctx.beginPath();
    const [x0, y0] = s.points[0]!;
    ctx.moveTo(x0 * w, y0 * h);
    if (s.points.length === 1) ctx.lineTo(x0 * w + 0.1, y0 * h + 0.1);
    for (const [x, y] of s.points.slice(1)) ctx.lineTo(x * w, y * h);
    ctx.stroke();
    ctx.restore();
  };

  const redraw = () => {
    if (!ctx || !stage) return;
    const { w, h } = size();
    const ratio = window.devicePixelRatio || 1;
    const cw = Math.round(w * ratio);
    const ch = Math.round(h * ratio);
    if (canvas.width !== cw || canvas.height !== ch) {
      canvas.width = cw;
      canvas.height = ch;
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, w, h);
    strokes.forEach(paint);
  };

  const flush = () => {
    frame = 0;
    if (drawing && pending.length) {
      o.send(drawing.id, drawing.tool, pending);
      pending = [];
    }
    redraw();
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(flush);
  };

  const at = (e: PointerEvent): InkPoint => {
    const box = canvas.getBoundingClientRect();
    const r = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 10000) / 10000;
    return [r((e.clientX - box.left) / box.width), r((e.clientY - box.top) / box.height)];
  };

  const down = (e: PointerEvent) => {
    if (!tool || e.button > 0) return;
    e.preventDefault();
    canvas.setPointerCapture?.(e.pointerId);
    drawing = { id: `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, tool, points: [at(e)] };
    strokes.set(drawing.id, drawing);
    pending = [...drawing.points];
    schedule();
  };
  const move = (e: PointerEvent) => {
    if (!drawing) return;
    const p = at(e);
    drawing.points.push(p);
    pending.push(p);
    schedule();
  };
  const up = () => {
    if (!drawing) return;
    flush();
    drawing = null;
  };
  canvas.addEventListener("pointerdown", down);
  canvas.addEventListener("pointermove", move);
  canvas.addEventListener("pointerup", up);
  canvas.addEventListener("pointercancel", up);
  const observer = typeof ResizeObserver === "function" ? new ResizeObserver(() => redraw()) : null;

  const api: Ink = {
    get tool() {
      return tool;
    },
    get strokes() {
      return strokes.size;
    },
    set(value) {
      if (tool === value) return;
      tool = value;
      canvas.toggleAttribute("data-drawing", value !== null);
      canvas.dataset.tool = value ?? "";
      o.onToggle(value);
    },
    remote(id, t, points) {
      const s = strokes.get(id) ?? { id, tool: t, points: [] };
      s.points.push(...points.filter((p) => Array.isArray(p) && p.length === 2 && p.every(Number.isFinite)));
      strokes.set(id, s);
      schedule();
    },
    clear() {
      // Called on every slide change: with nothing drawn there is nothing to wipe, and a wipe waits for the
      // next frame, so a slide change never forces a layout of the new slide to measure the canvas.
      const drawn = strokes.size > 0;
      strokes.clear();
      drawing = null;
      pending = [];
      if (drawn) schedule();
    },
    attach(next) {
      if (next === stage) return;
      observer?.disconnect();
      stage = next;
      if (stage) {
        stage.appendChild(canvas);
        observer?.observe(stage);
      } else canvas.remove();
      schedule();
    },
    destroy() {
      observer?.disconnect();
      cancelAnimationFrame(frame);
      canvas.remove();
    },
  };
  return api;
}
