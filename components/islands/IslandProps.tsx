// An island's props as JSON inside its figure, for the pages that ship without React's client runtime
// (scripts/site-finalize.mjs, scripts/embed-finalize.mjs): components/islands/mount.ts reads them back.
import { scriptJson } from "@/lib/script-json";

export function IslandProps({ name, props }: { name: string; props: unknown }) {
  return <script type="application/json" data-island-props={name} dangerouslySetInnerHTML={{ __html: scriptJson(props) }} />;
}
