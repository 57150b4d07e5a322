/** Only the scheduler knows CRON_SECRET and sends it as a bearer token; no user session gets through. */
export function withCronSecret(handler: (request: Request) => Promise<Response>) {
  return async (request: Request) => {
    const presented = request.headers.get("authorization");
    if (!process.env.CRON_SECRET || presented !== `Bearer ${process.env.CRON_SECRET}`) return new Response("unauthorized", { status: 401 });
    return handler(request);
  };
}
