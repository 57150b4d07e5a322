/** Adds a Server-Timing header; it does not look at who is calling. */
export function withTiming<Context>(handler: (request: Request, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context) => {
    const started = performance.now();
    const response = await handler(request, context);
    response.headers.set("server-timing", `total;dur=${Math.round(performance.now() - started)}`);
    return response;
  };
}
