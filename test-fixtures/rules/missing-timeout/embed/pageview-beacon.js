// An embeddable page-view beacon, bundled for visitors' browsers: the whole script is a function handed the page's
// `window` global, and it only names `window` and `document` through that parameter.
((window) => {
  const { document, location } = window;
  const script = document.currentScript;
  if (!script) return;
  const collector = script.getAttribute("data-collector") || "/collect";

  const send = (kind) => {
    // ok: missing-timeout -- the function's `window` is the page global handed in below: this runs in a browser
    fetch(collector, { method: "POST", keepalive: true, body: JSON.stringify({ kind, url: location.href }) });
  };

  send("view");
  window.addEventListener("popstate", () => send("view"));
})(window);
