// Two ways to print the guide: all of it, or only the student worksheet. The worksheet mode is a data
// attribute on <html> that the print stylesheet reads; it is cleared after printing.
import type { Attach } from "@/components/islands/attach";

export const attachPrint: Attach = (el) => {
  const onClick = (e: Event) => {
    const button = (e.target as HTMLElement).closest<HTMLElement>("button[data-print]");
    if (!button) return;
    const root = document.documentElement;
    if (button.dataset.print === "worksheet") root.dataset.print = "worksheet";
    window.addEventListener("afterprint", () => delete root.dataset.print, { once: true });
    window.print();
  };
  el.addEventListener("click", onClick);
  return () => el.removeEventListener("click", onClick);
};
