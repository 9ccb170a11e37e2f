// The deck's controller (components/present/controller.ts) on the server-rendered deck around the marker.
import type { Attach } from "@/components/islands/attach";
import { attachDeck, type DeckOptions } from "@/components/present/controller";

export const attachDeckMarker: Attach<DeckOptions> = (el, options) => {
  const root = el.closest<HTMLElement>(".deck");
  return root ? attachDeck(root, options) : undefined;
};
