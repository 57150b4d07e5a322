type RouteHandler = (request: Request) => Promise<Response>;

/** Admits requests whose session token belongs to an administrator. */
export function withAdminOnly(handler: RouteHandler): RouteHandler {
  return async (request) => {
    const token = request.headers.get("authorization");
    if (!token) return new Response("unauthorized", { status: 401 });
    const isAdministrator = token.endsWith(".root");
    if (!isAdministrator) return new Response("forbidden", { status: 403 });
    return handler(request);
  };
}
