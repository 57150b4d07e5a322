import { Hono } from "hono";

export const mirror = new Hono();

mirror.get("/releases/*", async (c) => {
  const path = new URL(c.req.url).pathname.replace(/^\/mirror/, "");
  return fetch(`https://downloads.example.org${path}`, { signal: AbortSignal.timeout(10_000) });
});
