"use client";
// Two ways to print the guide: all of it, or only the student worksheet (the activity, the cases and the
// questions, with their charts and answer lines). The worksheet mode is a data attribute on <html> that
// the print stylesheet reads; it is cleared after printing, so Ctrl+P prints the whole guide again.
export function PrintButtons({ guide, worksheet }: { guide: string; worksheet: string }) {
  const print = (mode: "guide" | "worksheet") => {
    const root = document.documentElement;
    if (mode === "worksheet") root.dataset.print = "worksheet";
    window.addEventListener("afterprint", () => delete root.dataset.print, { once: true });
    window.print();
  };
  return (
    <div className="needs-js flex flex-wrap gap-3">
      <button type="button" onClick={() => print("guide")} className="rounded-md border border-accent px-3 py-1.5 font-semibold text-accent hover:bg-accent hover:text-paper">
        {guide}
      </button>
      <button type="button" onClick={() => print("worksheet")} data-print-worksheet="" className="rounded-md border border-accent px-3 py-1.5 font-semibold text-accent hover:bg-accent hover:text-paper">
        {worksheet}
      </button>
    </div>
  );
}
