/* Cloud Expedition embeds, host side: sizes each <iframe data-cloud-expedition> to the height its chart
   reports. Only {type:"cloud-expedition:resize"} from one of those iframes counts; heights are clamped.
   Safe to include more than once. No dependencies, ES5. */
(function (w, d) {
  if (w.cloudExpeditionEmbed) return w.cloudExpeditionEmbed();
  var frames = function () {
    return d.querySelectorAll("iframe[data-cloud-expedition]");
  };
  var hello = function (frame) {
    var list = frame ? [frame] : frames();
    for (var i = 0; i < list.length; i++) {
      try {
        list[i].contentWindow.postMessage({ type: "cloud-expedition:hello" }, "*");
      } catch (e) {}
    }
  };
  w.addEventListener("message", function (e) {
    var m = e.data,
      h = m && typeof m === "object" && m.type === "cloud-expedition:resize" ? m.height : null;
    if (typeof h !== "number" || !isFinite(h)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow === e.source) {
        list[i].style.height = Math.max(100, Math.min(5000, Math.ceil(h))) + "px";
        return;
      }
    }
  });
  /* A lazy iframe loads after this script: greet it then, so it repeats its height. */
  d.addEventListener(
    "load",
    function (e) {
      var t = e.target;
      if (t && t.tagName === "IFRAME" && t.hasAttribute("data-cloud-expedition")) hello(t);
    },
    true
  );
  w.cloudExpeditionEmbed = function () {
    hello();
  };
  hello();
})(window, document);
