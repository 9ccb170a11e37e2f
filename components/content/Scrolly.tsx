// Scrollytelling: a chart pinned while steps of text scroll past; the active step drives the chart.
// The server renders one captioned figure per step, in reading order. That sequence is what readers
// without JavaScript, or with reduced motion, get. With JavaScript the same markup becomes a pinned
// chart: CSS grid stacks the step figures in one sticky cell and ScrollyIsland sets data-active-step.
import { Children, isValidElement, type ReactElement, type ReactNode } from "react";
import { ScrollyIsland } from "@/components/content/ScrollyIsland";

export function Step({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

export function Scrolly({
  chart,
  renderChart,
  children,
}: {
  chart: string;
  renderChart: (step: number) => ReactNode;
  children?: ReactNode;
}) {
  const steps = Children.toArray(children).filter((c): c is ReactElement<{ children?: ReactNode }> => isValidElement(c));
  return (
    <div className="scrolly breakout" data-scrolly={chart} data-steps={steps.length} data-active-step="0" style={{ ["--steps" as string]: steps.length }}>
      {steps.map((step, k) => (
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
