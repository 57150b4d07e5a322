// A Worker in Cloudflare's service-worker syntax: it listens for `fetch` on the global scope like a service worker
// does, but runs on Cloudflare's servers and holds the visitor's request while the origin answers.
const ORIGIN = "https://origin.example.com";

addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  // expect: missing-timeout
  event.respondWith(fetch(ORIGIN + url.pathname, { headers: event.request.headers }));
});
