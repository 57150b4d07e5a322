import { createOpenApiFetchHandler } from "trpc-to-openapi";
import { appRouter, createContext } from "../../../../lib/trpc";

// The REST face of the same tRPC router: the bridge hands each call to a procedure, whose middleware decides.
const serveRest = async (request: Request) => {
  const started = Date.now();
  const response = await createOpenApiFetchHandler({ endpoint: "/api/rest", req: request, router: appRouter, createContext });
  response.headers.set("x-elapsed-ms", String(Date.now() - started));
  return response;
};

// ok: missing-auth -- an OpenAPI bridge to a tRPC router: each procedure decides its own auth
export { serveRest as POST, serveRest as DELETE };
