// The deck controller: framework-free, so the deck's island stays small. It presents the server-rendered
// cards one at a time and owns everything a presenter touches: keys (reveal.js conventions), the deep-link
// hash and history, chart steps as fragments, the overview, black-out, laser, projector contrast, the
// one-screen notes panel, the speaker window (synced over a BroadcastChannel), drawing on the slide, the
// follow-along QR code, the handover to the next chapter's deck, and the print handout.
// All maths lives in lib/present/nav.ts; this file only reads and writes data-* attributes.
import { atEnd, first, fromHash, last, next, pace, previous, toHash, type Position } from "@/lib/present/nav";
import { searchSlides } from "@/lib/present/search";
import { fill } from "@/lib/fill";
import type { Dictionary } from "@/lib/ui";
import { attachLaser, type Laser } from "@/components/present/laser";
import { attachInk, type Ink, type InkPoint, type InkTool } from "@/components/present/ink";
import { drawFollow } from "@/components/present/follow";
import { attachStates, requestStep } from "@/components/charts/shared/live";

export type DeckOptions = {
  deckId: string;
  locale: string;
  shape: number[];
  titles: string[];
  budgets: number[];
  strings: Dictionary["present"];
  /** Per slide: the site path (with the base path) of the part of the text it comes from, e.g. "/en/to-the-cloud/#open-for-business". */
  follow: string[];
  /** A chapter deck's successor: → on the last slide opens it (and the speaker window follows). */
  nextDeck?: string;
};

type Message =
  | { type: "hello" }
  | { type: "state"; slide: number; step: number; black: boolean }
  | { type: "laser"; x: number; y: number; on: boolean }
  | { type: "theme"; projector: boolean }
  | { type: "ink"; slide: number; id: string; tool: InkTool; points: InkPoint[] }
  | { type: "ink-clear"; slide: number }
  | { type: "navigate"; href: string };

const THEME_KEY = "ce-deck-theme";
/** One speaker window for every deck, so S in the next chapter's deck finds the window already open. */
const SPEAKER_WINDOW = "ce-speaker";
/** The toolbar fades after this long without the mouse moving (never in the speaker view). */
const IDLE_MS = 2500;

/** Fields where every typed key is text (only Esc and the clicker's PageUp/PageDown leave them). */
const TEXT_FIELD =
  "input:not([type]), input[type='text'], input[type='search'], input[type='number'], input[type='email'], input[type='url'], input[type='tel'], input[type='password'], textarea, select, [contenteditable=''], [contenteditable='true']";
/** Controls that keep their own keys (arrows, Home/End, Space) once the presenter enters them with Enter. */
const ENTERABLE = "input, [data-chart-plot], [role='slider'], [role='radiogroup'], [role='listbox'], [data-brush]";
/** Keys the deck keeps even inside an entered control: what a clicker sends, so it never stops working. */
const CLICKER = new Set(["PageDown", "PageUp"]);

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
  /**
   * Whether this window knows where the talk is: it was opened at a position (a hash, or the speaker view
   * opened by S), or the presenter has moved it. A window opened without one (a second screen for the
   * projector) shows slide 1 but neither announces it nor answers newcomers with it: it waits to be told.
   */
  let settled = false;
  /** The control the presenter entered with Enter (or is dragging): it keeps its own keys until Esc. */
  let entered: HTMLElement | null = null;
  let presenting = false;
  let overview = false;
  let blackout = false;
  let shown = -1;
  /** True while painting a step change on the current slide: that change animates. */
  let animateStep = false;
  const cleanups: (() => void)[] = [];
  const on = <K extends keyof WindowEventMap>(
    target: Window | Document | HTMLElement,
    type: K | string,
    fn: (e: never) => void,
    opts?: AddEventListenerOptions,
  ) => {
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

  // The speaker view's "Up next" when the next click is a step of this slide's chart: a copy of the
  // slide (inert, hidden from assistive tech) whose figure is moved to that step.
  const upnext = speaker ? document.createElement("div") : null;
  let upnextSlide = -1;
  if (upnext) {
    upnext.className = "deck-upnext";
    upnext.inert = true;
    upnext.setAttribute("aria-hidden", "true");
    upnext.hidden = true;
    $(".deck-slides")?.appendChild(upnext);
    cleanups.push(() => upnext.remove());
  }
  function paintUpnext() {
    if (!upnext) return;
    const to = next(o.shape, at);
    const stepAhead = presenting && !overview && to.slide === at.slide && to.step !== at.step;
    upnext.hidden = !stepAhead;
    root.toggleAttribute("data-upnext-step", stepAhead);
    if (!stepAhead) return;
    const source = items[at.slide]?.querySelector<HTMLElement>(".deck-slide");
    if (!source) return;
    if (upnextSlide !== at.slide) {
      upnextSlide = at.slide;
      const copy = source.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("[id]").forEach((el) => el.removeAttribute("id"));
      copy.querySelectorAll("[aria-labelledby], [aria-describedby]").forEach((el) => {
        el.removeAttribute("aria-labelledby");
        el.removeAttribute("aria-describedby");
      });
      copy.querySelectorAll(".deck-pick, .deck-ink").forEach((el) => el.remove());
      upnext.replaceChildren(copy);
      const figure = copy.querySelector<HTMLElement>(".deck-chart-live figure[data-chart]");
      if (figure) attachStates(figure);
    }
    upnext.dataset.label = fill(t.upNextStep, { n: to.step + 1, total: o.shape[at.slide] ?? 1 });
    const chart = upnext.querySelector<HTMLElement>(".deck-chart");
    if (chart) chart.dataset.activeStep = String(to.step);
    const figure = upnext.querySelector<HTMLElement>(".deck-chart-live figure[data-chart]");
    if (figure) requestStep(figure, to.step, true);
  }

  function paintItem(item: HTMLElement, i: number) {
    const current = i === at.slide;
    const to = next(o.shape, at);
    const upcoming = speaker && i === at.slide + 1 && to.slide === i;
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
    paintUpnext();
    ink.attach(presenting && !overview ? (items[at.slide]?.querySelector<HTMLElement>(".deck-slide") ?? null) : null);
    if (followOn) void paintFollow();
  }

  function go(to: Position, history: "push" | "replace" | "none", remote = false) {
    const changedSlide = to.slide !== at.slide;
    const changedStep = to.step !== at.step;
    const focusInside = items[at.slide]?.contains(document.activeElement);
    at = to;
    if (changedSlide) {
      leave();
      ink.clear();
    }
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
    if (!remote && settled) send({ type: "state", slide: at.slide, step: at.step, black: blackout });
    laser.clear();
  }

  /** The presenter moves: this window now knows where the talk is, and tells the other one. */
  const move = (to: Position) => {
    settled = true;
    go(to, "push");
  };

  /** → on the last slide of a chapter deck: the next chapter's deck, in this window and the other one. */
  function handOver(remoteHref?: string) {
    const base = remoteHref ?? o.nextDeck;
    if (!base) return false;
    if (!remoteHref) send({ type: "navigate", href: base });
    say(t.openingNext);
    window.location.assign(`${base}${speaker ? "?speaker" : ""}#/1/0`);
    return true;
  }

  function forward() {
    if (atEnd(o.shape, at) && o.nextDeck) handOver();
    else move(next(o.shape, at));
  }

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
    wake();
  }

  function stop() {
    presenting = false;
    setOverview(false);
    setBlack(false);
    setNotes(false);
    setFollow(false);
    laser.set(false);
    ink.set(null);
    ink.clear();
    leave();
    delete root.dataset.presenting;
    delete doc.dataset.deckPresenting;
    paint(true);
    items[at.slide]?.scrollIntoView({ block: "start" });
    items[at.slide]?.querySelector<HTMLElement>(".deck-slide")?.focus?.();
  }

  function openSpeaker() {
    const url = `${location.pathname}?speaker${toHash(at)}`;
    settled = true;
    const win = window.open(url, SPEAKER_WINDOW, "popup,width=1200,height=760");
    if (!win) {
      setNotes(true);
      flash(t.popupBlocked);
    }
  }

  // The go-to box: a slide number, or words of a slide's titles in the deck's language.
  const jumpInput = $<HTMLInputElement>("[data-deck-jump] input");
  const jumpList = $<HTMLUListElement>("[data-deck-jump-list]");
  const searchTexts = items.map((item, i) =>
    [o.titles[i] ?? "", ...Array.from(item.querySelectorAll(".deck-title, .deck-heading, .deck-kicker, [data-chart-title]"), (el) => el.textContent ?? "")]
      .filter((x, k, all) => x && all.indexOf(x) === k)
      .join(" · "),
  );
  let hits: { slide: number; title: string }[] = [];
  let picked = 0;
  function renderHits() {
    if (!jumpInput || !jumpList) return;
    hits = searchSlides(searchTexts, jumpInput.value);
    picked = Math.min(picked, Math.max(0, hits.length - 1));
    jumpList.replaceChildren(
      ...hits.map((h, k) => {
        const li = document.createElement("li");
        li.id = `deck-jump-option-${k}`;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", String(k === picked));
        li.dataset.slide = String(h.slide);
        const n = document.createElement("span");
        n.className = "deck-jump-n";
        n.textContent = String(h.slide + 1);
        li.append(n, ` ${o.titles[h.slide] ?? h.title}`);
        li.addEventListener("click", () => jumpTo(h.slide));
        return li;
      }),
    );
    jumpList.hidden = hits.length === 0;
    jumpInput.setAttribute("aria-expanded", String(hits.length > 0));
    if (hits.length) jumpInput.setAttribute("aria-activedescendant", `deck-jump-option-${picked}`);
    else jumpInput.removeAttribute("aria-activedescendant");
    const empty = $("[data-deck-jump-empty]");
    if (empty) empty.hidden = hits.length > 0 || !jumpInput.value.trim();
  }
  function jumpTo(slide: number) {
    dialogs("jump")?.close();
    move({ slide, step: 0 });
    root.focus({ preventScroll: true });
  }
  if (jumpInput) {
    on(jumpInput, "input", () => {
      picked = 0;
      renderHits();
    });
    on(jumpInput, "keydown", (e: KeyboardEvent) => {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        if (!hits.length) return;
        picked = (picked + (e.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
        renderHits();
        jumpList?.querySelector(`[aria-selected="true"]`)?.scrollIntoView({ block: "nearest" });
      }
    });
  }

  function openDialog(name: string) {
    const d = dialogs(name);
    if (!d || d.open) return;
    leave();
    d.showModal();
    if (name === "jump" && jumpInput) {
      jumpInput.value = "";
      picked = 0;
      renderHits();
      jumpInput.focus();
    }
  }

  const laser: Laser = attachLaser({
    canvas: $<HTMLCanvasElement>("[data-deck-laser]")!,
    stage: () => items[at.slide]?.querySelector<HTMLElement>(".deck-slide") ?? null,
    reduceMotion: () => reduce.matches,
    send: (x, y, visible) => send({ type: "laser", x, y, on: visible }),
    onToggle: (value) => {
      if (value) ink.set(null);
      root.toggleAttribute("data-laser", value);
      root.querySelectorAll('[data-deck-action="laser"]').forEach((b) => b.setAttribute("aria-pressed", String(value)));
      say(value ? t.laserOn : t.laserOff);
    },
  });
  cleanups.push(() => laser.destroy());

  const ink: Ink = attachInk({
    send: (id, tool, points) => send({ type: "ink", slide: at.slide, id, tool, points }),
    onToggle: (tool) => {
      if (tool) laser.set(false);
      root.dataset.ink = tool ?? "";
      if (!tool) delete root.dataset.ink;
      root
        .querySelectorAll<HTMLElement>('[data-deck-action="pen"], [data-deck-action="highlighter"]')
        .forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.deckAction === tool)));
      say(tool === "pen" ? t.penOn : tool === "highlighter" ? t.highlighterOn : t.drawOff);
    },
  });
  cleanups.push(() => ink.destroy());
  const clearInk = () => {
    ink.clear();
    send({ type: "ink-clear", slide: at.slide });
    say(t.drawCleared);
  };

  // Follow along (Q): a QR code in a corner of the screen for the part of the text this slide comes from.
  const followBox = $<HTMLElement>("[data-deck-follow]");
  let followOn = false;
  const qrLabel = (url: string) => fill(t.qrLabel, { url });
  async function paintFollow() {
    if (!followBox) return;
    await drawFollow(followBox, o.follow[at.slide] ?? o.follow[0] ?? location.pathname, qrLabel);
  }
  function setFollow(value: boolean) {
    followOn = value;
    if (followBox) followBox.hidden = !value;
    root.querySelectorAll('[data-deck-action="follow"]').forEach((b) => b.setAttribute("aria-pressed", String(value)));
    if (value) void paintFollow();
  }
  // The title and closing slides' codes were drawn at build time for the site's configured address (served
  // from there, nothing is redrawn). Served from anywhere else, each is drawn again for the address this page
  // is really served from when it first comes near the screen (encoding one costs tens of ms, more on a
  // phone), and all of them before printing (at once if the encoder is loaded, as it is once one code has
  // been drawn; otherwise the handout keeps the build's codes).
  const slideCodes = [...root.querySelectorAll<HTMLElement>(".deck-follow[data-follow-path]")];
  const drawSlideCode = (block: HTMLElement) => void drawFollow(block, block.dataset.followPath!, qrLabel);
  if (typeof IntersectionObserver === "function") {
    const near = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          near.unobserve(entry.target);
          drawSlideCode(entry.target as HTMLElement);
        }
      },
      { rootMargin: "50% 0px" },
    );
    for (const block of slideCodes) near.observe(block);
    cleanups.push(() => near.disconnect());
  } else slideCodes.forEach(drawSlideCode);
  on(window, "beforeprint", () => slideCodes.forEach(drawSlideCode));

  // Entering a control: Enter on a chart's plot, a slider or a set of options inside the slide hands it the
  // arrow keys (and Space) until Esc, a clicker key or a move to another slide.
  function enter(el: HTMLElement) {
    entered = el.closest<HTMLElement>("fieldset, [role='radiogroup']") ?? el;
    entered.dataset.deckEntered = "";
    root.dataset.entered = "";
    say(t.enteredControl);
  }
  function leave() {
    if (!entered) return;
    delete entered.dataset.deckEntered;
    entered = null;
    delete root.dataset.entered;
  }
  on(root, "focusout", (e: FocusEvent) => {
    if (entered && !(e.relatedTarget instanceof Node && entered.contains(e.relatedTarget))) leave();
  });
  // A drag on a control (a slider's thumb, the timeline's brush) keeps its keys while the pointer is down.
  let dragging: HTMLElement | null = null;
  on(root, "pointerdown", (e: PointerEvent) => {
    const el = (e.target as Element).closest?.<HTMLElement>(ENTERABLE);
    dragging = el && items[at.slide]?.contains(el) ? el : null;
  });
  on(window, "pointerup", () => (dragging = null));
  on(window, "pointercancel", () => (dragging = null));

  const actions: Record<string, () => void> = {
    next: forward,
    previous: () => move(previous(o.shape, at)),
    overview: () => setOverview(!overview),
    notes: () => setNotes(!root.hasAttribute("data-notes-open")),
    speaker: openSpeaker,
    laser: () => laser.set(!laser.on),
    pen: () => ink.set(ink.tool === "pen" ? null : "pen"),
    highlighter: () => ink.set(ink.tool === "highlighter" ? null : "highlighter"),
    erase: clearInk,
    follow: () => setFollow(!followOn),
    contrast: () => setTheme(doc.dataset.deckTheme !== "projector"),
    handout: () => openDialog("handout"),
    fullscreen: () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
      else void doc.requestFullscreen?.().catch(() => {});
    },
    jump: () => openDialog("jump"),
    help: () => openDialog("help"),
    exit: stop,
    close: () => root.querySelectorAll<HTMLDialogElement>("dialog[open]").forEach((d) => d.close()),
    pause: () => timer.toggle(),
    reset: () => timer.reset(),
  };

  on(root, "click", (e: MouseEvent) => {
    const button = (e.target as Element).closest<HTMLElement>("[data-deck-action]");
    const action = button?.dataset.deckAction;
    if (!action || !actions[action]) return;
    actions[action]!();
    // A toolbar button clicked with the mouse gives the keys back to the deck, so Space never re-clicks it.
    if (e.detail > 0 && button!.closest("[data-deck-toolbar]") && !root.querySelector("dialog[open]")) root.focus({ preventScroll: true });
  });
  on(document, "click", (e: MouseEvent) => {
    const startButton = (e.target as Element).closest?.("[data-deck-start]");
    if (!startButton) return;
    e.preventDefault();
    settled = true;
    start({ slide: 0, step: 0 });
  });

  // The go-to form and the handout toggles.
  const jump = $<HTMLFormElement>("[data-deck-jump]");
  if (jump)
    on(jump, "submit", (e: SubmitEvent) => {
      e.preventDefault();
      const hit = hits[picked] ?? searchSlides(searchTexts, jumpInput?.value ?? "")[0];
      if (hit) jumpTo(hit.slide);
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
    // biome-ignore-start lint/correctness/noComponentHookFactories: key names (Home, End), not React components
    Home: () => move(first()),
    End: () => move(last(o.shape)),
    // biome-ignore-end lint/correctness/noComponentHookFactories: key names (Home, End), not React components
    f: actions.fullscreen!,
    b: () => setBlack(!blackout),
    ".": () => setBlack(!blackout),
    o: actions.overview!,
    g: actions.jump!,
    s: speaker ? () => {} : actions.speaker!,
    t: actions.notes!,
    l: actions.laser!,
    d: actions.pen!,
    h: actions.highlighter!,
    e: actions.erase!,
    q: actions.follow!,
    c: actions.contrast!,
    "?": actions.help!,
  };

  function onKey(e: KeyboardEvent) {
    if (!presenting || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (root.querySelector("dialog[open]")) return; // a dialog handles its own keys (Esc closes it)
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const target = e.target instanceof HTMLElement ? e.target : null;
    const inSlide = Boolean(target && items[at.slide]?.contains(target));
    // Text fields keep what is typed; an entered (or dragged) control keeps its keys; the clicker's keys
    // and Esc always come back to the deck.
    if (key !== "Escape" && !CLICKER.has(key)) {
      if (target?.closest(TEXT_FIELD)) return;
      const holder = entered ?? dragging;
      if (holder && target && holder.contains(target)) return;
    }
    if (key === "Escape") {
      if (entered) {
        leave();
        root.focus({ preventScroll: true });
      } else if (blackout) setBlack(false);
      else if (overview) setOverview(false);
      else if (ink.tool) ink.set(null);
      else if (laser.on) laser.set(false);
      else if (followOn) setFollow(false);
      else if (items[at.slide]?.contains(document.activeElement)) root.focus({ preventScroll: true });
      else return;
      e.preventDefault();
      return;
    }
    if (key === "Enter" && inSlide && target?.matches(ENTERABLE) && !overview) {
      e.preventDefault();
      e.stopPropagation();
      enter(target);
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
    const action = keyActions[key];
    if (!action) return;
    // The deck takes the key: neither the focused control nor its default action sees it.
    e.preventDefault();
    e.stopPropagation();
    leave();
    // While blacked out, only the keys that restore it (and navigation, which also restores) act.
    if (blackout && key !== "b" && key !== ".") setBlack(false);
    action();
  }
  on(window, "keydown", onKey, { capture: true });

  // Touch: a horizontal swipe on the stage goes next or back (not while drawing).
  let touch: { x: number; y: number } | null = null;
  on(root, "pointerdown", (e: PointerEvent) => {
    touch =
      e.pointerType === "touch" && !ink.tool && !(e.target as Element).closest("input, [data-chart-plot], button, a, .deck-ink")
        ? { x: e.clientX, y: e.clientY }
        : null;
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

  // The projector's toolbar fades when the mouse rests, and comes back when it moves or takes focus.
  let idleTimer = 0;
  function wake() {
    delete root.dataset.idle;
    window.clearTimeout(idleTimer);
    if (!speaker && presenting) idleTimer = window.setTimeout(() => (root.dataset.idle = ""), IDLE_MS);
  }
  on(window, "pointermove", wake);
  on(root, "focusin", (e: FocusEvent) => {
    if ((e.target as Element).closest?.("[data-deck-toolbar]")) wake();
  });
  cleanups.push(() => window.clearTimeout(idleTimer));

  // History: Back and Forward walk the slides; a hand-edited hash is read the same way.
  const fromLocation = () => {
    const to = fromHash(o.shape, location.hash);
    if (to) {
      settled = true;
      if (!presenting) start(to);
      else go(to, "none");
    }
  };
  on(window, "popstate", fromLocation);
  on(window, "hashchange", fromLocation);

  // The other window (audience or speaker) moves this one; a newcomer asks for the current state, and only
  // a window that knows where the talk is answers.
  if (channel) {
    channel.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data;
      if (!m || typeof m !== "object") return;
      if (m.type === "hello") {
        if (settled) send({ type: "state", slide: at.slide, step: at.step, black: blackout });
      } else if (m.type === "state") {
        const to = fromHash(o.shape, toHash({ slide: m.slide, step: m.step }));
        settled = true;
        if (to && presenting) go(to, "replace", true);
        setBlack(Boolean(m.black), true);
      } else if (m.type === "laser") laser.remote(m.x, m.y, m.on);
      else if (m.type === "theme") setTheme(Boolean(m.projector), true);
      else if (m.type === "ink") {
        if (m.slide === at.slide && Array.isArray(m.points)) ink.remote(String(m.id), m.tool === "highlighter" ? "highlighter" : "pen", m.points);
      } else if (m.type === "ink-clear") {
        if (m.slide === at.slide) ink.clear();
      } else if (m.type === "navigate" && o.nextDeck && m.href === o.nextDeck) handOver(m.href);
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
  // On a phone the deck does not present: it reads as a column of slides (the phone view), scrolled to the
  // slide a link names.
  try {
    if (localStorage.getItem(THEME_KEY) === "projector") setTheme(true, true);
  } catch {}
  if (speaker) root.dataset.view = "speaker";
  const phone = !speaker && window.matchMedia("(max-width: 40rem)").matches;
  const initial = fromHash(o.shape, location.hash);
  settled = Boolean(initial) || speaker;
  if (phone) {
    paint(true);
    if (initial) items[initial.slide]?.scrollIntoView({ block: "start" });
  } else if (initial || root.hasAttribute("data-autostart") || speaker) start(initial ?? first());
  else paint(true);
  send({ type: "hello" });
  root.dataset.deckReady = "";

  return () => {
    cleanups.forEach((c) => c());
    delete doc.dataset.deckPresenting;
  };
}
