import { Hono } from "hono";
import { serveStatic } from "hono/cloudflare-workers";

type Env = { DOCS: KVNamespace; MANIFEST: string };

const app = new Hono<{ Bindings: Env }>();

// ok: missing-auth -- the handler only runs the static-file server over the built docs and marks the answer cacheable
app.all("/docs/*", async (c, next) => {
  const served = await serveStatic({ root: "./", manifest: c.env.MANIFEST })(c, next);
  if (!(served instanceof Response)) return c.notFound();
  served.headers.set("Cache-Control", "public, max-age=3600");
  return served;
});

// expect: missing-auth
app.all("/drafts/*", async (c, next) => {
  await c.env.DOCS.put(`hits:${c.req.path}`, String(Date.now()));
  const served = await serveStatic({ root: "./drafts", manifest: c.env.MANIFEST })(c, next);
  return served instanceof Response ? served : c.notFound();
});

export default app;
