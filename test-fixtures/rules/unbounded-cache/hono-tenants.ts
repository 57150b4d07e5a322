import { Hono } from "hono";

const app = new Hono();

// expect: unbounded-cache
const tenantConfigCache = new Map<string, unknown>();
// ok: unbounded-cache -- cleared on a schedule
const dnsCache = new Map<string, string>();
setInterval(() => dnsCache.clear(), 60_000);

app.get("/tenants/:slug", async (c) => {
  const slug = c.req.param("slug");
  if (!tenantConfigCache.has(slug)) tenantConfigCache.set(slug, { slug, loadedAt: Date.now() });
  dnsCache.set(slug, "10.0.0.1");
  return c.json(tenantConfigCache.get(slug));
});

export default app;
