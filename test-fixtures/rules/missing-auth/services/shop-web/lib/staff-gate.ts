import { readSession } from "./session";

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>;

/** Lets staff members through; anyone else gets 401 (no session) or 403 (a customer). */
export function withStaffOnly<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    const session = await readSession(request);
    if (!session) return Response.json({ error: "sign in first" }, { status: 401 });
    if (session.role !== "staff") return Response.json({ error: "staff only" }, { status: 403 });
    return handler(request, context);
  };
}
