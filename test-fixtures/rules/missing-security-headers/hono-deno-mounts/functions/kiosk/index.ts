import { Hono } from "hono";

// A function served on its own, with no parent to cover it.
// expect: missing-security-headers
const kiosk = new Hono();
kiosk.get("/", (c) => c.html("<h1>Kiosk</h1>"));

Deno.serve(kiosk.fetch);
