import * as trpcNext from "@trpc/server/adapters/next";
import { appRouter, createContext } from "../../../lib/trpc";

// ok: missing-auth -- the same adapter through a namespace import; each procedure decides its own auth
export default trpcNext.createNextApiHandler({ router: appRouter, createContext });
