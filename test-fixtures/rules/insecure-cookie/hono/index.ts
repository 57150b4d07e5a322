import { Hono } from "hono";
import { setCookie } from "hono/cookie";

const app = new Hono();

app.post("/session", async (c) => {
  // expect: insecure-cookie
  setCookie(c, "session", crypto.randomUUID(), { path: "/", httpOnly: true });
  // ok: insecure-cookie -- all three flags
  setCookie(c, "session_v2", crypto.randomUUID(), { path: "/", httpOnly: true, secure: true, sameSite: "Lax" });
  return c.json({ ok: true });
});

export default app;
