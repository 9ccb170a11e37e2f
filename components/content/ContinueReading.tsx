"use client";
// The cover's main button: "Start reading" by default; "Continue reading: …" once the reader has a saved
// position in this locale's chapters (components/islands/continue.ts swaps its text: nothing moves).
import { attachAttrs, useAttach } from "@/components/islands/attach";
import { attachContinue, type ContinueProps } from "@/components/islands/continue";

export function ContinueReading({ start, ...props }: ContinueProps & { start: { href: string; label: string } }) {
  const ref = useAttach<HTMLAnchorElement, ContinueProps>(attachContinue, props);
  return (
    <a
      ref={ref}
      href={start.href}
      {...attachAttrs("continue", props)}
      className="inline-block rounded bg-ink px-5 py-2.5 font-sans font-semibold text-paper no-underline hover:opacity-90"
    >
      {start.label}
    </a>
  );
}
