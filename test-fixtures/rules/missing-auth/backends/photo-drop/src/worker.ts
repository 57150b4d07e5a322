import { Hono } from "hono";
import { basicAuth } from "hono/basic-auth";

type Bindings = { UPLOADER: string; UPLOADER_PASSWORD: string; PHOTOS: { put(key: string, value: unknown): Promise<void> } };

const app = new Hono<{ Bindings: Bindings }>();

// The check is its own registration of the same method and path: Hono runs both, in order, while each calls next.
// ok: missing-auth -- checks the uploader's password and hands on
app.put("/photos", async (c, next) => {
  const check = basicAuth({ username: c.env.UPLOADER, password: c.env.UPLOADER_PASSWORD });
  await check(c, next);
});

// ok: missing-auth -- the registration above runs first
app.put("/photos", async (c) => {
  const form = await c.req.parseBody();
  await c.env.PHOTOS.put(crypto.randomUUID(), form["photo"]);
  return c.text("stored", 201);
});

// expect: missing-auth -- another method: the PUT's check does not run for it
app.delete("/photos", async (c) => {
  await c.env.PHOTOS.put("latest", null);
  return c.body(null, 204);
});

export default app;
