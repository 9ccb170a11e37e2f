// Runs before first paint: applies the saved theme and marks the page as scripted, so no wrong theme flashes.
export const THEME_KEY = "ce-theme";

const script = `(function(){var d=document.documentElement;d.classList.add("js");try{var t=localStorage.getItem("${THEME_KEY}");d.dataset.theme=t==="light"||t==="dark"?t:"system"}catch(e){}})();`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
