Deno.serve(async (req) => {
  try {
    const { amount } = await req.json();
    return Response.json({ charged: amount });
  } catch (err) {
    // expect: error-detail-leak
    return new Response(JSON.stringify({ error: err.message }), { status: 500, headers: { "Content-Type": "application/json" } });
  }
});
