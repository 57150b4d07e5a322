// Picks the tenant from a header; whether that authenticates anyone cannot be seen from here.
export function withTenant(handler: (request: Request, tenant: string) => Promise<Response>) {
  return async (request: Request) => handler(request, request.headers.get("x-tenant") ?? "default");
}

export function withTiming(handler: (request: Request) => Promise<Response>) {
  return async (request: Request) => {
    const started = performance.now();
    const response = await handler(request);
    response.headers.set("server-timing", `total;dur=${performance.now() - started}`);
    return response;
  };
}
