// expect: unbounded-cache
const lookups = new Map<string, Response>();
// ok: unbounded-cache -- a WeakMap does not keep its keys alive
const perRequest = new WeakMap<Request, number>();

Deno.serve(async (req) => {
  const ip = req.headers.get("x-real-ip") ?? "unknown";
  perRequest.set(req, Date.now());
  const cached = lookups.get(ip);
  if (cached) return cached.clone();
  const response = await fetch(`https://ipapi.co/${ip}/json/`, { signal: AbortSignal.timeout(5_000) });
  lookups.set(ip, response.clone());
  return response;
});
