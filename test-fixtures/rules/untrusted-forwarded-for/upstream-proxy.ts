// A route handler that relays tracking calls to an analytics backend, copying the visitor's address into the
// outgoing request under the backend's own header name. The address is passed on, not trusted here.
const eventsBackend = "https://events.example.com/track";

function upstreamHeadersFor(request: Request): Headers {
  const outgoing = new Headers();
  const visitorIp =
    request.headers.get("cf-connecting-ip") ??
    // ok: untrusted-forwarded-for -- only copied into the headers of the upstream request, also as the fallback of another header
    request.headers.get("x-forwarded-for")?.split(",")[0];
  outgoing.set("content-type", "application/json");
  if (visitorIp) outgoing.set("x-visitor-address", visitorIp);
  return outgoing;
}

export async function POST(request: Request): Promise<Response> {
  const upstream = await fetch(eventsBackend, { method: "POST", headers: upstreamHeadersFor(request), body: await request.text(), signal: AbortSignal.timeout(5_000) });
  return new Response(upstream.body, { status: upstream.status });
}

const attemptsByAddress = new Map<string, number>();

export async function PUT(request: Request): Promise<Response> {
  // expect: untrusted-forwarded-for
  const address = request.headers.get("x-forwarded-for")?.split(",")[0] ?? "unknown";
  attemptsByAddress.set(address, (attemptsByAddress.get(address) ?? 0) + 1);
  if ((attemptsByAddress.get(address) ?? 0) > 10) return new Response("slow down", { status: 429 });
  return new Response("ok");
}
