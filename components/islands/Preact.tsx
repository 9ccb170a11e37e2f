// A client component whose markup changes with its state (the embed-code builder, "make available
// offline", the offline page's list). In the built site, whose pages ship without React, the runtime
// (components/islands/runtime.ts, PREACT) renders it again with Preact from the props written here as
// JSON, in place of its server HTML; under `next dev` React hydrates it as usual.
import type { ComponentType } from "react";
import { scriptJson } from "@/lib/script-json";

/** `onIntent`: render on the reader's first pointer, touch or focus inside it, not at load (the server HTML
 * shows the default state until then; a page with several, like the gallery, does not render them all at load). */
export function Preact<P extends object>({
  name,
  component: Component,
  props,
  onIntent = false,
}: {
  name: string;
  component: ComponentType<P>;
  props: P;
  onIntent?: boolean;
}) {
  return (
    <div data-preact={name} data-preact-on={onIntent ? "intent" : undefined} className="contents">
      <script type="application/json" data-preact-props="" dangerouslySetInnerHTML={{ __html: scriptJson(props) }} />
      <Component {...props} />
    </div>
  );
}
