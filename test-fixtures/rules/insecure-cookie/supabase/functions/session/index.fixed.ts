Deno.serve(async (req) => {
  const { token } = await req.json();
  const headers = new Headers({ "Content-Type": "application/json" });
  // expect: insecure-cookie
  headers.append("Set-Cookie", `sb-session=${token}; Path=/; Max-Age=3600; HttpOnly; Secure; SameSite=Lax`);
  // ok: insecure-cookie -- every attribute set
  headers.append("Set-Cookie", `sb-refresh=${token}; Path=/; HttpOnly; Secure; SameSite=Strict`);
  return new Response(JSON.stringify({ ok: true }), { headers });
});
