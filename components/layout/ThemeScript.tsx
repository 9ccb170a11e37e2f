// Runs before first paint: applies the saved theme and marks the page as scripted, so no wrong theme flashes.
import { THEME_KEY } from "@/components/islands/theme";

const script = `(function(){var d=document.documentElement;d.classList.add("js");try{var t=localStorage.getItem("${THEME_KEY}");d.dataset.theme=t==="light"||t==="dark"?t:"system"}catch(e){}})();`;

export function ThemeScript() {
  return <script data-keep="" dangerouslySetInnerHTML={{ __html: script }} />;
}
