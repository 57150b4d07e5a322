import { Hono } from "hono";
import { getConnInfo } from "hono/bun";

const app = new Hono();

app.get("/geo", async (c) => {
  // expect: untrusted-forwarded-for
  const ip = c.req.header("x-forwarded-for") ?? "unknown";
  return c.json({ country: await lookupCountry(ip) });
});

// ok: untrusted-forwarded-for -- the socket's address from the runtime
app.get("/conn", (c) => c.json({ ip: getConnInfo(c).remote.address }));

async function lookupCountry(ip: string): Promise<string> {
  return ip.startsWith("10.") ? "internal" : "unknown";
}

export default app;
