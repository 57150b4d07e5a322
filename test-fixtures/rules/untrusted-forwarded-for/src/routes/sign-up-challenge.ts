import { Hono } from "hono";
import { confirmChallenge, confirmUnlessBlocked } from "../bots/challenge";

const app = new Hono();

app.post("/register", async (c) => {
  const { answer } = await c.req.json<{ answer: string }>();
  // ok: untrusted-forwarded-for -- only sent on as the challenge service's optional hint
  const hint = c.req.header("x-forwarded-for")?.split(",")[0]?.trim() ?? null;
  if (!(await confirmChallenge(answer, hint))) return c.json({ error: "challenge failed" }, 403);
  return c.json({ ok: true });
});

app.post("/register/strict", async (c) => {
  const { answer } = await c.req.json<{ answer: string }>();
  // expect: untrusted-forwarded-for
  const visitor = c.req.header("x-forwarded-for") ?? "unknown";
  if (!(await confirmUnlessBlocked(answer, visitor))) return c.json({ error: "challenge failed" }, 403);
  return c.json({ ok: true });
});

export default app;
