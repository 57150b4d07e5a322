// The site's service worker, registered by its pages and run by visitors' browsers: network-first with a cached copy
// of the shell when the network fails. Nothing here runs on the server.
const SHELL = "shell-v3";

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(["/", "/offline"])));
});

self.addEventListener("fetch", (event) => {
  event.respondWith(
    (async () => {
      try {
        // ok: missing-timeout -- a service worker in the visitor's browser; the browser bounds its own requests
        return await fetch(event.request);
      } catch {
        return (await caches.match("/offline")) ?? Response.error();
      }
    })(),
  );
});
