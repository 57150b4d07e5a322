import { Hono } from "hono";

// The public API: every route goes through the API-key check first.
export const publicApi = new Hono().basePath("/api/v1");

publicApi.use("*", async (c, next) => {
  const key = c.req.header("authorization");
  if (!key || key !== `Bearer ${process.env.RELAY_API_KEY}`) return c.json({ error: "unauthorized" }, 401);
  await next();
});

publicApi.post("/messages", async (c) => c.json({ queued: await queue(await c.req.json()) }));

async function queue(message: unknown): Promise<string> {
  return JSON.stringify(message).length.toString(36);
}
