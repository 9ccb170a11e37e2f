// The chart's story, as a table: what each step draws. The layout reads this; there is no step branching
// anywhere else. Pure.

export type NoteKey = "example" | "card" | "fleet" | "strip";

export type StepPlan = {
  /** The server drawn large, the server and its fleet, or the overhead strip. */
  view: "server" | "fleet" | "strip";
  /** The server's reserved cores: kept by the hypervisor, or returned to customers by the card. */
  reserved: "lost" | "returned";
  /** The reserved share as a big figure, with what it means and how the article rounds it. */
  share?: boolean;
  /** The X-Dragon card: waiting hidden to the right (so the next step slides it in), or in place. */
  card?: "waiting" | "in";
  /** The copy's entry (titles, subtitles, descriptions) for this state. */
  copy: number;
  notes: NoteKey[];
  /** The fleet calculator: the reader sets the server and the fleet with sliders. */
  calculator?: boolean;
};

export const STEPS: StepPlan[] = [
  { view: "server", reserved: "lost", share: true, card: "waiting", copy: 0, notes: ["example"] },
  { view: "server", reserved: "returned", card: "in", copy: 1, notes: ["example", "card"] },
  { view: "fleet", reserved: "lost", copy: 2, notes: ["example", "fleet"] },
  { view: "strip", reserved: "lost", copy: 3, notes: ["strip"] },
];

export const STEP_COUNT = STEPS.length;

/** The complete chart (no step: an embed, the gallery): the fleet with its calculator. */
export const COMPLETE: StepPlan = { view: "fleet", reserved: "lost", copy: 2, notes: ["example", "fleet"], calculator: true };

export const planFor = (step: number | undefined): StepPlan => (step === undefined ? COMPLETE : STEPS[Math.max(0, Math.min(STEP_COUNT - 1, step))]!);
