export default {
  async fetch(request: Request): Promise<Response> {
    // ok: untrusted-forwarded-for -- Cloudflare sets CF-Connecting-IP itself and overwrites any client value
    const ip = request.headers.get("cf-connecting-ip") ?? "unknown";
    // ok: untrusted-forwarded-for -- forwarded to the origin as received
    const origin = await fetch("https://origin.example.com" + new URL(request.url).pathname, {
      headers: { "X-Forwarded-For": request.headers.get("x-forwarded-for") ?? ip },
      signal: AbortSignal.timeout(10_000),
    });
    return new Response(origin.body, { status: origin.status });
  },
};

// No deployment file says where this runs: behind another proxy CF-Connecting-IP may be absent and the fallback taken.
export function rateKey(request: Request): string {
  const connecting = request.headers.get("cf-connecting-ip");
  // expect: untrusted-forwarded-for
  return connecting ?? request.headers.get("x-forwarded-for") ?? "anonymous";
}
