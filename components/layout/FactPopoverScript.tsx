// Citations in place, tiny and framework-free (one inline script for every page). A tap or click on a note
// marker opens its citation where the reader is (a popover; a sheet at the bottom of a phone) instead of
// jumping to the notes: the page does not move. The citation's own link goes on to the note, whose "back"
// link returns to the marker the reader came from. Esc closes the citation and gives focus back to its
// marker; so does a tap elsewhere or the sheet's close button. Hover and keyboard focus still preview it
// (WCAG 1.4.13: Esc hides a hovered one until the pointer or focus leaves). Without JavaScript the marker
// is a plain link to the note, and the note's back link goes to the first place that cites it.
// Each citation ships in a <template> (components/content/Fact.tsx); mat() puts it in place the first time
// its figure is pointed at, focused or clicked, and points the markers' aria-describedby at it.
// A figure under a mouse is marked data-hover: its text block (content-visibility: auto, app/globals.css) is
// drawn without clipping while the citation shows. CSS cannot ask the block for a .fact:hover inside it:
// Chromium 156 crashes on a tap when :has(.fact:hover) switches a block's content-visibility.
const script = `(function(){
var open=null;
function mat(f){if(!f||f.__m)return;f.__m=1;var t=f.querySelector(":scope>template[data-fact-tpl]");if(!t)return;var p=t.content.firstElementChild;f.replaceChild(t.content,t);if(!p||!p.id)return;var m=f.querySelectorAll("[data-note-marker]");for(var i=0;i<m.length;i++){m[i].setAttribute("aria-describedby",p.id);m[i].setAttribute("aria-controls",p.id)}}
function fact(e){var t=e.target;return t&&t.closest?t.closest(".fact"):null}
document.addEventListener("pointerover",function(e){var f=fact(e);mat(f);if(f&&e.pointerType==="mouse")f.setAttribute("data-hover","")},true);
document.addEventListener("pointerout",function(e){var f=fact(e);if(f&&!(e.relatedTarget&&f.contains(e.relatedTarget)))f.removeAttribute("data-hover")},true);
function marker(f){return f&&f.querySelector("[data-note-marker]")}
function close(restore){if(!open)return;var f=open;open=null;f.removeAttribute("data-open");f.setAttribute("data-dismissed","");var m=f.querySelectorAll("[data-note-marker]");for(var i=0;i<m.length;i++)m[i].setAttribute("aria-expanded","false");if(restore){var a=f.__from||marker(f);if(a)a.focus({preventScroll:true})}}
function show(f,a){if(open&&open!==f)close(false);open=f;f.__from=a;f.removeAttribute("data-dismissed");f.setAttribute("data-open","");a.setAttribute("aria-expanded","true")}
function backTo(n,a){var b=document.querySelector('#note-'+n+' [data-note-back]');if(b&&a&&a.id)b.setAttribute("href","#"+a.id)}
document.addEventListener("click",function(e){
var t=e.target;if(!t||!t.closest)return;
var a=t.closest("[data-note-marker]");
if(a&&a.closest(".fact")){e.preventDefault();var f=a.closest(".fact");mat(f);if(open===f&&f.__from===a){close(true)}else{show(f,a);a.focus({preventScroll:true})}backTo(a.getAttribute("data-note-marker"),a);return}
if(a){backTo(a.getAttribute("data-note-marker"),a);return}
var l=t.closest("[data-note-link]");
if(l){var g=l.closest(".fact");backTo(l.getAttribute("data-note-link"),g&&(g.__from||marker(g)));close(false);return}
if(t.closest("[data-fact-close]")){close(true);return}
if(open&&!t.closest(".fact-pop"))close(false);
});
document.addEventListener("keydown",function(e){if(e.key!=="Escape")return;if(open){e.preventDefault();close(true);return}
document.querySelectorAll(".fact:hover,.fact:focus-within").forEach(function(f){f.setAttribute("data-dismissed","")})});
function reset(e){var f=e.target&&e.target.closest&&e.target.closest(".fact");if(f&&f!==open)f.removeAttribute("data-dismissed")}
document.addEventListener("mouseleave",reset,true);document.addEventListener("focusout",reset,true);
document.addEventListener("focusin",function(e){mat(fact(e));if(open&&!open.contains(e.target))close(false)});
})();`;

export function FactPopoverScript() {
  return <script data-keep="" dangerouslySetInnerHTML={{ __html: script }} />;
}
