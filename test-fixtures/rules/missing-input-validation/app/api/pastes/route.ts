import md5 from "spark-md5";

const kvUrl = `https://kv.example.net/namespaces/${process.env.PASTE_NAMESPACE}`;

// The paste is opaque text: keyed by its digest and sent on whole to the key-value store, never read field by field.
export async function POST(request: Request) {
  // ok: missing-input-validation -- raw text only digested and forwarded whole, nothing parses it
  const text = await request.text();
  const key = md5.hash(text);
  const entry: { key: string; value: string; ttl?: number } = { key, value: text };
  entry.ttl = 3600;
  const stored = await fetch(`${kvUrl}/bulk`, { method: "PUT", body: JSON.stringify([entry]), signal: AbortSignal.timeout(5000) });
  return Response.json({ id: key }, { status: stored.ok ? 201 : 502 });
}
