import { Hono } from "hono";

type Bindings = { ASSETS: { fetch(request: Request): Promise<Response> }; ORDERS: { put(key: string, value: string): Promise<void> } };

const app = new Hono<{ Bindings: Bindings }>();

// expect: missing-auth
app.post("/api/orders", async (c) => {
  await c.env.ORDERS.put(crypto.randomUUID(), await c.req.text());
  return c.json({ ok: true });
});

// expect: missing-auth
app.post("/api/orders/replay", async (c) => {
  await c.env.ORDERS.put("replayed", await c.req.text());
  return c.env.ASSETS.fetch(c.req.raw);
});

// ok: missing-auth -- the catch-all hands the raw request to the static-assets binding: it serves the built files
app.all("*", (c) => c.env.ASSETS.fetch(c.req.raw));

export default app;
