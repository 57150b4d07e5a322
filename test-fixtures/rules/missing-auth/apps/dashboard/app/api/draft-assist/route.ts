// The same throttled completion in an app whose other routes sign callers in: this one could have asked for a session.
const hits = new Map<string, number>();

// expect: missing-auth
export async function POST(req: Request) {
  const address = req.headers.get("x-forwarded-for") ?? "unknown";
  const used = hits.get(address) ?? 0;
  if (used >= 20) return new Response("Daily limit reached", { status: 429 });
  hits.set(address, used + 1);
  const { prompt } = (await req.json()) as { prompt: string };
  const upstream = await fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.OPENAI_API_KEY}` },
    body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: String(prompt).slice(0, 2000) }] }),
    signal: AbortSignal.timeout(20_000),
  });
  return new Response(upstream.body, { status: upstream.status });
}
