import { Hono } from "hono";
import { Receiver } from "@upstash/qstash";

// Jobs arrive only from QStash, signed with the current or next signing key.
const signatures = new Receiver({ currentSigningKey: process.env.QSTASH_CURRENT_KEY!, nextSigningKey: process.env.QSTASH_NEXT_KEY! });
const rendered = new Set<string>();

export const worker = new Hono();

// expect: missing-auth unawaitedSignature
worker.post("/render", async (c) => {
  const payload = await c.req.text();
  const signed = await signatures.verify({ signature: c.req.header("Upstash-Signature") ?? "", body: payload });
  if (!signed) return c.text("bad signature", 401);
  rendered.add(payload);
  return c.text("rendering");
});

// A test of the pending promise inside the refusal itself reads as an inline 401 guard today.
// todo-expect: missing-auth
worker.post("/purge", async (c) => {
  const payload = await c.req.text();
  if (!signatures.verify({ signature: c.req.header("Upstash-Signature") ?? "", body: payload })) return c.text("bad signature", 401);
  rendered.delete(payload);
  return c.text("purged");
});

// ok: missing-auth -- the signature check is awaited, so an unsigned job is refused
worker.post("/archive", async (c) => {
  const payload = await c.req.text();
  if (!(await signatures.verify({ signature: c.req.header("Upstash-Signature") ?? "", body: payload }))) return c.text("bad signature", 401);
  rendered.clear();
  return c.text("archived");
});
