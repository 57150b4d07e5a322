Deno.serve(async (req) => {
  const type = req.headers.get("Content-Type") ?? "";
  // expect: loose-mime-check
  if (!/application\/json/i.test(type)) return new Response("json only", { status: 415 });
  // ok: loose-mime-check -- the charset check reads a parameter on purpose, after the type was matched
  const utf8 = type.toLowerCase().includes("charset=utf-8");
  return Response.json({ ok: true, utf8 });
});
