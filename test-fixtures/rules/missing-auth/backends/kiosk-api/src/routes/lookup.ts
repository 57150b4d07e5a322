import { Hono, type Context } from "hono";
import { clientAddress } from "../lib/client-address";
import { store } from "../store";

const counts = new Map<string, { count: number; resetAt: number }>();

function countWithin(key: string): boolean {
  const now = Date.now();
  const entry = counts.get(key);
  const next = entry && entry.resetAt > now ? { count: entry.count + 1, resetAt: entry.resetAt } : { count: 1, resetAt: now + 60_000 };
  counts.set(key, next);
  if (counts.size > 10_000) counts.clear();
  return next.count > 10;
}

async function overAddressLimit(c: Context): Promise<boolean> {
  return countWithin(`lookup:${clientAddress(c)}`);
}

async function overTopicLimit(c: Context): Promise<boolean> {
  const { topic } = await c.req.json<{ topic: string }>();
  return countWithin(`topic:${topic}`);
}

export const lookup = new Hono();

// ok: missing-auth -- a public tool: its helper counts callers by their address and the route answers 429 past the limit
lookup.post("/kiosk-lookup", async (c) => {
  const limited = await overAddressLimit(c);
  if (limited) return c.json({ error: "slow down" }, 429);
  return c.json({ id: await store.save("lookup", await c.req.json()) });
});

// expect: missing-auth
lookup.post("/topic-lookup", async (c) => {
  const limited = await overTopicLimit(c);
  if (limited) return c.json({ error: "slow down" }, 429);
  return c.json({ id: await store.save("topic", await c.req.json()) });
});
