import { Hono } from "hono";

const app = new Hono();
const failedLogins = new Map<string, number>();

async function postToChatOps(text: string): Promise<void> {
  await fetch(process.env.CHATOPS_URL ?? "", { method: "POST", body: JSON.stringify({ text }), signal: AbortSignal.timeout(5000) });
}

app.onError(async (error, c) => {
  // ok: untrusted-forwarded-for -- the address is only printed in an alert text for the on-call engineer
  const ip = c.req.header("cf-connecting-ip") ?? c.req.header("x-forwarded-for") ?? "unknown";
  await postToChatOps(`Request failed: ${error.message}\nClient: ${ip}\nPath: ${c.req.path}`);
  return c.json({ error: "internal" }, 500);
});

app.post("/login", async (c) => {
  // expect: untrusted-forwarded-for
  const ip = c.req.header("x-forwarded-for") ?? "unknown";
  const key = `login:${ip}`;
  const attempts = (failedLogins.get(key) ?? 0) + 1;
  failedLogins.set(key, attempts);
  if (attempts > 5) return c.json({ error: "locked" }, 429);
  return c.json({ ok: true });
});

export default app;
