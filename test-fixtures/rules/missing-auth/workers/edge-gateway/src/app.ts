import { Hono } from "hono";

type Bindings = { NOTES: KVNamespace; API_TOKEN: string };

export const app = new Hono<{ Bindings: Bindings }>();

app.use("/notes/*", async (c, next) => {
  if (c.req.header("authorization") !== `Bearer ${c.env.API_TOKEN}`) return c.json({ error: "unauthorized" }, 401);
  await next();
});

// ok: missing-auth -- the bearer check above covers /notes
app.put("/notes/:id", async (c) => {
  await c.env.NOTES.put(c.req.param("id"), await c.req.text());
  return c.body(null, 204);
});
