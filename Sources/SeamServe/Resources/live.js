// seam serve's live reload. `seam serve` adds this script to the HTML pages it serves (never to
// the files of the site): it reloads the page after a rebuild that wrote it (or the whole site), and shows the content's errors
// (or the placeholders of `seam new` still to fill in) over the page, with their
// path:line:column, until they are fixed.
(function () {
  "use strict";
  var headings = {
    problems: "seam serve: the site was not rebuilt; the last good version is shown. Fix these errors and save:",
    placeholders: "seam serve: placeholders to fill in (seam build publishes the site once they are gone):"
  };
  var overlay = null;
  function show(heading, text) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "seam-serve-problems";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;" +
        "margin:0;padding:1em 1.25em;background:#3b0a0a;color:#fff;font:14px/1.45 ui-monospace,monospace;" +
        "white-space:pre-wrap;border-top:4px solid #e5484d";
      document.body.appendChild(overlay);
    }
    overlay.textContent = heading + "\n\n" + text;
  }
  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }
  var source = new EventSource("/_seam/events");
  // This page's path in the site, as a rebuild names the pages it wrote.
  var path = decodeURIComponent(location.pathname).replace(/^\/+/, "");
  if (path === "" || path.charAt(path.length - 1) === "/") path += "index.html";
  source.addEventListener("reload", function (event) {
    if (event.data === "site" || event.data.split("\n").indexOf(path) >= 0) location.reload();
  });
  source.addEventListener("problems", function (event) { show(headings.problems, event.data); });
  source.addEventListener("placeholders", function (event) { show(headings.placeholders, event.data); });
  source.addEventListener("ok", hide);
})();
