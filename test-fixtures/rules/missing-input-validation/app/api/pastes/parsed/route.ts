import md5 from "spark-md5";

const kvUrl = `https://kv.example.net/namespaces/${process.env.PASTE_NAMESPACE}`;

// Parsed as JSON as well as digested: the fields read from it have a shape to check.
export async function POST(request: Request) {
  // expect: missing-input-validation
  const text = await request.text();
  const key = md5.hash(text);
  const { title, ttl } = JSON.parse(text);
  const stored = await fetch(`${kvUrl}/values/${key}?ttl=${ttl}`, { method: "PUT", body: title, signal: AbortSignal.timeout(5000) });
  return Response.json({ id: key }, { status: stored.ok ? 201 : 502 });
}
