import { Hono } from "hono";
import { streamText } from "hono/streaming";
import { getCookie } from "hono/cookie";

const app = new Hono();

// ok: missing-rate-limit -- hono/streaming's streamText writes the response; it calls no model
app.post("/public/progress", (c) =>
  streamText(c, async (stream) => {
    await stream.writeln("working");
  }),
);

// ok: missing-rate-limit -- a token minted for the caller's own session is not a credential to guess
app.post("/gateway/token", async (c) => {
  const session = getCookie(c, "sid");
  if (!session) return c.json({ error: "unauthorized" }, 401);
  return c.json({ token: session.slice(0, 4) });
});

export default app;
