import { Hono } from "hono";
import { Receiver } from "@upstash/qstash";
import { getServerSession } from "next-auth";
import { removeLinkedProvider, requireSession } from "./session";

const receiver = new Receiver({ currentSigningKey: process.env.QSTASH_CURRENT_KEY!, nextSigningKey: process.env.QSTASH_NEXT_KEY! });
const archive = new Map<string, string>();

export const documents = new Hono();

// ok: missing-auth -- requireSession throws an Unauthorized error, after a read of the request context
documents.post("/documents/:id/archive", async (c) => {
  const meta = c.get("requestMeta");
  const { user } = await requireSession(c);
  archive.set(c.req.param("id"), `${user.id}:${meta}`);
  return c.json({ ok: true });
});
// ok: missing-auth -- the check is the first thing inside the try block
documents.post("/documents/:id/restore", async (c) => {
  try {
    const { user } = await requireSession(c);
    archive.delete(`${user.id}:${c.req.param("id")}`);
    return c.json({ ok: true });
  } catch {
    return c.json({ ok: false }, 500);
  }
});
// ok: missing-auth -- the helper it calls first goes through requireSession
documents.delete("/providers/:id", async (c) => {
  const providerId = c.req.param("id");
  await removeLinkedProvider(c, providerId);
  return c.json({ ok: true });
});
// expect: missing-auth
documents.post("/documents/:id/share", async (c) => {
  const session = await getServerSession();
  archive.set(c.req.param("id"), String(session));
  return c.json({ ok: true });
});

export const jobs = new Hono();

// ok: missing-auth -- the QStash signature is awaited and checked
jobs.post("/jobs/render", async (c) => {
  const body = await c.req.text();
  const isValid = await receiver.verify({ signature: c.req.header("Upstash-Signature") ?? "", body });
  if (!isValid) return c.text("Unauthorized", 401);
  archive.set("render", body);
  return c.text("queued");
});
// expect: missing-auth
jobs.post("/jobs/snapshot", async (c) => {
  const body = await c.req.text();
  const isValid = receiver.verify({ signature: c.req.header("Upstash-Signature") ?? "", body });
  if (!isValid) return c.text("Unauthorized", 401);
  archive.set("snapshot", body);
  return c.text("queued");
});
