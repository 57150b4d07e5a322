Deno.serve(async (req) => {
  // expect: unbounded-body-size
  const csv = await req.text();
  const rows = csv.split("\n").length;
  return Response.json({ rows });
});
