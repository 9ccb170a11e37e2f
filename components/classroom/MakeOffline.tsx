"use client";
// "Make available offline": asks the worker to save every deck, chapter and the teacher's guide of this
// locale, shows "12 of 40 files" as it goes, and says how it ended in a polite live region. On load it
// asks the worker what is already saved, so a teacher sees at a glance whether the classroom PC is ready.
import { useEffect, useState } from "react";
import { fill } from "@/lib/fill";
import type { Locale } from "@/lib/i18n";
import { askWorker, offlineSupported } from "@/lib/offline/client";

export type MakeOfflineLabels = {
  button: string;
  again: string;
  started: string;
  progress: string;
  done: string;
  already: string;
  failed: string;
  unsupported: string;
  noJs: string;
};

type State =
  | { kind: "idle" }
  | { kind: "unsupported" }
  | { kind: "saving"; done: number; total: number }
  | { kind: "saved"; total: number; fresh: boolean }
  | { kind: "failed"; failed: number; total: number };

export function MakeOffline({ locale, labels }: { locale: Locale; labels: MakeOfflineLabels }) {
  const [state, setState] = useState<State>({ kind: "idle" });
  // The button answers once the island runs: a click on inert server HTML would be lost.
  const [live, setLive] = useState(false);

  useEffect(() => {
    setLive(true);
    if (!offlineSupported()) {
      setState({ kind: "unsupported" });
      return;
    }
    let current = true;
    askWorker({ type: "status", locale })
      .then((r) => {
        if (current && r.type === "status" && r.saved) setState((s) => (s.kind === "idle" ? { kind: "saved", total: r.total, fresh: false } : s));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [locale]);

  const save = async () => {
    setState({ kind: "saving", done: 0, total: 0 });
    try {
      const r = await askWorker({ type: "save-locale", locale }, (done, total) => setState({ kind: "saving", done, total }));
      if (r.type === "saved-locale" && r.ok) setState({ kind: "saved", total: r.total, fresh: true });
      else if (r.type === "saved-locale") setState({ kind: "failed", failed: r.failed, total: r.total });
    } catch {
      setState({ kind: "failed", failed: 0, total: 0 });
    }
  };

  // Only the start and the end are announced; the count in between is shown, not spoken file by file.
  const message =
    state.kind === "saving"
      ? labels.started
      : state.kind === "saved"
        ? fill(state.fresh ? labels.done : labels.already, { total: state.total })
        : state.kind === "failed"
          ? fill(labels.failed, { failed: state.failed || "?", total: state.total || "?" })
          : state.kind === "unsupported"
            ? labels.unsupported
            : "";

  return (
    <div data-make-offline={state.kind} className="font-sans">
      <noscript>
        <p className="text-sm text-muted">{labels.noJs}</p>
      </noscript>
      <div className="needs-js flex flex-wrap items-center gap-x-4 gap-y-2">
        {state.kind !== "unsupported" ? (
          <button
            type="button"
            onClick={save}
            disabled={!live || state.kind === "saving"}
            data-make-offline-button=""
            className="rounded-md border-2 border-accent bg-accent px-4 py-2 font-semibold text-paper hover:opacity-90 disabled:cursor-wait disabled:opacity-70"
          >
            {state.kind === "saved" ? labels.again : labels.button}
          </button>
        ) : null}
        {state.kind === "saving" ? (
          <span className="flex items-center gap-2 text-sm tabular-nums" data-offline-progress="">
            <progress max={state.total || 1} value={state.done} aria-label={labels.button} className="h-2 w-32" />
            {state.total ? fill(labels.progress, { done: state.done, total: state.total }) : null}
          </span>
        ) : null}
      </div>
      <p className="needs-js mt-2 text-sm" aria-live="polite" data-offline-message="">
        {message}
      </p>
    </div>
  );
}
