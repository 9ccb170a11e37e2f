"use client";
// Copies a block's text to the clipboard and says so. Hidden without JavaScript (the text can still be selected).
import { useState } from "react";

export function CopyButton({ targetId, label, done }: { targetId: string; label: string; done: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="needs-js no-print rounded border border-rule px-2.5 py-1 text-sm hover:border-accent"
      onClick={async () => {
        const text = document.getElementById(targetId)?.innerText ?? "";
        try {
          await navigator.clipboard.writeText(text);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch {}
      }}
    >
      <span aria-live="polite">{copied ? done : label}</span>
    </button>
  );
}
