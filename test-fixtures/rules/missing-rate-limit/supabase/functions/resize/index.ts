// ok: missing-rate-limit -- not an auth endpoint and calls nothing billed per request
Deno.serve(async (req) => {
  const { width } = await req.json();
  return Response.json({ width: Math.min(Number(width), 2048) });
});
