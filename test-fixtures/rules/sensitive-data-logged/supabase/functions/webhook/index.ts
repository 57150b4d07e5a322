Deno.serve(async (req) => {
  // expect: sensitive-data-logged
  console.log("webhook", req.headers.get("authorization"));
  // ok: sensitive-data-logged -- the event type only
  console.log("webhook", req.headers.get("x-event-type"));
  return new Response("ok");
});
