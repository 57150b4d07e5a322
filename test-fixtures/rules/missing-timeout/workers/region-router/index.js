// A plain-JavaScript Worker in front of regional origins: it forwards the runtime's Request as it came.
const regions = { eu: "https://eu.origin.example", us: "https://us.origin.example" };

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const region = request.headers.get("x-region");
    if (!region || !(region in regions)) {
      // ok: missing-timeout -- the incoming Request carries the caller's own signal; it is passed on unchanged
      return fetch(request);
    }
    // expect: missing-timeout
    const audit = await fetch(`${env.AUDIT_URL}/hit`, { method: "POST", body: url.pathname });
    if (!audit.ok) console.warn("audit failed");
    return fetch(`${regions[region]}${url.pathname}`, { method: request.method, headers: request.headers, signal: AbortSignal.timeout(10_000) });
  },
};
