// Small MDX building blocks for the story: anchors for timeline events, speaker notes (hidden when
// reading), slide boundaries, and scrollytelling steps.
import type { ReactNode } from "react";
import { registry } from "@/lib/data/registry";

/** Marks the place in a chapter that tells a timeline event, so the timeline can link to it. */
export function EventAnchor({ id }: { id: string }) {
  if (!registry().events.some((e) => e.id === id)) throw new Error(`<Event id="${id}"/>: no such event in content/data/events.json`);
  return <span id={`event-${id}`} data-event={id} className="event-anchor block scroll-mt-24" aria-hidden="true" />;
}

/** Speaker notes for the classroom deck. Readers never see them. */
export function SpeakerNotes(_: { children?: ReactNode }) {
  return null;
}

/** An explicit slide boundary for the deck; in the reading view it is just its content. */
export function Slide({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}
