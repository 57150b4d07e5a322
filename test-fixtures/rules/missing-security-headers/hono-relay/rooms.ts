import { Hono } from "hono";

type Bindings = { ROOMS: DurableObjectNamespace; ASSETS: Fetcher };

// Inline handlers hand requests to a Durable Object and to the static-assets binding and return their Responses as
// they are: a header middleware added after next() would write to immutable headers, so the fix is only suggested.
// expect: missing-security-headers
const rooms = new Hono<{ Bindings: Bindings }>();
rooms.get("/", (c) => c.html("<h1>Rooms</h1>"));
rooms.get("/static/*", (c) => c.env.ASSETS.fetch(c.req.raw));
rooms.all("/rooms/:id", async (c) => {
  if (c.req.method === "OPTIONS") {
    c.status(204);
    return;
  }
  const stub = c.env.ROOMS.get(c.env.ROOMS.idFromName(c.req.param("id")));
  return stub.fetch(c.req.raw);
});

export default rooms;
