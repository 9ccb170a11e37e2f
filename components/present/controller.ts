// The deck controller: framework-free, so the deck's island stays small. It presents the server-rendered
// cards one at a time and owns everything a presenter touches: keys (reveal.js conventions), the deep-link
// hash and history, chart steps as fragments, the overview, black-out, laser, projector contrast, the
// one-screen notes panel, the speaker window (synced over a BroadcastChannel), and the print handout.
// All maths lives in lib/present/nav.ts; this file only reads and writes data-* attributes.
import { first, fromHash, goTo, last, next, pace, previous, toHash, type Position } from "@/lib/present/nav";
import { fill } from "@/lib/fill";
import type { Dictionary } from "@/lib/ui";
import { attachLaser, type Laser } from "@/components/present/laser";
import { requestStep } from "@/components/charts/shared/live";

export type DeckOptions = {
  deckId: string;
  locale: string;
  shape: number[];
  titles: string[];
  budgets: number[];
  strings: Dictionary["present"];
};

type Message =
  | { type: "hello" }
  | { type: "state"; slide: number; step: number; black: boolean }
  | { type: "laser"; x: number; y: number; on: boolean }
  | { type: "theme"; projector: boolean };

const THEME_KEY = "ce-deck-theme";

/** Keys a focused control keeps for itself: text fields and sliders keep all but Esc; a chart's plot keeps its arrows. */
function ownedByTarget(target: EventTarget | null, key: string): boolean {
  const el = target instanceof Element ? target : null;
  if (!el) return false;
  if (key === "Escape") return false;
  if (el.closest("input, select, textarea, [contenteditable=''], [contenteditable='true']")) return true;
  if (el.closest("[data-chart-plot], [role='slider'], [role='radiogroup'], [role='listbox']") && /^(Arrow|Home$|End$)/.test(key)) return true;
  if (el.closest("button, a[href], summary") && (key === " " || key === "Enter")) return true;
  return false;
}

export function attachDeck(root: HTMLElement, o: DeckOptions): () => void {
  const t = o.strings;
  const doc = document.documentElement;
  const items = Array.from(root.querySelectorAll<HTMLElement>(".deck-item"));
  const $ = <E extends Element = HTMLElement>(sel: string) => root.querySelector<E>(sel);
  const live = $("[data-deck-live]");
  const toast = $("[data-deck-toast]");
  const black = $("[data-deck-black]");
  const position = $("[data-deck-position]");
  const progress = $<HTMLElement>(".deck-progress > span");
  const dialogs = (name: string) => $<HTMLDialogElement>(`dialog[data-deck-dialog="${name}"]`);
  const params = new URLSearchParams(location.search);
  const speaker = params.has("speaker");
  const reduce = window.matchMedia("(prefers-reduced-motion: reduce)");

  let at: Position = first();
  let presenting = false;
  let overview = false;
  let blackout = false;
  let shown = -1;
  /** True while painting a step change on the current slide: that change animates. */
  let animateStep = false;
  const cleanups: (() => void)[] = [];
  const on = <K extends keyof WindowEventMap>(target: Window | Document | HTMLElement, type: K | string, fn: (e: never) => void, opts?: AddEventListenerOptions) => {
    target.addEventListener(type, fn as EventListener, opts);
    cleanups.push(() => target.removeEventListener(type, fn as EventListener, opts));
  };

  const channel = "BroadcastChannel" in window ? new BroadcastChannel(`cloud-expedition-deck:${o.deckId}:${o.locale}`) : null;
  const send = (m: Message) => channel?.postMessage(m);

  // Overview: a transparent button over each card picks it; the card's own content is inert meanwhile.
  const picks = items.map((item, i) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "deck-pick";
    b.hidden = true;
    b.setAttribute("aria-label", fill(t.pick, { n: i + 1, title: o.titles[i] ?? "" }));
    b.addEventListener("click", () => {
      setOverview(false);
      go({ slide: i, step: 0 }, "push");
    });
    item.querySelector(".deck-slide")?.appendChild(b);
    return b;
  });
  cleanups.push(() => picks.forEach((b) => b.remove()));

  const say = (text: string) => {
    if (live) live.textContent = text;
  };
  const flash = (text: string) => {
    if (!toast) return;
    toast.textContent = text;
    toast.hidden = false;
    window.setTimeout(() => (toast.hidden = true), 4000);
  };

  function paintItem(item: HTMLElement, i: number) {
    const current = i === at.slide;
    const upcoming = speaker && i === at.slide + 1;
    item.toggleAttribute("data-current", current);
    item.toggleAttribute("data-next", upcoming);
    const visible = !presenting || overview || current || upcoming;
    const hidden = presenting && !overview && !current;
    item.inert = presenting && !current && !overview;
    if (hidden) item.setAttribute("aria-hidden", "true");
    else item.removeAttribute("aria-hidden");
    item.toggleAttribute("data-off", !visible);
    item.querySelector<HTMLElement>(".deck-frame")!.inert = overview;
    const chart = item.querySelector<HTMLElement>(".deck-chart");
    if (chart) {
      const steps = o.shape[i] ?? 1;
      const step = current ? at.step : i < at.slide ? steps - 1 : 0;
      const shownStep = presenting ? step : steps - 1;
      chart.dataset.activeStep = String(shownStep);
      // A chart on the kernel is one figure: its marks move to the step (animated only for a step on the
      // slide being presented; arriving on a slide shows its state at once).
      const figure = steps > 1 ? chart.querySelector<HTMLElement>(".deck-chart-live figure[data-chart]") : null;
      if (figure) requestStep(figure, shownStep, !(current && animateStep));
    }
  }

  function paint(full: boolean) {
    if (full) items.forEach(paintItem);
    else for (const i of new Set([shown, shown + 1, at.slide, at.slide + 1])) if (items[i]) paintItem(items[i]!, i);
    shown = at.slide;
    const total = items.length;
    if (position) position.textContent = fill(t.position, { n: at.slide + 1, total });
    if (progress) progress.style.transform = `scaleX(${total > 1 ? at.slide / (total - 1) : 1})`;
    picks.forEach((b) => (b.hidden = !overview));
    root.querySelectorAll<HTMLButtonElement>('[data-deck-action="overview"]').forEach((b) => b.setAttribute("aria-pressed", String(overview)));
  }

  function go(to: Position, history: "push" | "replace" | "none", remote = false) {
    const changedSlide = to.slide !== at.slide;
    const changedStep = to.step !== at.step;
    const focusInside = items[at.slide]?.contains(document.activeElement);
    at = to;
    animateStep = !changedSlide && changedStep;
    paint(!presenting);
    animateStep = false;
    if (!presenting) return;
    if (changedSlide) {
      say(fill(t.announceSlide, { n: at.slide + 1, total: items.length, title: o.titles[at.slide] ?? "" }));
      if (focusInside) root.focus({ preventScroll: true });
    } else if (changedStep) {
      say(fill(t.announceStep, { n: at.step + 1, total: o.shape[at.slide] ?? 1 }));
    }
    const hash = toHash(at);
    if (history !== "none" && location.hash !== hash) {
      const url = `${location.pathname}${location.search}${hash}`;
      if (history === "push" && changedSlide) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    }
    if (!remote) send({ type: "state", slide: at.slide, step: at.step, black: blackout });
    laser.clear();
  }

  const move = (to: Position) => go(to, "push");

  function setBlack(value: boolean, remote = false) {
    if (blackout === value) return;
    blackout = value;
    if (black) black.hidden = !value;
    say(value ? t.announceBlack : t.announceRestored);
    if (!remote) send({ type: "state", slide: at.slide, step: at.step, black: blackout });
  }

  function setOverview(value: boolean) {
    overview = value;
    root.toggleAttribute("data-overview", value);
    paint(true);
    if (value) {
      picks[at.slide]?.focus();
      picks[at.slide]?.scrollIntoView({ block: "center" });
    } else root.focus({ preventScroll: true });
  }

  function setTheme(projector: boolean, remote = false) {
    if (projector) doc.dataset.deckTheme = "projector";
    else delete doc.dataset.deckTheme;
    root.querySelectorAll('[data-deck-action="contrast"]').forEach((b) => b.setAttribute("aria-pressed", String(projector)));
    try {
      localStorage.setItem(THEME_KEY, projector ? "projector" : "");
    } catch {}
    if (!remote) send({ type: "theme", projector });
  }

  function setNotes(open: boolean) {
    root.toggleAttribute("data-notes-open", open);
    root.querySelectorAll('[data-deck-action="notes"]').forEach((b) => b.setAttribute("aria-pressed", String(open)));
  }

  function start(to?: Position) {
    if (!presenting) {
      presenting = true;
      root.dataset.presenting = "";
      doc.dataset.deckPresenting = "";
    }
    go(to ?? at, "replace");
    paint(true);
    say(fill(t.announceSlide, { n: at.slide + 1, total: items.length, title: o.titles[at.slide] ?? "" }));
    root.focus({ preventScroll: true });
  }

  function stop() {
    presenting = false;
    setOverview(false);
    setBlack(false);
    setNotes(false);
    laser.set(false);
    delete root.dataset.presenting;
    delete doc.dataset.deckPresenting;
    paint(true);
    items[at.slide]?.scrollIntoView({ block: "start" });
    items[at.slide]?.querySelector<HTMLElement>(".deck-slide")?.focus?.();
  }

  function openSpeaker() {
    const url = `${location.pathname}?speaker${toHash(at)}`;
    const win = window.open(url, `ce-speaker-${o.deckId}`, "popup,width=1200,height=760");
    if (!win) {
      setNotes(true);
      flash(t.popupBlocked);
    }
  }

  function openDialog(name: string) {
    const d = dialogs(name);
    if (!d || d.open) return;
    d.showModal();
    if (name === "jump") {
      const input = d.querySelector<HTMLInputElement>("input");
      if (input) {
        input.value = String(at.slide + 1);
        input.select();
      }
    }
  }

  const laser: Laser = attachLaser({
    canvas: $<HTMLCanvasElement>("[data-deck-laser]")!,
    stage: () => items[at.slide]?.querySelector<HTMLElement>(".deck-slide") ?? null,
    reduceMotion: () => reduce.matches,
    send: (x, y, visible) => send({ type: "laser", x, y, on: visible }),
    onToggle: (value) => {
      root.toggleAttribute("data-laser", value);
      root.querySelectorAll('[data-deck-action="laser"]').forEach((b) => b.setAttribute("aria-pressed", String(value)));
      say(value ? t.laserOn : t.laserOff);
    },
  });
  cleanups.push(() => laser.destroy());

  const actions: Record<string, () => void> = {
    next: () => move(next(o.shape, at)),
    previous: () => move(previous(o.shape, at)),
    overview: () => setOverview(!overview),
    notes: () => setNotes(!root.hasAttribute("data-notes-open")),
    speaker: openSpeaker,
    laser: () => laser.set(!laser.on),
    contrast: () => setTheme(doc.dataset.deckTheme !== "projector"),
    handout: () => openDialog("handout"),
    fullscreen: () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
      else void doc.requestFullscreen?.().catch(() => {});
    },
    help: () => openDialog("help"),
    exit: stop,
    close: () => root.querySelectorAll<HTMLDialogElement>("dialog[open]").forEach((d) => d.close()),
    pause: () => timer.toggle(),
    reset: () => timer.reset(),
  };

  on(root, "click", (e: MouseEvent) => {
    const button = (e.target as Element).closest<HTMLElement>("[data-deck-action]");
    const action = button?.dataset.deckAction;
    if (action && actions[action]) actions[action]!();
  });
  on(document, "click", (e: MouseEvent) => {
    const startButton = (e.target as Element).closest?.("[data-deck-start]");
    if (!startButton) return;
    e.preventDefault();
    start({ slide: 0, step: 0 });
  });

  // The go-to form and the handout toggles.
  const jump = $<HTMLFormElement>("[data-deck-jump]");
  if (jump)
    on(jump, "submit", (e: SubmitEvent) => {
      e.preventDefault();
      const n = Number(new FormData(jump).get("slide"));
      dialogs("jump")?.close();
      if (Number.isFinite(n)) move(goTo(o.shape, n));
    });
  const handout = $<HTMLFormElement>("[data-deck-handout]");
  if (handout) {
    const apply = () => {
      const data = new FormData(handout);
      root.toggleAttribute("data-print-notes", data.has("notes"));
      if (data.has("three")) root.dataset.printLayout = "3";
      else delete root.dataset.printLayout;
    };
    on(handout, "change", apply);
    on(handout, "submit", (e: SubmitEvent) => {
      e.preventDefault();
      apply();
      dialogs("handout")?.close();
      window.print();
    });
  }

  const keyActions: Record<string, () => void> = {
    ArrowRight: actions.next!,
    ArrowDown: actions.next!,
    " ": actions.next!,
    PageDown: actions.next!,
    n: actions.next!,
    ArrowLeft: actions.previous!,
    ArrowUp: actions.previous!,
    PageUp: actions.previous!,
    p: actions.previous!,
    Home: () => move(first()),
    End: () => move(last(o.shape)),
    f: actions.fullscreen!,
    b: () => setBlack(!blackout),
    ".": () => setBlack(!blackout),
    o: actions.overview!,
    g: () => openDialog("jump"),
    s: speaker ? () => {} : actions.speaker!,
    t: actions.notes!,
    l: actions.laser!,
    c: actions.contrast!,
    "?": actions.help!,
  };

  function onKey(e: KeyboardEvent) {
    if (!presenting || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (root.querySelector("dialog[open]")) return; // a dialog handles its own keys (Esc closes it)
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (ownedByTarget(e.target, e.key)) return;
    if (key === "Escape") {
      if (blackout) setBlack(false);
      else if (overview) setOverview(false);
      else if (laser.on) laser.set(false);
      else if (items[at.slide]?.contains(document.activeElement)) root.focus({ preventScroll: true });
      else return;
      e.preventDefault();
      return;
    }
    if (overview) {
      const i = picks.indexOf(document.activeElement as HTMLButtonElement);
      const columns = Math.max(1, getComputedStyle(root.querySelector(".deck-slides")!).gridTemplateColumns.split(" ").length);
      const delta = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns }[e.key];
      if (delta && i >= 0) {
        e.preventDefault();
        picks[Math.max(0, Math.min(picks.length - 1, i + delta))]?.focus();
        return;
      }
      if (key === "o") {
        e.preventDefault();
        setOverview(false);
      }
      return;
    }
    // While blacked out, only the keys that restore it (and navigation, which also restores) act.
    const action = keyActions[key];
    if (!action) return;
    e.preventDefault();
    if (blackout && key !== "b" && key !== ".") setBlack(false);
    action();
  }
  on(window, "keydown", onKey, { capture: true });

  // Touch: a horizontal swipe on the stage goes next or back.
  let touch: { x: number; y: number } | null = null;
  on(root, "pointerdown", (e: PointerEvent) => {
    touch = e.pointerType === "touch" && !(e.target as Element).closest("input, [data-chart-plot], button, a") ? { x: e.clientX, y: e.clientY } : null;
  });
  on(root, "pointercancel", () => {
    touch = null;
  });
  on(root, "pointerup", (e: PointerEvent) => {
    if (!touch || !presenting || overview) return;
    const dx = e.clientX - touch.x;
    const dy = e.clientY - touch.y;
    touch = null;
    if (Math.abs(dx) > 50 && Math.abs(dx) > Math.abs(dy) * 1.5) (dx < 0 ? actions.next! : actions.previous!)();
  });

  // History: Back and Forward walk the slides; a hand-edited hash is read the same way.
  const fromLocation = () => {
    const to = fromHash(o.shape, location.hash);
    if (to) {
      if (!presenting) start(to);
      else go(to, "none");
    }
  };
  on(window, "popstate", fromLocation);
  on(window, "hashchange", fromLocation);

  // The other window (audience or speaker) moves this one; a newcomer asks for the current state.
  if (channel) {
    channel.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data;
      if (!m || typeof m !== "object") return;
      if (m.type === "hello") send({ type: "state", slide: at.slide, step: at.step, black: blackout });
      else if (m.type === "state") {
        const to = fromHash(o.shape, toHash({ slide: m.slide, step: m.step }));
        if (to && presenting) go(to, "replace", true);
        setBlack(Boolean(m.black), true);
      } else if (m.type === "laser") laser.remote(m.x, m.y, m.on);
      else if (m.type === "theme") setTheme(Boolean(m.projector), true);
    };
    cleanups.push(() => channel.close());
  }

  // Speaker view: elapsed time and pacing against the deck's budget.
  const timer = (() => {
    const clock = $("[data-deck-timer]");
    const paceEl = $("[data-deck-pace]");
    const target = $("[data-deck-target]");
    const pauseButton = $<HTMLButtonElement>('[data-deck-action="pause"]');
    const total = Math.ceil(o.budgets.reduce((s, x) => s + x, 0) / 60);
    if (target) target.textContent = fill(t.target, { n: total });
    let started = Date.now();
    let pausedAt: number | null = null;
    const elapsed = () => ((pausedAt ?? Date.now()) - started) / 1000;
    const tick = () => {
      const s = Math.floor(elapsed());
      if (clock) clock.textContent = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
      const delta = pace(o.budgets, at.slide, s);
      const minutes = Math.round(Math.abs(delta) / 60);
      if (paceEl) {
        paceEl.textContent = minutes === 0 ? t.onTime : fill(delta > 0 ? t.ahead : t.behind, { n: minutes });
        paceEl.dataset.pace = minutes === 0 ? "on" : delta > 0 ? "ahead" : "behind";
      }
    };
    let interval = 0;
    if (speaker) {
      interval = window.setInterval(tick, 1000);
      tick();
    }
    cleanups.push(() => clearInterval(interval));
    return {
      toggle() {
        if (pausedAt === null) pausedAt = Date.now();
        else {
          started += Date.now() - pausedAt;
          pausedAt = null;
        }
        if (pauseButton) pauseButton.textContent = pausedAt === null ? t.pause : t.resume;
        tick();
      },
      reset() {
        started = Date.now();
        if (pausedAt !== null) pausedAt = started;
        tick();
      },
    };
  })();

  // Start: the projector theme the presenter chose last time, then the slide in the hash (or the first).
  try {
    if (localStorage.getItem(THEME_KEY) === "projector") setTheme(true, true);
  } catch {}
  if (speaker) root.dataset.view = "speaker";
  const initial = fromHash(o.shape, location.hash);
  if (initial || root.hasAttribute("data-autostart") || speaker) start(initial ?? first());
  else paint(true);
  send({ type: "hello" });
  root.dataset.deckReady = "";

  return () => {
    cleanups.forEach((c) => c());
    delete doc.dataset.deckPresenting;
  };
}
