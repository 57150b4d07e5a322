import { createNextApiHandler } from "@trpc/server/adapters/next";
import { appRouter, createContext } from "../../../lib/trpc";

// ok: missing-auth -- the tRPC adapter; each procedure decides its own auth
export default createNextApiHandler({ router: appRouter, createContext });
