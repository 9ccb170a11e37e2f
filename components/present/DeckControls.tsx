// The deck's controls, rendered on the server and hidden without JavaScript: the toolbar, the live region,
// the black-out screen, the laser layer, the follow-along corner, the speaker view's timer, and three
// dialogs (keys, go to a slide, handout). DeckController finds them by their data-deck-* attributes; no
// control needs React state.
import type { Dictionary } from "@/lib/ui";
import { fill } from "@/lib/fill";

type T = Dictionary["present"];

const KEYS: { keys: string[]; what: keyof T["keys"] }[] = [
  { keys: ["→", "Space", "PgDn", "N"], what: "next" },
  { keys: ["←", "PgUp", "P"], what: "previous" },
  { keys: ["Home", "End"], what: "firstLast" },
  { keys: ["F"], what: "fullscreen" },
  { keys: ["B", "."], what: "black" },
  { keys: ["O"], what: "overview" },
  { keys: ["G"], what: "jump" },
  { keys: ["S"], what: "speaker" },
  { keys: ["T"], what: "notes" },
  { keys: ["L"], what: "laser" },
  { keys: ["D"], what: "pen" },
  { keys: ["H"], what: "highlighter" },
  { keys: ["E"], what: "erase" },
  { keys: ["Q"], what: "follow" },
  { keys: ["C"], what: "contrast" },
  { keys: ["?"], what: "help" },
  { keys: ["Enter"], what: "enter" },
  { keys: ["Esc"], what: "escape" },
];

/** A 24-unit line icon in the text colour; the button's label names it. */
function Icon({ d, fill }: { d: string; fill?: boolean }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={d} />
      {fill ? <path d="M12 3a9 9 0 0 1 0 18z" fill="currentColor" stroke="none" /> : null}
    </svg>
  );
}

function Button({ action, label, children, pressed }: { action: string; label: string; children: React.ReactNode; pressed?: boolean }) {
  return (
    <button
      type="button"
      className="deck-button"
      data-deck-action={action}
      aria-label={label}
      title={label}
      aria-pressed={pressed === undefined ? undefined : pressed}
    >
      {children}
    </button>
  );
}

export function DeckControls({ t, total }: { t: T; total: number }) {
  return (
    <>
      <div className="deck-toolbar needs-js" role="group" aria-label={t.toolbar} data-deck-toolbar="">
        <Button action="previous" label={t.previous}>
          ←
        </Button>
        <span className="deck-position" data-deck-position="">
          {fill(t.position, { n: 1, total })}
        </span>
        <Button action="next" label={t.next}>
          →
        </Button>
        <span className="deck-sep" aria-hidden="true" />
        <Button action="overview" label={t.overview} pressed={false}>
          <Icon d="M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 13h7v7h-7z" />
        </Button>
        <Button action="notes" label={t.notesPanel} pressed={false}>
          <Icon d="M5 6h14M5 10h14M5 14h14M5 18h9" />
        </Button>
        <Button action="speaker" label={t.speaker}>
          <Icon d="M3 5h11v9H3zM10 10h11v9H10z" />
        </Button>
        <Button action="laser" label={t.laser} pressed={false}>
          <Icon d="M12 12m-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0M12 3v3M12 18v3M3 12h3M18 12h3" />
        </Button>
        <Button action="pen" label={t.pen} pressed={false}>
          <Icon d="M4 20l4-1L19 8l-3-3L5 16zM14 7l3 3" />
        </Button>
        <Button action="highlighter" label={t.highlighter} pressed={false}>
          <Icon d="M9 15l-3 3h5M8 13l6-9 5 4-7 8zM4 21h16" />
        </Button>
        <Button action="erase" label={t.erase}>
          <Icon d="M16 4l5 5-9 9H7l-4-4zM10 9l5 5M13 21h8" />
        </Button>
        <Button action="follow" label={t.follow} pressed={false}>
          <Icon d="M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h2v2h-2zM18 18h2v2h-2zM14 18h2M18 14h2" />
        </Button>
        <Button action="contrast" label={t.projector} pressed={false}>
          <Icon d="M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM12 3v18" fill />
        </Button>
        <Button action="handout" label={t.handout}>
          <Icon d="M7 8V3h10v5M7 17H4v-8h16v8h-3M7 14h10v7H7z" />
        </Button>
        <Button action="fullscreen" label={t.fullscreen}>
          <Icon d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5" />
        </Button>
        <Button action="help" label={t.help}>
          ?
        </Button>
        <Button action="exit" label={t.exit}>
          ✕
        </Button>
      </div>

      <div className="deck-speaker-bar needs-js" data-deck-speaker-bar="" role="group" aria-label={t.timer}>
        <p>
          <span className="deck-speaker-label">{t.elapsed}</span>{" "}
          <span className="deck-timer" data-deck-timer="" role="timer">
            0:00
          </span>
        </p>
        <p className="deck-pace" data-deck-pace="">
          {t.onTime}
        </p>
        <p className="deck-target" data-deck-target="" />
        <button type="button" className="deck-button deck-button-text" data-deck-action="pause">
          {t.pause}
        </button>
        <button type="button" className="deck-button deck-button-text" data-deck-action="reset">
          {t.reset}
        </button>
      </div>

      <p className="sr-only" aria-live="polite" aria-atomic="true" data-deck-live="" />
      <p className="deck-toast" role="status" data-deck-toast="" hidden />
      <div className="deck-black" data-deck-black="" hidden />
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a canvas without tabindex takes no focus; the laser is decoration */}
      <canvas className="deck-laser" data-deck-laser="" aria-hidden="true" hidden />
      <aside className="deck-follow deck-follow-corner" data-deck-follow="" aria-label={t.followAlong} hidden>
        <div className="deck-qr" role="img" aria-label={t.followAlong} />
        <div>
          <p className="deck-follow-title">{t.followAlong}</p>
          <p>{t.scanSection}</p>
          <p>
            {/* biome-ignore lint/a11y/useValidAnchor: follow.ts sets the address of the slide on screen; the corner is hidden without JavaScript */}
            <a className="deck-url" href="#" data-verbatim="">
              {" "}
            </a>
          </p>
        </div>
      </aside>

      <dialog className="deck-dialog" data-deck-dialog="help" aria-labelledby="deck-help-title">
        <h2 id="deck-help-title">{t.helpTitle}</h2>
        <p>{t.helpIntro}</p>
        <p>{t.helpControls}</p>
        <table className="deck-keys">
          <tbody>
            {KEYS.map((k) => (
              <tr key={k.what}>
                <th scope="row">
                  {k.keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 ? " " : ""}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </th>
                <td>{t.keys[k.what]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog">
          <button type="submit" className="deck-button deck-button-text">
            {t.close}
          </button>
        </form>
      </dialog>

      <dialog className="deck-dialog" data-deck-dialog="jump" aria-labelledby="deck-jump-title">
        <h2 id="deck-jump-title">{t.jumpTitle}</h2>
        <form data-deck-jump="" role="search">
          <label htmlFor="deck-jump-input">{fill(t.jumpSearch, { total })}</label>
          <div className="deck-jump-row">
            <input
              id="deck-jump-input"
              name="slide"
              type="search"
              autoComplete="off"
              spellCheck={false}
              role="combobox"
              aria-autocomplete="list"
              aria-expanded="false"
              aria-controls="deck-jump-list"
              required
            />
            <button type="submit" className="deck-button deck-button-text">
              {t.jumpGo}
            </button>
          </div>
          {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the combobox's listbox, as in the ARIA pattern */}
          <ul id="deck-jump-list" className="deck-jump-list" role="listbox" aria-label={t.jumpResults} data-deck-jump-list="" hidden />
          <p className="deck-jump-empty" data-deck-jump-empty="" hidden>
            {t.jumpNone}
          </p>
        </form>
      </dialog>

      <dialog className="deck-dialog" data-deck-dialog="handout" aria-labelledby="deck-handout-title">
        <h2 id="deck-handout-title">{t.handoutTitle}</h2>
        <p>{t.handoutIntro}</p>
        <form data-deck-handout="">
          <p>
            <label>
              <input type="checkbox" name="notes" data-deck-print="notes" /> {t.handoutNotes}
            </label>
          </p>
          <p>
            <label>
              <input type="checkbox" name="three" data-deck-print="three" /> {t.handoutThree}
            </label>
          </p>
          <div className="deck-jump-row">
            <button type="submit" className="deck-button deck-button-text" value="print">
              {t.handoutPrint}
            </button>
            <button type="button" className="deck-button deck-button-text" data-deck-action="close">
              {t.close}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
