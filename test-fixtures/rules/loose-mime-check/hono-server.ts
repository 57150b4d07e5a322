import { Hono } from "hono";

const app = new Hono();

app.post("/images", async (c) => {
  const body = await c.req.parseBody();
  const image = body["image"] as File;
  // expect: loose-mime-check
  if (!image.type.startsWith("image/")) return c.json({ error: "images only" }, 415);
  return c.json({ ok: true });
});

// ok: loose-mime-check -- exact list of the types the thumbnailer supports
app.post("/images/v2", async (c) => {
  const body = await c.req.parseBody();
  const image = body["image"] as File;
  if (!["image/png", "image/jpeg"].includes(image.type)) return c.json({ error: "images only" }, 415);
  return c.json({ ok: true });
});

export default app;
