// Scrollytelling: a chart pinned while steps of text scroll past; the active step drives the chart.
// A chart on the kernel (components/charts/definitions.ts) is one figure whose steps are states: the server
// draws it in its final state, the step texts follow in reading order (that is the view without
// JavaScript and in print), and ScrollyIsland pins it and moves it from state to state as the reader
// scrolls, animating the same marks. Charts not yet on the kernel still render one figure per step.
import { Children, isValidElement, type ReactElement, type ReactNode } from "react";
import { ScrollyIsland } from "@/components/content/ScrollyIsland";

export function Step({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

export function Scrolly({
  chart,
  renderChart,
  renderLive,
  children,
}: {
  chart: string;
  renderChart: (step: number) => ReactNode;
  /** One figure moving through the given steps (charts on the kernel), and its sources, notes and table. */
  renderLive?: (steps: number[]) => { figure: ReactNode; details: ReactNode };
  children?: ReactNode;
}) {
  const steps = Children.toArray(children).filter((c): c is ReactElement<{ children?: ReactNode }> => isValidElement(c));
  const n = steps.length;
  if (renderLive) {
    const live = renderLive(steps.map((_, k) => k));
    return (
      <div className="scrolly-live breakout" data-scrolly={chart} data-steps={n} data-active-step={n - 1}>
        <div className="scrolly-figure">{live.figure}</div>
        <ol className="scrolly-steps">
          {steps.map((step, k) => (
            <li key={k} className="scrolly-step" data-step={k}>
              {step.props.children}
            </li>
          ))}
        </ol>
        {/* Sources, notes and the table follow the section: the pinned frame holds only the plot. */}
        <div className="scrolly-details">{live.details}</div>
        <ScrollyIsland chart={chart} />
      </div>
    );
  }
  return (
    <div className="scrolly breakout" data-scrolly={chart} data-steps={n} data-active-step="0" style={{ ["--steps" as string]: n }}>
      {steps.map((_, k) => (
        <div key={`f${k}`} className="scrolly-figure" data-step-figure={k} style={{ gridRow: `${2 * k + 1}` }}>
          {renderChart(k)}
        </div>
      ))}
      {steps.map((step, k) => (
        <div key={`t${k}`} className="scrolly-step" data-step={k} style={{ gridRow: `${2 * k + 2}` }}>
          {step.props.children}
        </div>
      ))}
      <ScrollyIsland chart={chart} />
    </div>
  );
}
