"use client";
// An empty marker inside the scrolly container (so the figures never pass through a client payload); the
// behaviour, which step is active and what the figure shows, is components/islands/scrolly.ts.
import { attachAttrs, useAttach } from "@/components/islands/attach";
import { attachScrolly, type ScrollyProps } from "@/components/islands/scrolly";

export function ScrollyIsland(props: ScrollyProps) {
  const ref = useAttach<HTMLSpanElement, ScrollyProps>(attachScrolly, props);
  return <span ref={ref} hidden {...attachAttrs("scrolly", props)} data-scrolly-island="" />;
}
