// The virtualization-loss chart as a page component: its spec (spec.ts) placed by the shared Figure. At a
// step (a scrollytelling state, a slide, an embed's ?step=) it draws that step; without one (an embed,
// the gallery) it draws the fleet and adds the fleet calculator, a small island that loads lazily.
import type { ChartProps } from "@/components/charts/registry";
import type { Locale } from "@/lib/i18n";
import { sourceNames } from "@/lib/data/registry";
import { Figure } from "@/components/charts/shared/Figure";
import { FleetExplorer } from "@/components/charts/shared/lazy-islands";
import { IslandProps } from "@/components/islands/IslandProps";
import type { FleetExplorerProps } from "@/components/charts/virtualization-loss/FleetExplorer";
import { virtualizationCopy, virtualizationInput, virtualizationLoss } from "@/components/charts/virtualization-loss/spec";
import { fleetContext } from "@/components/charts/virtualization-loss/layout";
import { COMPLETE } from "@/components/charts/virtualization-loss/steps";
import { virtText } from "@/components/charts/virtualization-loss/text";
import { DEFAULT_FLEET } from "@/components/charts/virtualization-loss/model";

/** The fleet calculator's props as plain data: the embed writes them into its page so its island can render again. */
export function fleetExplorerProps(locale: Locale, uid = "virtualization-loss"): FleetExplorerProps {
  const copy = virtualizationCopy(locale);
  const input = virtualizationInput(locale);
  const { words, example } = fleetContext(input, copy, (ids) => sourceNames(ids, locale));
  return {
    uid,
    locale,
    words,
    example,
    title: virtText(input, copy, locale, COMPLETE).title,
    desc: copy.descs[COMPLETE.copy]!,
    controls: copy.controls,
    initial: { cores: example.cores, reserved: example.reserved, fleet: DEFAULT_FLEET },
  };
}

export function VirtualizationLossChart({ locale, step, uid = "virtualization-loss", compact }: ChartProps) {
  if (step !== undefined) return <Figure compact={compact} def={virtualizationLoss} locale={locale} uid={uid} steps={[step]} />;
  const props = fleetExplorerProps(locale, uid);
  // The props go into the HTML as JSON too, for the pages that ship without React's client runtime.
  const extra = (
    <>
      <FleetExplorer {...props} />
      <IslandProps name="virtualization-loss" props={props} />
    </>
  );
  return <Figure compact={compact} def={virtualizationLoss} locale={locale} uid={uid} extra={extra} />;
}
