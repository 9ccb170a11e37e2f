// Esc hides an open citation popover (WCAG 1.4.13) until the pointer or focus leaves it. Tiny and framework-free.
const script = `(function(){document.addEventListener("keydown",function(e){if(e.key!=="Escape")return;document.querySelectorAll(".fact:hover,.fact:focus-within").forEach(function(f){f.setAttribute("data-dismissed","")})});function reset(e){var f=e.target&&e.target.closest&&e.target.closest(".fact");if(f)f.removeAttribute("data-dismissed")}document.addEventListener("mouseleave",reset,true);document.addEventListener("focusout",reset,true)})();`;

export function FactPopoverScript() {
  return <script data-keep="" dangerouslySetInnerHTML={{ __html: script }} />;
}
