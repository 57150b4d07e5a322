import { Hono } from "hono";

export function createDiscoveryRoutes(origin: string) {
  // ok: missing-security-headers -- the main app mounts this factory's result in place: `app.route("/", createDiscoveryRoutes(…))`
  const discovery = new Hono();
  discovery.get("/.well-known/service", (c) => c.html(`<a href="${origin}">service</a>`));
  return discovery;
}

export function createStatusPage(origin: string) {
  // expect: missing-security-headers
  const status = new Hono();
  status.get("/", (c) => c.html(`<h1>${origin}</h1>`));
  return status;
}

export const statusPage = createStatusPage("https://status.example.org");
