// A copy button: copies the text of the element it names and says so for two seconds.
import type { Attach } from "@/components/islands/attach";

export type CopyProps = { targetId: string; label: string; done: string };

export const attachCopy: Attach<CopyProps> = (el, { targetId, label, done }) => {
  const status = el.querySelector("span") ?? el;
  let timer = 0;
  const onClick = async () => {
    const text = document.getElementById(targetId)?.innerText ?? "";
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = done;
      clearTimeout(timer);
      timer = window.setTimeout(() => (status.textContent = label), 2000);
    } catch {}
  };
  el.addEventListener("click", onClick);
  return () => {
    clearTimeout(timer);
    el.removeEventListener("click", onClick);
  };
};
