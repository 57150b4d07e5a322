import type { Context } from "hono";

export async function rotateKeys(c: Context) {
  if (c.req.header("Authorization") !== `Bearer ${process.env.SCHEDULER_TOKEN}`) {
    return c.text("Unauthorized", 401);
  }
  await rotateAll();
  return c.body(null, 204);
}

export async function purgeCache(c: Context) {
  await rotateAll();
  return c.body(null, 204);
}

async function rotateAll(): Promise<void> {}
