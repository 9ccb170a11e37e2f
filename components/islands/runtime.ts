// The one script a finalized page loads (scripts/site-finalize.mjs bundles it with esbuild, as an ES
// module with its rarer parts in chunks of their own; no React, no Next runtime). It gives the server HTML
// its behaviours: every element marked data-attach="name" gets attach(el, props) from this folder, and every
// [data-preact] component is rendered again with Preact. A chart that carries an explorer (a <script
// data-island-props> in its figure) gets it from a module of its own, components/islands/entries/<name>.ts,
// which the page loads beside this one (so it listens before the reader can reach it). A behaviour that
// fails is reported and the rest go on.
import type { Attach } from "@/components/islands/attach";
import { attachChart } from "@/components/islands/chart";
import { attachContinue } from "@/components/islands/continue";
import { attachControls } from "@/components/islands/controls";
import { attachCopy } from "@/components/islands/copy";
import { fixOrigin } from "@/components/islands/origin";
import { revealCurrentPage } from "@/components/islands/site-nav";
import { attachDoors } from "@/components/islands/doors";
import { attachOfflineRegistration } from "@/components/islands/offline-registration";
import { attachPrint } from "@/components/islands/print";
import { attachReading } from "@/components/islands/reading";
import { attachScrolly } from "@/components/islands/scrolly";
import { attachTheme } from "@/components/islands/theme";
import { settleBlocks } from "@/components/islands/blocks";
import { focusedIndex, onFirstIntent, refocus } from "@/components/islands/intent";

type Loader = () => Attach<never> | Promise<Attach<never>>;

/** Behaviours by name: the small ones are in this file; the large or rare ones load when a page has them. */
export const BEHAVIOURS: Record<string, Loader> = {
  chart: () => attachChart,
  continue: () => attachContinue,
  controls: () => attachControls,
  copy: () => attachCopy,
  doors: () => attachDoors,
  "offline-registration": () => attachOfflineRegistration,
  print: () => attachPrint,
  reading: () => attachReading,
  scrolly: () => attachScrolly,
  theme: () => attachTheme,
  search: () => import("@/components/islands/search").then((m) => m.attachSearch),
  deck: () => import("@/components/islands/deck").then((m) => m.attachDeckMarker),
};

/** Client components whose markup changes with their state, rendered again with Preact (components/islands/Preact.tsx). */
export const PREACT: Record<string, () => Promise<unknown>> = {
  "embed-code": () => import("@/components/gallery/EmbedCode").then((m) => m.EmbedCode),
  "make-offline": () => import("@/components/classroom/MakeOffline").then((m) => m.MakeOffline),
  "offline-index": () => import("@/components/classroom/OfflineIndex").then((m) => m.OfflineIndex),
};

const report = (name: string) => (error: unknown) => console.error(`[cloud-expedition] ${name}:`, error);

/** Behaviours and components still loading; when all have settled, <html data-islands="ready"> says so
 * (browser tests wait on it instead of on network silence). */
const pending: Promise<unknown>[] = [];

function attachAll() {
  for (const el of Array.from(document.querySelectorAll<HTMLElement>("[data-attach]"))) {
    const name = el.dataset.attach ?? "";
    const load = BEHAVIOURS[name];
    if (!load) {
      report(name)(new Error("no such behaviour"));
      continue;
    }
    try {
      const props = el.dataset.props ? (JSON.parse(el.dataset.props) as never) : ({} as never);
      const attach = load();
      if (attach instanceof Promise) pending.push(attach.then((a) => a(el, props)).catch(report(name)));
      else attach(el, props);
    } catch (error) {
      report(name)(error);
    }
  }
}

/** Renders each [data-preact] component again from its JSON props into a holder, then removes its server
 * HTML in the same task (no paint in between): the same component draws the same markup, so nothing moves.
 * A component marked data-preact-on="intent" renders on the reader's first pointer, touch or focus inside it
 * (its code is loaded at once, so that render happens before the pointer's press or the focus's key reaches
 * it), and the control that had focus in the server HTML has it again in the rendered one. */
function mountPreact() {
  const wrappers = Array.from(document.querySelectorAll<HTMLElement>("[data-preact]"));
  if (!wrappers.length) return;
  const preact = import("preact");
  for (const wrapper of wrappers) {
    const name = wrapper.dataset.preact ?? "";
    const load = PREACT[name];
    const json = wrapper.querySelector(":scope > script[data-preact-props]")?.textContent;
    const server = Array.from(wrapper.children).filter((c) => c.tagName !== "SCRIPT");
    if (!load || !json) {
      report(name)(new Error("no such component, or no props"));
      continue;
    }
    const modules = Promise.all([preact, load()]);
    const mount = ([{ h, render }, Component]: Awaited<typeof modules>) => {
      const focused = focusedIndex(server);
      const holder = document.createElement("div");
      holder.className = "contents";
      wrapper.append(holder);
      render(h(Component as never, JSON.parse(json) as never), holder);
      for (const el of server) el.remove();
      refocus(holder, focused);
    };
    if (wrapper.dataset.preactOn !== "intent") {
      pending.push(modules.then(mount).catch(report(name)));
      continue;
    }
    pending.push(modules.catch(report(name)));
    onFirstIntent([wrapper], () => void modules.then(mount).catch(report(name)));
  }
}

fixOrigin();
revealCurrentPage();
attachAll();
mountPreact();
settleBlocks();
void Promise.allSettled(pending).then(() => {
  document.documentElement.dataset.islands = "ready";
});
