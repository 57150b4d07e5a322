Deno.serve(async (req) => {
  try {
    const { amount } = await req.json();
    return Response.json({ charged: amount });
  } catch (err) {
    // expect: error-detail-leak
    const errorId = crypto.randomUUID();
    console.error(errorId, err);
    return new Response(JSON.stringify({ error: `Internal server error (reference ${errorId})` }), { status: 500, headers: { "Content-Type": "application/json" } });
  }
});
