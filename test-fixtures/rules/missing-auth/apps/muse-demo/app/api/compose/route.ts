// A demo with no accounts anywhere: every visitor may ask for a few completions a day, counted per address.
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";

const perVisitor = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(20, "1 d") });

// ok: missing-auth -- the package has no accounts to ask for; callers are throttled by address before the paid call
export async function POST(req: Request) {
  const address = req.headers.get("x-forwarded-for") ?? "unknown";
  const { success } = await perVisitor.limit(`compose:${address}`);
  if (!success) return new Response("Daily limit reached", { status: 429 });
  const { prompt } = (await req.json()) as { prompt: string };
  const upstream = await fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.OPENAI_API_KEY}` },
    body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: String(prompt).slice(0, 2000) }] }),
    signal: AbortSignal.timeout(20_000),
  });
  return new Response(upstream.body, { status: upstream.status });
}
