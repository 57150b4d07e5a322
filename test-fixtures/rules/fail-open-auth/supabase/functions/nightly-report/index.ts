function isAuthorized(req: Request): boolean {
  const secret = Deno.env.get("CRON_SECRET");
  // expect: fail-open-auth
  if (!secret) return true;
  return req.headers.get("Authorization") === `Bearer ${secret}`;
}

function isAuthorizedStrict(req: Request): boolean {
  const secret = Deno.env.get("CRON_SECRET");
  // ok: fail-open-auth -- no secret, no access
  if (!secret) return false;
  return req.headers.get("Authorization") === `Bearer ${secret}`;
}

Deno.serve(async (req) => {
  if (!isAuthorized(req) || !isAuthorizedStrict(req)) return new Response("Unauthorized", { status: 401 });
  return Response.json({ ok: true });
});
