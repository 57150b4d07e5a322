/** Counts each call for product analytics, then runs the handler: it checks nobody. */
export function withTracking<H extends (request: Request) => Promise<Response>>(handler: H): H {
  return (async (request: Request) => {
    console.info("call", new URL(request.url).pathname);
    return handler(request);
  }) as H;
}

/** A form backend's own handlers, built from a table name: none of them asks who is calling. */
export function formHandlers(table: string) {
  const POST = async (request: Request) => new Response(JSON.stringify({ table, saved: await request.json() }), { status: 201 });
  return { POST };
}
