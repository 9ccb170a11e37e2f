"use client";
// Two ways to print the guide: all of it, or only the student worksheet (the activity, the cases and the
// questions, with their charts and answer lines): components/islands/print.ts.
import { attachAttrs, useAttach } from "@/components/islands/attach";
import { attachPrint } from "@/components/islands/print";

export function PrintButtons({ guide, worksheet }: { guide: string; worksheet: string }) {
  const ref = useAttach<HTMLDivElement, Record<string, never>>(attachPrint, {});
  const button = "rounded-md border border-accent px-3 py-1.5 font-semibold text-accent hover:bg-accent hover:text-paper";
  return (
    <div ref={ref} {...attachAttrs("print")} className="needs-js flex flex-wrap gap-3">
      <button type="button" data-print="guide" className={button}>
        {guide}
      </button>
      <button type="button" data-print="worksheet" data-print-worksheet="" className={button}>
        {worksheet}
      </button>
    </div>
  );
}
