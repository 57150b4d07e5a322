import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter, createContext } from "../../../../lib/trpc";

// ok: missing-auth -- a tRPC adapter: each procedure decides its own auth
export function POST(request: Request) {
  return fetchRequestHandler({ endpoint: "/api/trpc", req: request, router: appRouter, createContext });
}
