// Middleware for the queue consumer's calls back into the API: it must send the secret the server keeps in its settings.
import { createMiddleware } from "hono/factory";
import { HTTPException } from "hono/http-exception";

declare function settingOf(c: unknown, name: string): string;
declare function sameText(a: string, b: string): Promise<boolean>;

export const requireQueueSecret = createMiddleware(async (c, next) => {
  const sent = c.req.header("x-queue-secret");
  const QUEUE_SECRET = settingOf(c, "QUEUE_SECRET");
  if (!sent || !QUEUE_SECRET) throw new HTTPException(400, { message: "missing secret" });
  if (!(await sameText(sent, QUEUE_SECRET))) throw new HTTPException(400, { message: "bad secret" });
  await next();
});

// A tenant's API key, looked up in storage: every tenant holds one.
export const requireTenantKey = createMiddleware(async (c, next) => {
  const sent = c.req.header("x-tenant-key");
  const tenant = sent ? await findTenantByKey(sent) : undefined;
  if (!tenant) throw new HTTPException(401, { message: "unknown key" });
  await next();
});

declare function findTenantByKey(key: string): Promise<{ id: string } | undefined>;
