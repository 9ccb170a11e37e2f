"use client";
// One small island per chapter: the reading-progress bar, the table of contents that follows the scroll,
// and "continue where you left off" (components/islands/reading.ts).
import { attachAttrs, useAttach } from "@/components/islands/attach";
import { attachReading, type ReadingProps } from "@/components/islands/reading";

export function ReadingTracker({ label, ...props }: ReadingProps & { label: string }) {
  const ref = useAttach<HTMLDivElement, ReadingProps>(attachReading, props);
  return (
    <div
      ref={ref}
      {...attachAttrs("reading", props)}
      className="reading-progress no-print needs-js fixed inset-x-0 top-0 z-40 h-1 bg-transparent"
      aria-hidden="true"
      title={label}
    >
      <div className="h-full origin-left bg-accent" style={{ transform: "scaleX(0)" }} />
    </div>
  );
}
