import { readSession } from "./session";

export interface CustomerCall {
  request: Request;
  customerId: string;
}

/** Hands the signed-in customer to the handler as one object; 401 without a session. */
export function withCustomer(handler: (call: CustomerCall) => Promise<Response>) {
  return async (request: Request) => {
    const session = await readSession(request);
    if (!session) return Response.json({ error: "sign in first" }, { status: 401 });
    return handler({ request, customerId: session.userId });
  };
}
