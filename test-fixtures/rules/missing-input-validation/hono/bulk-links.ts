import { Hono } from "hono";
import * as rt from "simple-runtypes";

declare const links: { putMany(entries: Record<string, string>): Promise<void>; put(slug: string, target: string): Promise<void> };

const linkTable = rt.record(rt.string(), rt.string());
const app = new Hono();

// ok: missing-input-validation -- the text body is parsed, then run through a simple-runtypes check that answers 400
app.post("/links/bulk", async (c) => {
  const raw = await c.req.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return c.json({ error: "body must be JSON" }, 400);
  }
  const checked = rt.use(linkTable, parsed);
  if (!checked.ok) return c.json({ error: "expected slug -> URL pairs" }, 400);
  await links.putMany(checked.result);
  return c.body(null, 204);
});

app.post("/links/one", async (c) => {
  // expect: missing-input-validation -- parsed and trusted as is
  const entry = JSON.parse(await c.req.text());
  await links.put(entry.slug, entry.target);
  return c.body(null, 204);
});

export default app;
