// The laser pointer: a red dot with a short fading trail that follows the mouse or pen over the slide,
// drawn on one canvas over the page. Positions travel between windows as fractions of the slide's box,
// so the audience window and the speaker view's smaller slide show the dot at the same place.
// Under reduced motion there is no trail and no fade: just the dot.
export type Laser = {
  readonly on: boolean;
  set: (on: boolean) => void;
  /** A position from the other window (fractions of the slide), or its laser turned off. */
  remote: (x: number, y: number, visible: boolean) => void;
  clear: () => void;
  destroy: () => void;
};

type Point = { x: number; y: number; t: number };
const TRAIL_MS = 450;

export function attachLaser(o: {
  canvas: HTMLCanvasElement;
  stage: () => HTMLElement | null;
  reduceMotion: () => boolean;
  send: (x: number, y: number, visible: boolean) => void;
  onToggle: (on: boolean) => void;
}): Laser {
  const { canvas } = o;
  const ctx = canvas.getContext("2d");
  let enabled = false;
  let points: Point[] = [];
  let frame = 0;

  const resize = () => {
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(window.innerWidth * ratio);
    canvas.height = Math.round(window.innerHeight * ratio);
    ctx?.setTransform(ratio, 0, 0, ratio, 0, 0);
  };

  const draw = () => {
    frame = 0;
    if (!ctx) return;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const now = performance.now();
    const reduce = o.reduceMotion();
    points = reduce ? points.slice(-1) : points.filter((p) => now - p.t < TRAIL_MS);
    const colour = getComputedStyle(canvas).color || "red";
    points.forEach((p, i) => {
      const head = i === points.length - 1;
      const age = reduce || head ? 0 : (now - p.t) / TRAIL_MS;
      ctx.globalAlpha = head ? 0.95 : Math.max(0, 0.6 * (1 - age));
      ctx.fillStyle = colour;
      ctx.beginPath();
      ctx.arc(p.x, p.y, head ? 9 : 6 * (1 - age) + 2, 0, Math.PI * 2);
      ctx.fill();
    });
    ctx.globalAlpha = 1;
    // The trail keeps fading after the pointer stops; the head stays until the pointer leaves.
    if (!reduce && points.length > 1) frame = requestAnimationFrame(draw);
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };

  const place = (x: number, y: number) => {
    points.push({ x, y, t: performance.now() });
    schedule();
  };

  const onMove = (e: PointerEvent) => {
    if (!enabled) return;
    const stage = o.stage();
    if (!stage) return;
    const box = stage.getBoundingClientRect();
    const fx = (e.clientX - box.left) / box.width;
    const fy = (e.clientY - box.top) / box.height;
    const inside = fx >= 0 && fx <= 1 && fy >= 0 && fy <= 1;
    if (inside) place(e.clientX, e.clientY);
    o.send(fx, fy, inside);
  };

  const api: Laser = {
    get on() {
      return enabled;
    },
    set(value) {
      if (enabled === value) return;
      enabled = value;
      canvas.hidden = !value;
      if (value) resize();
      else api.clear();
      if (!value) o.send(0, 0, false);
      o.onToggle(value);
    },
    remote(x, y, visible) {
      if (!visible || !Number.isFinite(x) || !Number.isFinite(y)) {
        api.clear();
        if (!enabled) canvas.hidden = true;
        return;
      }
      const stage = o.stage();
      if (!stage) return;
      if (canvas.hidden) {
        canvas.hidden = false;
        resize();
      }
      const box = stage.getBoundingClientRect();
      place(box.left + Math.min(1, Math.max(0, x)) * box.width, box.top + Math.min(1, Math.max(0, y)) * box.height);
    },
    clear() {
      points = [];
      if (ctx) ctx.clearRect(0, 0, canvas.width, canvas.height);
    },
    destroy() {
      window.removeEventListener("pointermove", onMove);
      window.removeEventListener("resize", resize);
      cancelAnimationFrame(frame);
    },
  };
  window.addEventListener("pointermove", onMove);
  window.addEventListener("resize", resize);
  return api;
}
