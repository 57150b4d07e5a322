import { Hono } from "hono";

// This package deploys only to Cloudflare (a wrangler.toml beside its package.json): every request reaching the Worker
// carries CF-Connecting-IP, written by Cloudflare's edge.
const app = new Hono();
const seen = new Map<string, number>();

function visitorAddress(c: { req: { header(name: string): string | undefined } }): string {
  const connecting = c.req.header("CF-Connecting-IP");
  // ok: untrusted-forwarded-for -- only the fallback when CF-Connecting-IP is missing, which Cloudflare never lets happen
  const forwarded = c.req.header("X-Forwarded-For");
  const firstHop = forwarded?.split(",")[0]?.trim() ?? null;
  return connecting ?? firstHop ?? "0.0.0.0";
}

app.post("/vote", (c) => {
  const address = visitorAddress(c);
  seen.set(address, (seen.get(address) ?? 0) + 1);
  return c.json({ votes: seen.get(address) });
});

app.post("/poll", (c) => {
  // expect: untrusted-forwarded-for
  const address = c.req.header("X-Real-IP") ?? c.req.header("CF-Connecting-IP") ?? "0.0.0.0";
  return c.json({ address });
});

export default app;
