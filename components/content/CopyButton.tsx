"use client";
// Copies a block's text to the clipboard and says so (components/islands/copy.ts). Hidden without
// JavaScript (the text can still be selected).
import { attachAttrs, useAttach } from "@/components/islands/attach";
import { attachCopy, type CopyProps } from "@/components/islands/copy";

export function CopyButton(props: CopyProps) {
  const ref = useAttach<HTMLButtonElement, CopyProps>(attachCopy, props);
  return (
    <button
      ref={ref}
      type="button"
      {...attachAttrs("copy", props)}
      className="needs-js no-print rounded border border-rule px-2.5 py-1 text-sm hover:border-accent"
    >
      <span aria-live="polite">{props.label}</span>
    </button>
  );
}
