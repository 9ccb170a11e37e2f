"use client";
// The deck's only client island: an empty marker that attaches the framework-free controller to the
// server-rendered deck around it, so no slide ever passes through React's client payload.
// Offline (issue #6, item 7) is the classroom work's: Deck.tsx mounts its <OfflineRegistration/> beside
// this island, and DeckIntro its "Make available offline" button.
import { useEffect, useRef } from "react";
import { attachDeck, type DeckOptions } from "@/components/present/controller";

export function DeckController(props: DeckOptions) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const root = ref.current?.closest<HTMLElement>(".deck");
    return root ? attachDeck(root, props) : undefined;
    // The options are fixed at build time: attach once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return <span ref={ref} hidden data-deck-island="" />;
}
