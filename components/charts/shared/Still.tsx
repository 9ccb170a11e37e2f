// An island's picture for exports. Pages render the island (its children); lib/export/chart-parts.ts renders
// `view` instead: the same stateless View the island draws in its first state, so a downloaded SVG or PNG
// shows what a reader sees before touching anything. A server component, so `view` never reaches the client.
import type { ReactNode } from "react";

export function Still({ children }: { view: ReactNode; children: ReactNode }) {
  return <>{children}</>;
}
