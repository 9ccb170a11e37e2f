"use client";
// The deck's marker: components/islands/deck.ts attaches the framework-free controller to the
// server-rendered deck around it, so no slide ever passes through a client payload.
import { attachAttrs, useAttach } from "@/components/islands/attach";
import { attachDeckMarker } from "@/components/islands/deck";
import type { DeckOptions } from "@/components/present/controller";

export function DeckController(props: DeckOptions) {
  const ref = useAttach<HTMLSpanElement, DeckOptions>(attachDeckMarker, props);
  return <span ref={ref} hidden {...attachAttrs("deck", props)} data-deck-island="" />;
}
