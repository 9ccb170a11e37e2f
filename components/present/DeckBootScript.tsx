// Runs as soon as the deck's markup has arrived, before the page hydrates: when the deck will present
// (a chapter deck, the speaker view, or a deep link), it shows the right slide at once instead of
// flashing the whole card sequence first. DeckController takes over from the same attributes.
// It reads only the hash and the presence of ?speaker, through the same pattern as lib/present/nav.ts
// (a step past a slide's last is its last). On a phone (40rem or narrower) a deck never presents: it reads
// as the phone view, a column of slides.
const script = `(function(){var d=document.getElementById("deck");if(!d)return;var s=new URLSearchParams(location.search).has("speaker");var m=/^#\\/(\\d{1,4})(?:\\/(\\d{1,3}))?\\/?$/.exec(location.hash);if(!(d.hasAttribute("data-autostart")||s||m)||(!s&&matchMedia("(max-width: 40rem)").matches))return;var it=d.querySelectorAll(".deck-item");var i=m?Math.min(Math.max(+m[1]-1,0),it.length-1):0;d.setAttribute("data-presenting","");if(s)d.setAttribute("data-view","speaker");document.documentElement.setAttribute("data-deck-presenting","");for(var k=0;k<it.length;k++){if(k===i){it[k].setAttribute("data-current","");var c=it[k].querySelector(".deck-chart");if(c)c.setAttribute("data-active-step",m&&m[2]?String(Math.min(+m[2],+c.getAttribute("data-steps")-1)):"0")}else if(s&&k===i+1)it[k].setAttribute("data-next","");else it[k].setAttribute("data-off","")}d.removeAttribute("data-booting")})();`;

// Runs right after the deck's opening tag, before any card is parsed: when the deck will present, it hides
// the cards (data-booting) and the page around the deck, so the first paint never shows the card sequence
// that DeckBootScript then replaces (that swap was a layout shift of 0.7).
const early = `(function(){var d=document.getElementById("deck");if(!d)return;var s=new URLSearchParams(location.search).has("speaker");if(!(d.hasAttribute("data-autostart")||s||/^#\\/\\d{1,4}(?:\\/\\d{1,3})?\\/?$/.test(location.hash))||(!s&&matchMedia("(max-width: 40rem)").matches))return;d.setAttribute("data-presenting","");d.setAttribute("data-booting","");document.documentElement.setAttribute("data-deck-presenting","")})();`;

export function DeckEarlyScript() {
  return <script data-keep="" dangerouslySetInnerHTML={{ __html: early }} />;
}

export function DeckBootScript() {
  return <script data-keep="" dangerouslySetInnerHTML={{ __html: script }} />;
}
