import express from "express";
import { randomUUID } from "node:crypto";
import { LRUCache } from "lru-cache";

const app = express();

// expect: unbounded-cache
const sessions = new Map<string, { userId: string; createdAt: number }>();
// expect: unbounded-cache
const failedLogins: Record<string, number> = {};
// ok: unbounded-cache -- lru-cache bounds itself
const avatars = new LRUCache<string, Buffer>({ max: 500 });
// ok: unbounded-cache -- entries are deleted on logout and by a TTL sweep
const refreshTokens = new Map<string, number>();

app.post("/login", (req, res) => {
  const id = randomUUID();
  failedLogins[String(req.body.email)] = (failedLogins[String(req.body.email)] ?? 0) + 1;
  sessions.set(id, { userId: String(req.body.userId), createdAt: Date.now() });
  refreshTokens.set(id, Date.now() + 86_400_000);
  res.json({ id });
});

app.post("/logout", (req, res) => {
  refreshTokens.delete(String(req.body.id));
  res.sendStatus(204);
});

app.get("/avatar/:id", (req, res) => {
  avatars.set(req.params.id, Buffer.alloc(0));
  res.end();
});

export default app;
