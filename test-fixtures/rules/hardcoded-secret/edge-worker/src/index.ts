// A Hono app on Cloudflare Workers: a secret moves to the `c.env` binding, never to process.env. The binding must be
// declared in the app's Bindings and set with `wrangler secret put`, so the move is a suggestion.
import { Hono } from "hono";

const app = new Hono();

app.post("/charge", async (c) => {
  const response = await fetch("https://api.payments.example/v1/charges", {
    method: "POST",
    // expect: hardcoded-secret
    headers: { authorization: "Bearer sk_live_4eC39HqLyjWDarjtT1zdp7dcRXq2mW8v" },
    body: await c.req.text(),
    signal: AbortSignal.timeout(5_000),
  });
  return c.json(await response.json());
});

export default app;
