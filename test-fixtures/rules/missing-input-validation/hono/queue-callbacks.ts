import { Hono } from "hono";
import { db } from "../lib/db";
import { requireQueueSecret, requireTenantKey } from "../lib/queue-secret";

export const callbacks = new Hono();

// ok: missing-input-validation -- only the project's queue consumer holds the server's secret; the message is the project's own
callbacks.post("/callbacks/delivery", requireQueueSecret, async (c) => {
  const message = await c.req.json();
  await db.delivery.update({ where: { id: message.deliveryId }, data: { status: message.status } });
  return c.json({ ok: true });
});

callbacks.post("/tenant/delivery", requireTenantKey, async (c) => {
  // expect: missing-input-validation
  const message = await c.req.json();
  await db.delivery.update({ where: { id: message.deliveryId }, data: { status: message.status } });
  return c.json({ ok: true });
});
