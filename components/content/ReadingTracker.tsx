"use client";
// The reading bar: a slim strip fixed to the bottom of the screen while a chapter is read, with the five
// chapters as dots (links, the current one marked) and the reading progress along its top edge. Its
// behaviour (components/islands/reading.ts) fills the progress, makes the table of contents follow the
// scroll and keeps "continue where you left off". Without JavaScript the dots still link; the progress
// line is left out. The dots are rendered on the server and passed in as children.
import type { ReactNode } from "react";
import { attachAttrs, useAttach } from "@/components/islands/attach";
import { attachReading, type ReadingProps } from "@/components/islands/reading";

export function ReadingTracker({ label, progressLabel, children, ...props }: ReadingProps & { label: string; progressLabel: string; children?: ReactNode }) {
  const ref = useAttach<HTMLElement, ReadingProps>(attachReading, props);
  return (
    <nav ref={ref} {...attachAttrs("reading", props)} aria-label={label} className="moveon-bar no-print" data-moveon-bar="">
      <div className="moveon-progress needs-js" aria-hidden="true" title={progressLabel}>
        <div data-progress="" style={{ transform: "scaleX(0)" }} />
      </div>
      {children}
    </nav>
  );
}
