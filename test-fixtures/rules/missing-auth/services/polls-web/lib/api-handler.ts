// A config-driven wrapper: the credential check sits two helpers below the wrapper itself.
import { readSessionCookie } from "./session";

type Access = "member" | "none";

async function identifyCaller(request: Request, access: Access) {
  if (access === "none") return null;
  return readSessionCookie(request);
}

async function callerOrRefusal(request: Request, access: Access) {
  const session = await identifyCaller(request, access);
  if (!session && access !== "none") return { session: null, refusal: new Response("Unauthorized", { status: 401 }) };
  return { session, refusal: null };
}

export const withApiHandler =
  (options: { auth?: Access; handler: (context: { request: Request; session: unknown }) => Promise<Response> }) =>
  async (request: Request): Promise<Response> => {
    const outcome = await callerOrRefusal(request, options.auth ?? "member");
    if (outcome.refusal) return outcome.refusal;
    return options.handler({ request, session: outcome.session });
  };
