import { Hono } from "hono";
import { serve } from "@hono/node-server";

// A gateway that hands on what the model provider answered: the provider's answer keeps its own headers.
/** Re-sends a response with the gateway's CORS header added. */
function withCors(answer: Response): Response {
  const headers = new Headers(answer.headers);
  headers.set("Access-Control-Allow-Origin", "*");
  return new Response(answer.body, { status: answer.status, headers });
}

// ok: missing-security-headers -- every answer is JSON or the upstream provider's own response, relayed
const gateway = new Hono();
gateway.post("/v1/completions", async (c) => {
  const upstream = await fetch("https://models.example.com/v1/completions", { method: "POST", body: c.req.raw.body, signal: AbortSignal.timeout(30_000) });
  return withCors(new Response(upstream.body, { status: upstream.status, headers: upstream.headers }));
});
gateway.get("/status", (c) => c.json({ up: true }));
serve({ fetch: gateway.fetch, port: 8090 });
