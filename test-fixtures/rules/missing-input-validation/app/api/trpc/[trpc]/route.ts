// A tRPC adapter route: it hands the request to the router, whose procedures declare zod inputs; the route itself
// reads no body.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { initTRPC } from "@trpc/server";
import { z } from "zod";

const t = initTRPC.create();
const appRouter = t.router({
  rename: t.procedure.input(z.object({ id: z.string(), title: z.string().max(80) })).mutation(({ input }) => input),
});

// ok: missing-input-validation -- the adapter passes the request to procedures that validate their own input
const handler = (request: Request) => fetchRequestHandler({ endpoint: "/api/trpc", req: request, router: appRouter, createContext: () => ({}) });

export { handler as GET, handler as POST };
