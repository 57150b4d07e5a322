import { Hono } from "hono";

// Every function's parent app: its first middleware writes a strict policy on each response.
export function makeRoot(functionName: string) {
  // ok: missing-security-headers -- the factory's own middleware writes Content-Security-Policy
  const root = new Hono().basePath(`/${functionName}`);
  root.use("*", async (c, next) => {
    await next();
    c.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    c.header("X-Content-Type-Options", "nosniff");
  });
  return root;
}
