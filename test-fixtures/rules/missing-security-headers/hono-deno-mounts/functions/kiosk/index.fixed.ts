import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";

// A function served on its own, with no parent to cover it.
// expect: missing-security-headers
const kiosk = new Hono();
kiosk.use(secureHeaders());
kiosk.get("/", (c) => c.html("<h1>Kiosk</h1>"));

Deno.serve(kiosk.fetch);
