// What an island needs to render on the reader's first intent rather than at load: the first pointer, touch
// or focus inside it, and focus kept on the same control when the rendered markup takes the server's place.
// Used by components/islands/mount.ts (explorers) and components/islands/runtime.ts (stateful components).

const INTENT_EVENTS = ["pointerover", "touchstart", "focusin"] as const;

/** Runs `run` once, on the first pointer over, touch or focus inside any of `targets` (capture phase, so it
 * runs before the event reaches the control under it). */
export function onFirstIntent(targets: Element[], run: () => void): void {
  const once = () => {
    for (const t of targets) for (const e of INTENT_EVENTS) t.removeEventListener(e, once, true);
    run();
  };
  for (const t of targets) for (const e of INTENT_EVENTS) t.addEventListener(e, once, { capture: true, passive: true });
}

const FOCUSABLE = "input, button, select, textarea, a[href], [tabindex]";

/** Where focus is among the controls of `roots`, in document order (-1: elsewhere). */
export function focusedIndex(roots: Element[]): number {
  return roots.flatMap((el) => Array.from(el.querySelectorAll(FOCUSABLE))).indexOf(document.activeElement as Element);
}

/** Gives focus to the control at `index` of `root`: the same control, rendered again. */
export function refocus(root: Element, index: number): void {
  if (index >= 0) root.querySelectorAll<HTMLElement>(FOCUSABLE)[index]?.focus();
}
